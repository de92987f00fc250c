// End to end: a real LSP client against `java -jar mentor.jar lsp`, what the VS Code extension starts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lsp from 'vscode-languageserver-protocol/node';
import { startServer, uriOf, examples, parseFrames, applyEdits, editsFor } from './lsp-client.mjs';

const minimal = fs.readFileSync(path.join(examples, 'minimal.mentor'), 'utf8');
let dir;
let server;
let logFile;

// Each document declares its own agreement id, so the documents of the workspace do not clash.
const doc = (name, id, text) => ({ uri: uriOf(path.join(dir, name)), text: text.replace('sam-lee-2027', id) });

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-e2e-'));
  logFile = path.join(dir, 'lsp.log');
  server = await startServer({ rootFolder: dir, log: logFile });
});

after(async () => {
  if (server) server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('initialize: the server announces the features the extension relies on', () => {
  const caps = server.init.capabilities;
  assert.equal(caps.textDocumentSync.change, lsp.TextDocumentSyncKind.Incremental);
  assert.equal(caps.textDocumentSync.openClose, true);
  assert.deepEqual(caps.textDocumentSync.save, { includeText: false }, 'saves are announced: they regenerate the outputs');
  for (const feature of ['completionProvider', 'documentSymbolProvider', 'codeActionProvider',
    'documentFormattingProvider', 'renameProvider', 'definitionProvider', 'hoverProvider']) {
    assert.ok(caps[feature], `${feature} is announced`);
  }
});

test('diagnostics: an impossible date is reported with its range, message and code', async () => {
  const { uri, text } = doc('date.mentor', 'date-2027', minimal.replace('from 2027-01-11', 'from 2027-02-30'));
  const published = server.diagnosticsFor(uri);
  await server.open(uri, text);
  const diagnostics = await published;
  const date = diagnostics.filter((d) => d.code === 'mentor.date.format');
  assert.equal(date.length, 1, JSON.stringify(diagnostics));
  assert.deepEqual(date[0].range, { start: { line: 2, character: 7 }, end: { line: 2, character: 17 } });
  assert.equal(date[0].message, '2027-02-30 is not a date: February 2027 has 28 days.');
  assert.equal(date[0].severity, lsp.DiagnosticSeverity.Error);
  // the range covers exactly the date
  assert.equal(text.split('\n')[2].slice(7, 17), '2027-02-30');
});

test('diagnostics: a valid agreement gets no errors', async () => {
  const { uri, text } = doc('valid.mentor', 'valid-2027', minimal);
  const published = server.diagnosticsFor(uri);
  await server.open(uri, text);
  const errors = (await published).filter((d) => d.severity === lsp.DiagnosticSeverity.Error);
  assert.deepEqual(errors, []);
});

test('completion: the party keywords are offered at the start of a section', async () => {
  const { uri, text } = doc('complete.mentor', 'complete-2027',
    minimal.replace('mentee lee "Lee Park" email "lee.park@example.org"', 'men'));
  await server.open(uri, text);
  const line = text.split('\n').indexOf('men');
  assert.ok(line > 0);
  const result = await server.connection.sendRequest(lsp.CompletionRequest.type,
    { textDocument: { uri }, position: { line, character: 3 } });
  const items = Array.isArray(result) ? result : result.items;
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('mentee'), `mentee offered: ${labels.join(', ')}`);
  assert.ok(labels.includes('mentor'), `mentor offered: ${labels.join(', ')}`);
  const mentee = items.find((i) => i.label === 'mentee');
  assert.equal(mentee.kind, lsp.CompletionItemKind.Keyword);
  // the item replaces the typed prefix "men"
  assert.deepEqual(applyEdits(text, [mentee.textEdit]).split('\n')[line], 'mentee');
});

test('documentSymbol: a hierarchical outline with the agreement, its parties and goals', async () => {
  const { uri, text } = doc('outline.mentor', 'outline-2027', minimal);
  await server.open(uri, text);
  const symbols = await server.connection.sendRequest(lsp.DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.equal(symbols.length, 1);
  const [agreement] = symbols;
  assert.ok('children' in agreement && 'selectionRange' in agreement, 'DocumentSymbol, not SymbolInformation');
  assert.equal(agreement.name, 'outline-2027');
  assert.deepEqual(agreement.selectionRange, { start: { line: 1, character: 10 }, end: { line: 1, character: 22 } });
  const children = agreement.children.map((c) => c.name);
  for (const name of ['sam', 'lee', 'first-talk']) {
    assert.ok(children.some((c) => c === name || c.endsWith(`.${name}`)), `${name} in ${children.join(', ')}`);
  }
});

test('codeAction: the quick fix of a missing review adds the review line', async () => {
  const { uri, text } = doc('noreview.mentor', 'noreview-2027', minimal.replace('\n\nreview on 2027-04-01', ''));
  assert.ok(!text.includes('review on'));
  const published = server.diagnosticsFor(uri, (ds) => ds.some((d) => d.code === 'mentor.missing.review'));
  await server.open(uri, text);
  const missing = (await published).find((d) => d.code === 'mentor.missing.review');
  assert.equal(missing.message, "Agreement 'noreview-2027' needs a review date to revisit the terms.");
  const actions = await server.connection.sendRequest(lsp.CodeActionRequest.type,
    { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing], only: ['quickfix'] } });
  const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.some((d) => d.code === 'mentor.missing.review'));
  assert.ok(fix, JSON.stringify(actions));
  assert.equal(fix.title, 'Add a review on 2027-04-09'); // the agreement's last day
  assert.equal(fix.isPreferred, true);
  const fixed = applyEdits(text, editsFor(fix.edit, uri));
  assert.equal(fixed, `${text.trimEnd()}\n\nreview on 2027-04-09\n`);
  assert.ok(fixed.split('\n').includes('review on 2027-04-09'));

  // the editor applies it: the finding goes away
  const after = server.diagnosticsFor(uri);
  await server.connection.sendNotification(lsp.DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  assert.deepEqual((await after).filter((d) => d.code === 'mentor.missing.review'), []);
});

test('formatting: the edits turn a messy agreement into the house style', async () => {
  const tidy = minimal.replace('sam-lee-2027', 'format-2027');
  const messy = tidy
    .replace(/\n {2}/g, '\n      ')
    .replace('mentor sam', 'mentor    sam')
    .replace('\n\ngoal', '\n\n\n\ngoal')
    .replace('at 16:00 for', 'at 16:00   for');
  assert.notEqual(messy, tidy);
  const { uri } = doc('format.mentor', 'format-2027', messy);
  await server.open(uri, messy);
  const edits = await server.connection.sendRequest(lsp.DocumentFormattingRequest.type,
    { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
  assert.ok(edits.length > 0);
  assert.equal(applyEdits(messy, edits), tidy);
});

test('rename: a party is renamed at its declaration and every reference', async () => {
  const { uri, text } = doc('rename.mentor', 'rename-2027', minimal);
  await server.open(uri, text);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('mentee lee '));
  const position = { line, character: 'mentee '.length + 1 };
  const prepared = await server.connection.sendRequest(lsp.PrepareRenameRequest.type, { textDocument: { uri }, position });
  const range = prepared.range ?? prepared;
  assert.deepEqual(range, { start: { line, character: 7 }, end: { line, character: 10 } });
  const edit = await server.connection.sendRequest(lsp.RenameRequest.type,
    { textDocument: { uri }, position, newName: 'leah' });
  const renamed = applyEdits(text, editsFor(edit, uri));
  const expected = text
    .replace('mentee lee "Lee Park"', 'mentee leah "Lee Park"')
    .replace('from lee\n', 'from leah\n')
    .replace('  lee signed on', '  leah signed on');
  assert.equal(renamed, expected);
});

test('hover and definition: a reference leads to its party', async () => {
  const { uri, text } = doc('definition.mentor', 'definition-2027', minimal);
  await server.open(uri, text);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('  lee signed'));
  const locations = await server.connection.sendRequest(lsp.DefinitionRequest.type,
    { textDocument: { uri }, position: { line, character: 3 } });
  const target = Array.isArray(locations) ? locations[0] : locations;
  assert.equal(target.uri, uri);
  assert.equal(target.range.start.line, lines.findIndex((l) => l.startsWith('mentee lee ')));
});

/** A snippet's text as VS Code inserts it when every placeholder keeps its default (first choice). */
function expand(body) {
  let text = body.join('\n');
  for (let i = 0; i < 5; i++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return text.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\d+/g, '');
}

test('snippets expand to text the parser accepts (the agreement skeleton without any error)', async () => {
  const snippets = JSON.parse(fs.readFileSync(new URL('../snippets/mentor.json', import.meta.url), 'utf8'));
  for (const [name, snippet] of Object.entries(snippets)) {
    const expanded = expand(snippet.body);
    assert.doesNotMatch(expanded, /\$/, name);
    const whole = name === 'New agreement';
    const id = `snippet-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    const text = whole ? expanded.replace('mentor-mentee-2027', id) : `${minimal.replace('sam-lee-2027', id)}\n${expanded}`;
    const { uri } = doc(`${id}.mentor`, id, text);
    const published = server.diagnosticsFor(uri);
    await server.open(uri, text);
    const diagnostics = await published;
    const bad = diagnostics.filter((d) => (whole ? d.severity === lsp.DiagnosticSeverity.Error : /Syntax/.test(d.code)));
    assert.deepEqual(bad, [], `${name}:\n${text}`);
  }
});

test('shutdown and exit: the server stops with code 0, and stdout carried only JSON-RPC', async () => {
  const result = await server.stop();
  assert.deepEqual(result, { code: 0, signal: null });
  const frames = parseFrames(server.stdout());
  assert.ok(frames.length >= 10, `${frames.length} messages`);
  assert.ok(frames.some((m) => m.method === 'textDocument/publishDiagnostics'));
  // --log FILE: the trace of the messages is in the file, not on stdout
  const log = fs.readFileSync(logFile, 'utf8');
  assert.match(log, /textDocument\/didOpen/);
  assert.match(log, /textDocument\/rename/);
  server = null;
});
