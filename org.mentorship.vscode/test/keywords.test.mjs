// The TextMate grammar must not drift from the Xtext grammar: every keyword of Mentor.xtext is highlighted
// as a keyword, and the highlighter knows no keyword the language does not have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lsp-client.mjs';

const xtextFile = path.join(repoRoot, 'org.mentorship.dsl', 'src', 'org', 'mentorship', 'dsl', 'Mentor.xtext');
const grammarFile = path.join(repoRoot, 'org.mentorship.vscode', 'syntaxes', 'mentor.tmLanguage.json');

/**
 * The keywords of an Xtext grammar: its quoted literals ('...' or "..."), outside comments and outside
 * terminal rules (whose literals are characters, not keywords), and outside the import/generate lines.
 */
export function xtextKeywords(text) {
  const keywords = new Set();
  let i = 0;
  let inTerminal = false;
  let inHeader = false;
  while (i < text.length) {
    const c = text[i];
    if (text.startsWith('//', i)) {
      i = text.indexOf('\n', i); if (i < 0) break;
    } else if (text.startsWith('/*', i)) {
      i = text.indexOf('*/', i + 2) + 2; if (i < 2) break;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let literal = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\') { literal += text[j + 1]; j += 2; } else { literal += text[j++]; }
      }
      if (!inTerminal && !inHeader) keywords.add(literal);
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_]\w*/.exec(text.slice(i))[0];
      if (word === 'terminal') inTerminal = true;
      if (word === 'import' || word === 'generate' || word === 'grammar') inHeader = true;
      i += word.length;
    } else {
      if (c === ';') inTerminal = false;
      if (c === '\n') inHeader = false;
      i++;
    }
  }
  return keywords;
}

const alphabetic = (k) => /^[A-Za-z]([A-Za-z-]*[A-Za-z])?$/.test(k);

const grammar = JSON.parse(fs.readFileSync(grammarFile, 'utf8'));
const keywordPatterns = grammar.repository.keywords.patterns.map((p) => ({ name: p.name, regex: new RegExp(p.match, 'g') }));
const keywords = [...xtextKeywords(fs.readFileSync(xtextFile, 'utf8'))].filter(alphabetic).sort();

/** The names of the keyword patterns that highlight `word` as a whole word in `line`. */
function highlightedAs(line, word) {
  const at = line.indexOf(word);
  return keywordPatterns.filter(({ regex }) => [...line.matchAll(regex)].some((m) => m.index === at && m[0] === word))
    .map((p) => p.name);
}

test('the Xtext grammar yields its keywords (sanity check of the extraction)', () => {
  assert.ok(keywords.length > 100, `${keywords.length} keywords`);
  for (const k of ['agreement', 'mentee', 'check-in', 'sign-off', 'co-mentor', 'cross-functional', 'Monday', 'zone']) {
    assert.ok(keywords.includes(k), k);
  }
  // characters of terminal rules and the header's URIs are not keywords
  for (const k of ['a', 'z', 'A', 'Z', 'http://www.eclipse.org/emf/2002/Ecore']) assert.ok(!keywords.includes(k), k);
});

test('every alphabetic keyword of Mentor.xtext is highlighted by the TextMate grammar', () => {
  const missing = keywords.filter((k) => highlightedAs(`x ${k} x`, k).length === 0);
  assert.deepEqual(missing, [], `keywords the TextMate grammar does not highlight: ${missing.join(', ')}`);
});

test('the TextMate grammar highlights no word that is not a keyword', () => {
  const listed = grammar.repository.keywords.patterns.flatMap((p) => /\(\?:([^)]*)\)/.exec(p.match)[1].split('|'));
  const extra = listed.filter((w) => !keywords.includes(w));
  assert.deepEqual(extra, [], `words highlighted as keywords that Mentor.xtext does not have: ${extra.join(', ')}`);
});

test('keywords inside names with hyphens are not highlighted (names may contain keywords: first-talk)', () => {
  for (const [line, word] of [['goal first-talk "x"', 'first'], ['mentee lee-mentor "x"', 'mentor'],
    ['agreement review-2027 "x"', 'review'], ['  ^mentor signed on 2027-01-11', 'mentor']]) {
    const at = line.indexOf(word, line.indexOf(' ') + 1);
    const hits = keywordPatterns.filter(({ regex }) => [...line.matchAll(regex)].some((m) => m.index === at));
    assert.deepEqual(hits, [], `${word} in ${line}`);
  }
});
