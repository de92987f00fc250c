// What the language server (or `mentor generate`) says it generated. No dependency on the vscode module.
// The agreement's id and the output folder come from the files the server wrote: the extension never parses
// the .mentor text itself, so it cannot disagree with the language about what the id is.
'use strict';
const path = require('node:path');
const { fileURLToPath } = require('node:url');

/**
 * The answer of the server's mentor.generate command: the URIs of the files it wrote (a list), or a sentence
 * saying why it wrote nothing ("Not generated: refused to write ..."). Returns
 * { failure } or { files, summary, calendar, id, folder } (paths; summary/calendar undefined when not written).
 */
function generateOutcome(result) {
  if (!Array.isArray(result)) {
    return { failure: String(result ?? 'Not generated: the server gave no answer.') };
  }
  const files = result.map((uri) => (String(uri).startsWith('file:') ? fileURLToPath(String(uri)) : String(uri)));
  return outcomeOf(files);
}

/**
 * The files `mentor generate` names on stderr (`wrote generated/a.html`, relative to its working folder cwd),
 * as the same outcome.
 */
function cliOutcome(stderr, cwd) {
  const files = String(stderr).split(/\r?\n/)
    .filter((line) => line.startsWith('wrote '))
    .map((line) => path.resolve(cwd, line.slice('wrote '.length).trim()));
  return outcomeOf(files);
}

function outcomeOf(files) {
  const summary = files.find((file) => path.extname(file) === '.html');
  const calendar = files.find((file) => path.extname(file) === '.ics');
  const first = summary || calendar || files[0];
  return {
    files,
    summary,
    calendar,
    id: first ? path.basename(first, path.extname(first)) : undefined,
    folder: first ? path.dirname(first) : undefined,
  };
}

/**
 * The arguments of `mentor generate` for the fallback (a server without the generate command), carrying the
 * settings the server would apply: a configured output folder, relative ones taken from the workspace folder
 * that holds the agreement (else the agreement's folder), as OutputLocation does; and the fixed date `today`.
 */
function cliGenerateArgs(file, settings, workspaceFolder) {
  const args = ['generate'];
  const configured = settings && typeof settings.outputFolder === 'string' ? settings.outputFolder.trim() : '';
  if (configured) {
    const base = workspaceFolder || path.dirname(file);
    args.push('--out', path.resolve(base, configured));
  }
  const today = settings && typeof settings.today === 'string' ? settings.today.trim() : '';
  if (today) args.push('--today', today);
  args.push(file);
  return args;
}

/** Why nothing was generated, or undefined when the server wrote the files (kept for callers of 0.1). */
function generateFailure(result) {
  return generateOutcome(result).failure;
}

module.exports = { generateOutcome, cliOutcome, cliGenerateArgs, generateFailure };
