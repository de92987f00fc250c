// A real LSP client (vscode-languageserver-protocol over vscode-jsonrpc) talking to `java -jar mentor.jar lsp`.
// Every byte the server writes on stdout is also kept, so a test can check that stdout carried nothing
// but Content-Length framed JSON-RPC messages.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import * as lsp from 'vscode-languageserver-protocol/node';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const examples = path.join(repoRoot, 'examples');

/** The jar: MENTOR_JAR, else the one the Maven build makes. */
export function serverJar() {
  const jar = process.env.MENTOR_JAR || path.join(repoRoot, 'org.mentorship.cli', 'target', 'mentor.jar');
  if (!existsSync(jar)) {
    throw new Error(`${jar} is missing: build it first with ` +
      './mvnw -B -q -DskipTests package -pl org.mentorship.target,org.mentorship.cli -am');
  }
  return jar;
}

export function uriOf(file) {
  return pathToFileURL(file).toString();
}

/** Starts the server and an initialized client connection. */
export async function startServer({ rootFolder = examples, capabilities, log, initializationOptions, jvmFlags = [] } = {}) {
  const java = process.env.JAVA || 'java';
  const proc = spawn(java, [...jvmFlags, '-jar', serverJar(), 'lsp', ...(log ? ['--log', log] : [])],
    { stdio: ['pipe', 'pipe', 'pipe'] });
  const stdoutBytes = [];
  let stderr = '';
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const fromServer = new PassThrough();
  proc.stdout.on('data', (chunk) => { stdoutBytes.push(chunk); fromServer.write(chunk); });
  proc.stdout.on('end', () => fromServer.end());

  const connection = lsp.createProtocolConnection(
    new lsp.StreamMessageReader(fromServer), new lsp.StreamMessageWriter(proc.stdin));
  const diagnostics = new Map(); // uri -> latest diagnostics
  const waiters = [];
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.accept(params.diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params.diagnostics);
      }
    }
  });
  // Xtext asks for configuration and registers capabilities: answer like an editor would
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();

  const init = await connection.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(rootFolder),
    workspaceFolders: [{ uri: uriOf(rootFolder), name: path.basename(rootFolder) }],
    initializationOptions,
    capabilities: capabilities ?? {
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true },
        completion: { completionItem: { snippetSupport: true } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        rename: { prepareSupport: true },
      },
      workspace: { workspaceEdit: { documentChanges: false }, applyEdit: true },
    },
  });
  await connection.sendNotification(lsp.InitializedNotification.type, {});

  return {
    proc, connection, init, diagnostics, exited,
    stderr: () => stderr,
    stdout: () => Buffer.concat(stdoutBytes),
    /** Resolves with the next diagnostics for uri that `accept` likes (default: any). */
    diagnosticsFor(uri, accept = () => true, timeoutMs = 60000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms\nstderr:\n${stderr}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (d) => { clearTimeout(timer); resolve(d); } });
      });
    },
    open(uri, text, version = 1) {
      return connection.sendNotification(lsp.DidOpenTextDocumentNotification.type,
        { textDocument: { uri, languageId: 'mentor', version, text } });
    },
    async stop() {
      await connection.sendRequest(lsp.ShutdownRequest.type);
      await connection.sendNotification(lsp.ExitNotification.type);
      let timer;
      const result = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), 15000); })]);
      clearTimeout(timer);
      connection.dispose();
      if (result === 'timeout') proc.kill();
      return result;
    },
    kill() { connection.dispose(); proc.kill(); },
  };
}

/** Splits what the server wrote on stdout into JSON-RPC messages; throws on anything else. */
export function parseFrames(bytes) {
  const messages = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at, 'latin1');
    if (headerEnd < 0) throw new Error(`stdout has bytes that are not a JSON-RPC frame at ${at}: ${bytes.subarray(at, at + 80)}`);
    const header = bytes.subarray(at, headerEnd).toString('latin1');
    const m = /^Content-Length: (\d+)$/im.exec(header);
    if (!m || !/^(?:[A-Za-z-]+: [^\r\n]*)(?:\r\n[A-Za-z-]+: [^\r\n]*)*$/.test(header)) {
      throw new Error(`stdout has a bad header at ${at}: ${JSON.stringify(header.slice(0, 80))}`);
    }
    const start = headerEnd + 4;
    const end = start + Number(m[1]);
    if (end > bytes.length) throw new Error('stdout ends inside a message');
    const message = JSON.parse(bytes.subarray(start, end).toString('utf8'));
    if (message.jsonrpc !== '2.0') throw new Error(`not JSON-RPC 2.0: ${JSON.stringify(message).slice(0, 80)}`);
    messages.push(message);
    at = end;
  }
  return messages;
}

/** Applies LSP TextEdits (non-overlapping, any order) to text. */
export function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = ({ line, character }) =>
    line >= lineStarts.length ? text.length : Math.min(lineStarts[line] + character, text.length);
  const sorted = edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const e of sorted) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

/** The edits of a WorkspaceEdit for one uri (changes or documentChanges). */
export function editsFor(workspaceEdit, uri) {
  if (workspaceEdit.changes) return workspaceEdit.changes[uri] ?? [];
  return (workspaceEdit.documentChanges ?? []).filter((c) => c.textDocument?.uri === uri).flatMap((c) => c.edits);
}
