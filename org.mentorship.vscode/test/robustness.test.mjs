// Robustness: bad requests and bad input must not kill the server; it still answers afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lsp from 'vscode-languageserver-protocol/node';
import { startServer, uriOf, examples, parseFrames } from './lsp-client.mjs';

const minimal = fs.readFileSync(path.join(examples, 'minimal.mentor'), 'utf8');
let dir;
let server;
let probeUri;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-robust-'));
  server = await startServer({ rootFolder: dir });
  probeUri = uriOf(path.join(dir, 'probe.mentor'));
  const published = server.diagnosticsFor(probeUri);
  await server.open(probeUri, minimal.replace('sam-lee-2027', 'probe-2027'));
  await published;
});

after(() => {
  if (server) {
    process.stderr.write(server.stderr());
    server.kill();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The server is alive: it answers a request about a good document, and the process still runs. */
async function stillAnswers(timeoutMs = 60000) {
  let timer;
  const symbols = await Promise.race([
    server.connection.sendRequest(lsp.DocumentSymbolRequest.type, { textDocument: { uri: probeUri } }),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs); }),
  ]).finally(() => clearTimeout(timer));
  assert.equal(symbols[0].name, 'probe-2027');
  assert.equal(server.proc.exitCode, null, 'the server process is still running');
}

/** A request may fail with a JSON-RPC error, but it must be answered. */
async function answered(promise) {
  try {
    return { result: await promise };
  } catch (error) {
    assert.ok(error instanceof lsp.ResponseError, `a JSON-RPC error answer, not ${error}`);
    return { error };
  }
}

test('a request about a document the server does not know', async () => {
  const unknown = uriOf(path.join(dir, 'never-opened.mentor'));
  await answered(server.connection.sendRequest(lsp.DocumentSymbolRequest.type, { textDocument: { uri: unknown } }));
  await answered(server.connection.sendRequest(lsp.CompletionRequest.type,
    { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }));
  await answered(server.connection.sendRequest(lsp.DocumentFormattingRequest.type,
    { textDocument: { uri: 'untitled:Untitled-1' }, options: { tabSize: 2, insertSpaces: true } }));
  await stillAnswers();
});

test('positions past the end of the document', async () => {
  for (const position of [{ line: 9999, character: 0 }, { line: 2, character: 9999 }, { line: -1, character: -1 }]) {
    await answered(server.connection.sendRequest(lsp.CompletionRequest.type, { textDocument: { uri: probeUri }, position }));
    await answered(server.connection.sendRequest(lsp.HoverRequest.type, { textDocument: { uri: probeUri }, position }));
    await answered(server.connection.sendRequest(lsp.RenameRequest.type,
      { textDocument: { uri: probeUri }, position, newName: 'x' }));
  }
  await stillAnswers();
});

test('a malformed JSON-RPC message (valid header, invalid JSON)', async () => {
  const bodies = ['{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {', 'not json at all \u00e9', '[]', '{}'];
  for (const body of bodies) {
    const bytes = Buffer.from(body, 'utf8');
    server.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }
  // a request for a method nobody knows, and one with parameters of the wrong shape
  await answered(server.connection.sendRequest('mentor/noSuchMethod', { x: 1 }));
  await answered(server.connection.sendRequest(lsp.HoverRequest.type.method, { textDocument: 42 }));
  await stillAnswers();
});

test('a 5 MB document', async (t) => {
  const goal = (i) => `goal g${i} "Goal number ${i}"\n  milestone "Step ${i}" due 2027-02-01\n` +
    `  evidence artifact "notes ${i}" from lee\n  success at least 1 "rehearsal ${i}"\n\n`;
  const parts = [minimal.replace('sam-lee-2027', 'huge-2027'), '\n'];
  let size = parts[0].length;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    parts.push(goal(i));
    size += parts.at(-1).length;
  }
  const text = parts.join('');
  assert.ok(Buffer.byteLength(text) >= 5 * 1024 * 1024);
  const uri = uriOf(path.join(dir, 'huge.mentor'));
  const started = Date.now();
  await server.open(uri, text);
  await stillAnswers(180000);
  t.diagnostic(`the server answered again ${Date.now() - started} ms after the 5 MB didOpen`);
  await server.connection.sendNotification(lsp.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
});

test('after all that: shutdown, exit, and stdout carried only JSON-RPC', async (t) => {
  const result = await server.stop();
  const stderr = server.stderr().trim();
  if (stderr) t.diagnostic(`server stderr (${stderr.split('\n').length} lines): ${stderr.slice(0, 1500)}`);
  assert.deepEqual(result, { code: 0, signal: null });
  parseFrames(server.stdout());
  server = null;
});
