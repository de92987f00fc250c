// Language-server benchmarks: a real LSP client (the libraries of test/e2e.test.mjs) against
// `java -jar mentor.jar lsp`, timed from the client's side. Prints a Markdown section to stdout, progress to
// stderr. Not part of `npm test`: run it with `npm run bench` (see docs/benchmarks.md).
//
//   node bench/lsp-bench.mjs [--quick] [--only=typing,requests,startup,memory,workspace] [--sizes=2000,10000]
//     [--as-extension]   (typing with the JVM flags the VS Code extension starts the server with, lib/server-flags.js;
//                         startup: a first start ever, a first start of a workspace and later starts, as the
//                         extension starts the server, with its cacheFolder and sharedCacheFolder; workspace: a first
//                         start of the workspace and a later start)
//     [--workspace-programme]  (workspace: every agreement names a programme file and takes its boundaries and ethics
//                         from it, as a programme's agreements do; the programme is one more file)
//     [--baseline-jar=PATH]  (startup and workspace with --as-extension: the same rows for an earlier build's mentor.jar,
//                         e.g. a copy of main's, the two jars taking turns spawn by spawn)
//
// Environment: MENTOR_JAR (the jar, default org.mentorship.cli/target/mentor.jar), JAVA (the java binary),
// MENTOR_BENCH_DUMP (a folder: each typing run's latencies, in edit order, as JSON),
// MENTOR_BENCH_JAVA_OPTS (extra JVM flags for every server started, whitespace separated, e.g.
// "-XX:StartFlightRecording=filename=/tmp/lsp.jfr,settings=profile -Xlog:jfr*=error:stderr" with --only=typing
// --sizes=10000 to profile one scenario; the -Xlog flag sends JFR's messages to stderr: stdout is the JSON-RPC channel).
//
// Machines are shared and noisy: compare ratios within one run rather than absolute times across runs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import * as lsp from 'vscode-languageserver-protocol/node';
import { createRequire } from 'node:module';

const { serverFlags, makeArchive, initializationOptions } = createRequire(import.meta.url)('../lib/server-flags.js');

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const jar = process.env.MENTOR_JAR || path.join(repoRoot, 'org.mentorship.cli', 'target', 'mentor.jar');
const java = process.env.JAVA || 'java';
const extraOpts = (process.env.MENTOR_BENCH_JAVA_OPTS || '').split(/\s+/).filter(Boolean);
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const onlyArg = argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const runs = (name) => !only || only.has(name);
const asExtension = argv.includes('--as-extension');
const workspaceProgramme = argv.includes('--workspace-programme');
const baselineArg = argv.find((a) => a.startsWith('--baseline-jar='));
const baselineJar = baselineArg ? path.resolve(baselineArg.slice('--baseline-jar='.length)) : null;
/** The jars measured: this build's, and the baseline's if given (each row then names its jar). */
const jars = [['this build', jar], ...(baselineJar ? [['baseline', baselineJar]] : [])];
const named = (jarName, row) => (baselineJar ? `${jarName}: ${row}` : row);

const EDITS = quick ? 40 : 200;
const WARMUP_EDITS = quick ? 5 : 20;
const REQUESTS = quick ? 10 : 50;
const SPAWNS = quick ? 3 : 5;
const sizesArg = argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : quick ? [100, 2000] : [100, 500, 2000, 10000];
const WORKSPACE_FILES = quick ? 200 : 1000;
const WORKSPACE_RUNS = quick ? 1 : 3;

const log = (...a) => console.error('[lsp-bench]', ...a);
const out = (s = '') => console.log(s);
const uriOf = (file) => pathToFileURL(file).toString();
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-lsp-bench-'));
process.on('exit', () => fs.rmSync(tmpRoot, { recursive: true, force: true }));
/** The extension's global storage (VS Code's globalStorageUri): the class-data archive and the shared answers. */
const extensionStorage = path.join(tmpRoot, 'extension-storage');

// ---------------------------------------------------------------------------------------------------
// Synthetic agreements: a port of org.mentorship.benchmarks.SyntheticAgreements (same text for the same seed,
// including java.util.Random), so the Java and the LSP benchmarks measure the same files.

class JavaRandom {
  constructor(seed) { this.seed = (BigInt(seed) ^ 0x5DEECE66Dn) & ((1n << 48n) - 1n); }
  next(bits) {
    this.seed = (this.seed * 0x5DEECE66Dn + 0xBn) & ((1n << 48n) - 1n);
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }
  nextInt(bound) {
    if ((bound & -bound) === bound) return Number((BigInt(bound) * BigInt(this.next(31))) >> 31n);
    let bits; let val;
    do { bits = this.next(31); val = bits % bound; } while (((bits - val + (bound - 1)) | 0) < 0);
    return val;
  }
}

const START = Date.UTC(2027, 0, 11);
const isoDate = (days) => new Date(START + days * 86400000).toISOString().slice(0, 10);

function agreement(id, lines, seed = 42) {
  const random = new JavaRandom(seed);
  let text = `agreement ${id} "Growing into a tech lead"\n`
    + '  version 2\n  from 2027-01-11 to 2027-12-17\n  time zone "Europe/Berlin"\n\n'
    + 'purpose "Grace wants to lead the payments team by the summer; Ada coaches her."\n\n'
    + 'mentor ada "Ada Lovelace" email "ada@example.org"\n'
    + '  responsible for "feedback on every draft within a week"\n'
    + 'mentee grace "Grace Hopper" email "grace@example.org"\n'
    + '  responsible for "bringing the agenda"\n\n'
    + 'roles\n  grace starts conversations\n  grace documents progress\n\n'
    + 'cadence\n  biweekly on Tuesday at 10:00 for 60 minutes by video at "https://meet.example.org/a"\n'
    + '  agenda "Grace\'s topics", "Progress on milestones"\n  grace brings "questions and notes"\n\n'
    + 'boundaries\n  reply within 2 working days on "e-mail"\n  quiet hours 19:00 to 08:00 and weekends\n\n'
    + 'check-in on 2027-06-15 at 10:00 for 30 minutes "Recalibrate the goals"\n\n'
    + 'retrospective every 3 months starting 2027-04-06\n  prompt "What helped you grow this period?"\n\n'
    + 'ethics\n  confidentiality "Stays between us."\n  consent "Ask before sharing work."\n'
    + '  conflicts of interest "none declared"\n\n'
    + 'resources\n  ada offers 4 hours per month "feedback and introductions"\n\n'
    + 'sign-off\n  ada signed on 2027-01-11\n  grace signed on 2027-01-11\n\n'
    + 'review on 2027-12-01\n\n';
  const parts = [text];
  let written = text.split('\n').length - 1;
  let goal = 0;
  while (written + 6 <= lines) {
    written += 6;
    goal++;
    parts.push(`goal g${goal} "Lead design review number ${goal}"\n`);
    for (let m = 0; m < 3; m++) {
      parts.push(`  milestone "Step ${m + 1} of goal ${goal}" due ${isoDate(7 + random.nextInt(300))}\n`);
    }
    parts.push('  evidence artifact "review notes" from grace\n');
    parts.push(`  success at least ${1 + random.nextInt(5)} "reviews led"\n`);
  }
  for (; written < lines; written++) parts.push('// filler comment line\n');
  return parts.join('');
}

/** The agreement as one of a programme's: it names the programme and takes its boundaries and ethics from it. */
function usingProgramme(text) {
  return text.replace('  version 2\n', '  version 2\n  programme bench-programme\n')
    .replace('boundaries\n', 'boundaries like standard\n').replace('ethics\n', 'ethics like standard\n');
}

// ---------------------------------------------------------------------------------------------------
// Statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => { const s = sorted(xs); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const median = (xs) => { const s = sorted(xs); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (kb) => (kb / 1024).toFixed(0);
const goals = [];
const goal = (what, target, measured, met) => goals.push({ what, target, measured, met });

// ---------------------------------------------------------------------------------------------------
// The server

const archive = path.join(repoRoot, 'org.mentorship.cli', 'target', 'mentor.jsa');
const cdsFlags = (file) => [`-XX:SharedArchiveFile=${file}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'];

/** The class-data archive the `mentor` launcher makes (a training run of `validate` on the examples). */
function ensureArchive() {
  if (fs.existsSync(archive) && fs.statSync(archive).mtimeMs >= fs.statSync(jar).mtimeMs) return archive;
  log('making the class-data archive like ./mentor does:', archive);
  fs.rmSync(archive, { force: true });
  spawnSync(java, [`-XX:ArchiveClassesAtExit=${archive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off', '-jar', jar,
    'validate', '--today', '2026-12-01', path.join(repoRoot, 'examples')], { stdio: 'ignore' });
  return fs.existsSync(archive) ? archive : null;
}

/**
 * Spawns the server with jvmFlags and initializes it with rootFolder as the workspace. The returned times are
 * performance.now() values; t0 is just before spawn.
 */
async function startServer({ rootFolder, jvmFlags = [], onDiagnostics, initializationOptions, jarPath = jar } = {}) {
  const t0 = performance.now();
  const proc = spawn(java, [...jvmFlags, ...extraOpts, '-jar', jarPath, 'lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const fromServer = new PassThrough();
  proc.stdout.pipe(fromServer);
  const connection = lsp.createProtocolConnection(
    new lsp.StreamMessageReader(fromServer), new lsp.StreamMessageWriter(proc.stdin));
  const waiters = [];
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
    const now = performance.now();
    if (onDiagnostics) onDiagnostics(params, now);
    for (const w of [...waiters]) {
      if (w.uri === params.uri) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ diagnostics: params.diagnostics, at: now });
      }
    }
  });
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
    capabilities: {
      textDocument: {
        synchronization: { didSave: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true },
        completion: { completionItem: { snippetSupport: true } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
      workspace: { workspaceEdit: { documentChanges: false }, applyEdit: true },
    },
  });
  const tInit = performance.now();
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  return {
    proc, connection, init, t0, tInit, exited,
    stderr: () => stderr,
    /** The next diagnostics published for uri: { diagnostics, at }. Register before causing them. */
    nextDiagnostics(uri, timeoutMs = 120000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms\n${stderr}`)), timeoutMs);
        waiters.push({ uri, resolve: (r) => { clearTimeout(timer); resolve(r); } });
      });
    },
    open(uri, text) {
      return connection.sendNotification(lsp.DidOpenTextDocumentNotification.type,
        { textDocument: { uri, languageId: 'mentor', version: 1, text } });
    },
    /** VmRSS and VmHWM of the server process, in kB. */
    memory() {
      const status = fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
      return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest(lsp.ShutdownRequest.type), new Promise((r) => setTimeout(r, 10000))]);
        await connection.sendNotification(lsp.ExitNotification.type);
      } catch { /* already gone */ }
      const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 15000))]);
      connection.dispose();
      if (result === 'timeout') proc.kill();
    },
  };
}

const errorsOf = (diagnostics) => diagnostics.filter((d) => d.severity === lsp.DiagnosticSeverity.Error);

function workspaceDir(name) {
  const dir = path.join(tmpRoot, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

/**
 * Opens an agreement of `lines` lines and types: alternately inserts and deletes one character inside the quoted
 * title of the goal in the middle of the file, each edit waiting for its diagnostics. Returns the latencies
 * (didChange sent -> publishDiagnostics received) and the server, still running.
 */
async function typing(lines, jvmFlags = []) {
  const dir = workspaceDir(`typing-${lines}-${Math.random().toString(36).slice(2, 8)}`);
  const server = await startServer({ rootFolder: dir, jvmFlags });
  const text = agreement(`bench-${lines}`, lines);
  const uri = uriOf(path.join(dir, `bench-${lines}.mentor`));
  let published = server.nextDiagnostics(uri);
  await server.open(uri, text);
  const opened = await published;
  const errors = errorsOf(opened.diagnostics);
  if (errors.length) throw new Error(`the ${lines}-line agreement has errors: ${JSON.stringify(errors.slice(0, 3))}`);
  const textLines = text.split('\n');
  const goals = textLines.map((l, i) => (l.startsWith('goal ') ? i : -1)).filter((i) => i >= 0);
  const line = goals.length ? goals[goals.length >> 1] : 1; // line 1 is `  version 2`: fall back to the title
  const character = goals.length ? textLines[line].indexOf('"') + 5 : 0; // inside "Lead ..."
  const at = { line, character };
  let version = 1;
  const latencies = [];
  for (let i = 0; i < WARMUP_EDITS + EDITS; i++) {
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start: at, end: at }, text: 'x' }
      : { range: { start: at, end: { line, character: character + 1 } }, text: '' };
    published = server.nextDiagnostics(uri);
    const t = performance.now();
    await server.connection.sendNotification(lsp.DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version: ++version }, contentChanges: [change] });
    const { diagnostics, at: tDone } = await published;
    if (i >= WARMUP_EDITS) latencies.push(tDone - t);
    if (errorsOf(diagnostics).length) throw new Error(`edit ${i} made errors: ${JSON.stringify(errorsOf(diagnostics)[0])}`);
  }
  if (process.env.MENTOR_BENCH_DUMP) { // every latency in edit order, to see which edits are the slow ones
    fs.writeFileSync(path.join(process.env.MENTOR_BENCH_DUMP, `typing-${lines}-${process.pid}-${Date.now()}.json`),
      JSON.stringify({ lines, jvmFlags: [...jvmFlags, ...extraOpts], latencies }));
  }
  return { server, uri, text, latencies, openMs: opened.at - server.tInit };
}

async function timeRequests(n, send) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const result = await send();
    times.push(performance.now() - t);
    if (i === 0 && (result == null || (Array.isArray(result) && !result.length))) throw new Error('empty result');
  }
  return times;
}

async function requests(server, uri, text) {
  // completion of a party reference: `from gr|` in the evidence line of the goal in the middle
  const textLines = text.split('\n');
  const evidence = textLines.map((l, i) => (l.includes('evidence artifact') ? i : -1)).filter((i) => i >= 0);
  const line = evidence[evidence.length >> 1];
  const position = { line, character: textLines[line].indexOf('from grace') + 'from gr'.length };
  const completion = await timeRequests(REQUESTS, () => server.connection.sendRequest(lsp.CompletionRequest.type,
    { textDocument: { uri }, position }));
  const symbols = await timeRequests(REQUESTS, () => server.connection.sendRequest(lsp.DocumentSymbolRequest.type,
    { textDocument: { uri } }));
  return { completion, symbols };
}

/** One start: spawn -> initialize response, and -> the diagnostics of a small agreement opened after initialized. */
async function spawnOnce({ jvmFlags, dir = workspaceDir(`spawn-${Math.random().toString(36).slice(2, 8)}`), jarPath = jar,
  initializationOptions: options } = {}) {
  const small = fs.readFileSync(path.join(repoRoot, 'examples', 'minimal.mentor'), 'utf8');
  const server = await startServer({ rootFolder: dir, jvmFlags, jarPath, initializationOptions: options });
  const uri = uriOf(path.join(dir, 'minimal.mentor'));
  const published = server.nextDiagnostics(uri);
  await server.open(uri, small);
  const { at } = await published;
  await server.stop();
  return { init: server.tInit - server.t0, diag: at - server.t0 };
}

async function spawnTimes(jvmFlags) {
  const init = [];
  const diag = [];
  for (let i = 0; i < SPAWNS; i++) {
    const r = await spawnOnce({ jvmFlags });
    init.push(r.init);
    diag.push(r.diag);
  }
  return { init: median(init), diag: median(diag) };
}

/**
 * Start-up as the extension starts the server (--as-extension), per jar, three rows as VS Code's storage stands:
 * - the **first start ever**: empty global storage (no class-data archive yet: the start lists its classes; no answer to
 *   initialize kept) and a new, empty workspace storage, a new folder each spawn;
 * - the **first start of a workspace**: a new folder and a new workspace storage (cacheFolder), the global storage
 *   (archive, sharedCacheFolder) already used by a start on another workspace, as when the user opens another folder;
 * - **later starts**: one workspace and its storage, left by a start before, as when VS Code reopens the same folder.
 * The jars and the rows take turns spawn by spawn.
 */
async function extensionStartTimes() {
  const rows = [];
  const newFolder = (prefix) => fs.mkdtempSync(path.join(tmpRoot, prefix));
  for (const [jarName, jarPath] of jars) {
    const flags = await extensionFlags({ archive: true, jarPath });
    const global = extensionStorage; // as VS Code's globalStorageUri: the archive and the answers every workspace shares
    const options = (storage, shared = global) => initializationOptions({}, storage, shared);
    await spawnOnce({ jvmFlags: flags, jarPath, initializationOptions: options(newFolder('other-storage-')) }); // another workspace
    const laterDir = workspaceDir(`later-${jarName.replace(/\W/g, '')}`);
    const laterStorage = newFolder('later-storage-');
    await spawnOnce({ jvmFlags: flags, dir: laterDir, jarPath, initializationOptions: options(laterStorage) });
    rows.push({ name: named(jarName, 'as the extension starts it, **first start ever** (empty global and workspace storage)'),
      run: () => {
        const empty = newFolder('first-global-');
        return spawnOnce({ jvmFlags: serverFlags({ archiveFolder: empty, jar: jarPath, javaCommand: java }), jarPath,
          initializationOptions: options(newFolder('first-storage-'), empty) });
      },
      init: [], diag: [] });
    rows.push({ name: named(jarName, 'as the extension starts it, **first start of a workspace** (new workspace storage, global storage used before)'),
      run: () => spawnOnce({ jvmFlags: flags, jarPath, initializationOptions: options(newFolder('first-storage-')) }),
      init: [], diag: [] });
    rows.push({ name: named(jarName, 'as the extension starts it, **later starts** (the storage of the start before)'),
      run: () => spawnOnce({ jvmFlags: flags, dir: laterDir, jarPath, initializationOptions: options(laterStorage) }),
      init: [], diag: [] });
  }
  for (let i = 0; i < SPAWNS; i++) {
    for (const row of rows) {
      log(`start-up: ${row.name}, spawn ${i + 1}`);
      const r = await row.run();
      row.init.push(r.init);
      row.diag.push(r.diag);
    }
  }
  return rows.map((row) => ({ name: row.name, init: median(row.init), diag: median(row.diag),
    all: row.init.map((t) => ms(t)).join(', ') }));
}

/** An archive trained on a language-server session (what a launcher could make for `lsp`), or null. */
async function lspArchive() {
  const file = path.join(tmpRoot, 'mentor-lsp.jsa');
  const dir = workspaceDir('train');
  const server = await startServer({ rootFolder: dir, jvmFlags: [`-XX:ArchiveClassesAtExit=${file}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'] });
  const text = agreement('train', 300);
  const uri = uriOf(path.join(dir, 'train.mentor'));
  const published = server.nextDiagnostics(uri);
  await server.open(uri, text);
  await published;
  await requests(server, uri, text).catch(() => {});
  await server.stop();
  return fs.existsSync(file) ? file : null;
}

/**
 * The flags the extension starts the server with (lib/server-flags.js). With `archive`, as on every start after
 * the first: a first session (open, requests) has listed its classes, and the archive was made from them as the
 * extension makes it (makeArchive), in a folder of its own.
 */
async function extensionFlags({ archive = false, jarPath = jar } = {}) {
  if (!archive) return serverFlags({});
  const options = { archiveFolder: extensionStorage, jar: jarPath, javaCommand: java };
  if (!serverFlags(options).some((f) => f.startsWith('-XX:SharedArchiveFile='))) {
    const dir = workspaceDir(`first-start-${Math.random().toString(36).slice(2, 8)}`);
    const server = await startServer({ rootFolder: dir, jvmFlags: serverFlags(options), jarPath });
    const text = agreement('first', 300);
    const uri = uriOf(path.join(dir, 'first.mentor'));
    const published = server.nextDiagnostics(uri);
    await server.open(uri, text);
    await published;
    await requests(server, uri, text).catch(() => {});
    await makeArchive(options);
    await server.stop();
  }
  return serverFlags(options);
}

async function workspaceRun(dir, files, jvmFlags, initializationOptions, jarPath = jar) {
  const seen = new Set();
  const opened = uriOf(path.join(dir, `a${Math.floor(files / 2)}.mentor`)); // the file the user opens at once
  let tOpened = 0;
  let withErrors = 0;
  let publications = 0;
  let allDone;
  const done = new Promise((resolve) => { allDone = resolve; });
  let tDone = 0;
  const server = await startServer({
    rootFolder: dir,
    jvmFlags,
    initializationOptions,
    jarPath,
    onDiagnostics: (params, now) => {
      publications++;
      if (params.uri === opened && !tOpened) tOpened = now;
      if (seen.has(params.uri)) return;
      seen.add(params.uri);
      if (errorsOf(params.diagnostics).length) withErrors++;
      if (seen.size === files) { tDone = now; allDone(); }
    },
  });
  await server.open(opened, fs.readFileSync(fileURLToPath(opened), 'utf8'));
  let timer;
  const finished = await Promise.race([done.then(() => true),
    new Promise((r) => { timer = setTimeout(() => r(false), 300000); })]);
  clearTimeout(timer);
  if (!finished) throw new Error(`only ${seen.size} of ${files} files got diagnostics`);
  // a read request waits for the build in the server's queue: its answer is when the real build has checked every file
  await server.connection.sendRequest(lsp.WorkspaceSymbolRequest.type, { query: 'no-such-name' });
  const result = { init: server.tInit - server.t0, opened: tOpened - server.t0, all: tDone - server.t0, withErrors,
    built: performance.now() - server.t0, publications, rss: server.memory().rss };
  await server.stop();
  return result;
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  if (baselineJar && !fs.existsSync(baselineJar)) throw new Error(`${baselineJar} is missing`);
  if (!fs.existsSync(jar)) {
    throw new Error(`${jar} is missing: build it first with ./mvnw -B -q -DskipTests package -pl org.mentorship.target,org.mentorship.cli -am`);
  }
  out('## Language server (`mentor lsp`), measured from an LSP client');
  out();
  out(`${os.cpus().length} cores (${os.cpus()[0]?.model?.trim()}), node ${process.version}, `
    + `${spawnSync(java, ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0]}, ${new Date().toISOString()}`
    + (quick ? ' (**--quick**: fewer samples)' : ''));
  if (baselineJar) out(`\nBaseline jar: \`${baselineJar}\` (rows named "baseline")`);
  if (extraOpts.length) out(`\nExtra JVM flags (MENTOR_BENCH_JAVA_OPTS): \`${extraOpts.join(' ')}\``);
  out();

  let at2000 = null;
  if (runs('typing') || runs('requests') || runs('memory')) {
    out(`### Typing: didChange -> publishDiagnostics (ms, ${EDITS} one-character edits after ${WARMUP_EDITS} warm-up edits, a fresh server per size${asExtension ? ', JVM flags as the extension starts the server' : ''})`);
    out();
    out('| lines | open (didOpen -> diagnostics) | p50 | p95 | max |');
    out('|---:|---:|---:|---:|---:|');
    for (const lines of (runs('typing') ? SIZES : [2000])) {
      log(`typing on ${lines} lines`);
      const r = await typing(lines, asExtension ? serverFlags({}) : []);
      out(`| ${lines.toLocaleString('en')} | ${ms(r.openMs)} | ${ms(pct(r.latencies, 50))} | ${ms(pct(r.latencies, 95))} | ${ms(Math.max(...r.latencies))} |`);
      if (lines === 2000) goal('typing p95 at 2,000 lines', '<= 30 ms', `${ms(pct(r.latencies, 95))} ms`, pct(r.latencies, 95) <= 30);
      if (lines === 10000) goal('typing p50 at 10,000 lines', '<= 70 ms', `${ms(pct(r.latencies, 50))} ms`, pct(r.latencies, 50) <= 70);
      if (lines === 2000) at2000 = r; else await r.server.stop();
    }
    out();
  }

  let memDefault = null;
  if (at2000) {
    log('completion and documentSymbol on 2,000 lines');
    const { completion, symbols } = await requests(at2000.server, at2000.uri, at2000.text);
    at2000.completion = completion;
    out(`### Requests on the 2,000-line agreement (ms, ${REQUESTS} requests each, same server, after the typing)`);
    out();
    out('| request | p50 | p95 |');
    out('|---|---:|---:|');
    out(`| completion (party reference, \`from gr|\`) | ${ms(pct(completion, 50))} | ${ms(pct(completion, 95))} |`);
    out(`| documentSymbol (outline) | ${ms(pct(symbols, 50))} | ${ms(pct(symbols, 95))} |`);
    out();
    memDefault = at2000.server.memory();
    await at2000.server.stop();
  }

  if (runs('memory') && memDefault) {
    out('### Resident memory after the 2,000-line scenario (typing + completion + outline; a fresh server per row)');
    out();
    out('| JVM flags | VmRSS MB | VmHWM (peak) MB | typing p50 / p95 ms | completion p95 ms |');
    out('|---|---:|---:|---:|---:|');
    out(`| default (max heap 1/4 of this ${Math.round(os.totalmem() / 2 ** 30)} GB machine) | ${mb(memDefault.rss)} | ${mb(memDefault.hwm)} | `
      + `${ms(pct(at2000.latencies, 50))} / ${ms(pct(at2000.latencies, 95))} | ${ms(pct(at2000.completion, 95))} |`);
    goal('RSS at 2,000 lines, default heap', '<= 200 MB', `${mb(memDefault.rss)} MB`, memDefault.rss <= 200 * 1024);
    const asExtension = await extensionFlags({ archive: true });
    const rows = [['as the extension starts it (lib/server-flags.js, archive made on a first start)', asExtension],
      ...[['-Xmx256m', '-XX:+UseSerialGC'], ['-Xmx128m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1']]
        .map((flags) => [`\`${flags.join(' ')}\``, flags])];
    for (const [name, flags] of rows) {
      log('memory with', flags.join(' '));
      const r = await typing(2000, flags);
      const req = await requests(r.server, r.uri, r.text);
      const mem = r.server.memory();
      await r.server.stop();
      out(`| ${name} | ${mb(mem.rss)} | ${mb(mem.hwm)} | ${ms(pct(r.latencies, 50))} / ${ms(pct(r.latencies, 95))} | ${ms(pct(req.completion, 95))} |`);
      goal(`RSS at 2,000 lines, ${name}`, '<= 200 MB', `${mb(mem.rss)} MB`, mem.rss <= 200 * 1024);
    }
    out();
  }

  if (runs('startup') && asExtension) {
    out(`### Start-up as the extension starts it (median of ${SPAWNS} spawns, ms from spawn; the rows take turns)`);
    out();
    out('| server started | -> initialize response | -> first diagnostics of a small file (didOpen after initialized) | every spawn\'s initialize |');
    out('|---|---:|---:|---|');
    for (const r of await extensionStartTimes()) {
      out(`| ${r.name} | ${ms(r.init)} | ${ms(r.diag)} | ${r.all} |`);
      goal(`initialize, ${r.name}`, '<= 600 ms', `${ms(r.init)} ms`, r.init <= 600);
    }
    out();
  }

  if (runs('startup') && !asExtension) {
    const jsa = ensureArchive();
    log('training an archive on an lsp session');
    const lspJsa = await lspArchive();
    const variants = [
      ['JVM defaults (what the extension ran before)', []],
      ['as the extension starts it, first start (makes the archive at exit)', await extensionFlags()],
      ['as the extension starts it, later starts (class-data archive)', await extensionFlags({ archive: true })],
      ['`-XX:TieredStopAtLevel=1`', ['-XX:TieredStopAtLevel=1']],
    ];
    if (jsa) {
      variants.push(['CDS: `mentor.jsa` (trained on `validate`, as ./mentor makes it)', cdsFlags(jsa)]);
      variants.push(['CDS `mentor.jsa` + `-XX:TieredStopAtLevel=1`', [...cdsFlags(jsa), '-XX:TieredStopAtLevel=1']]);
    }
    if (lspJsa) {
      variants.push(['CDS trained on an `lsp` session', cdsFlags(lspJsa)]);
      variants.push(['CDS trained on `lsp` + `-XX:TieredStopAtLevel=1`', [...cdsFlags(lspJsa), '-XX:TieredStopAtLevel=1']]);
    }
    out(`### Start-up (median of ${SPAWNS} spawns, ms from spawn)`);
    out();
    out('| JVM flags | -> initialize response | -> first diagnostics of a small file (didOpen after initialized) |');
    out('|---|---:|---:|');
    let first = null;
    for (const [name, flags] of variants) {
      log('start-up:', name);
      const r = await spawnTimes(flags);
      out(`| ${name} | ${ms(r.init)} | ${ms(r.diag)} |`);
      if (!first) first = r;
      else goal(`initialize, ${name}`, '<= 600 ms', `${ms(r.init)} ms`, r.init <= 600);
    }
    goals.splice(goals.length - (variants.length - 1), 0,
      { what: 'initialize, JVM defaults', target: '<= 600 ms', measured: `${ms(first.init)} ms`, met: first.init <= 600 });
    out();
  }

  if (runs('workspace')) {
    const dir = workspaceDir('workspace');
    for (let i = 0; i < WORKSPACE_FILES; i++) {
      const text = agreement(`ws-${i}`, 60, i);
      fs.writeFileSync(path.join(dir, `a${i}.mentor`), workspaceProgramme ? usingProgramme(text) : text);
    }
    if (workspaceProgramme) {
      fs.writeFileSync(path.join(dir, 'programme.mentor'), fs.readFileSync(path.join(repoRoot, 'examples',
        'programme-women-in-tech.mentor'), 'utf8').replace('women-in-tech-2027', 'bench-programme'));
    }
    const files = WORKSPACE_FILES + (workspaceProgramme ? 1 : 0);
    const asExtensionOnly = asExtension; // --as-extension: only the two rows as the extension starts the server
    const jsa = asExtensionOnly ? null : ensureArchive();
    // as the extension starts it: the workspace storage folder (cacheFolder) is new for the first start of the
    // workspace; a later start finds there what the start before it left (taken in turns, a new folder per pair)
    const FIRST = 'as the extension starts it, **first start** of the workspace (no cache of it yet)';
    const LATER = 'as the extension starts it, **later start** (the cache the first start left)';
    const variants = asExtensionOnly ? [] : [['JVM defaults', [], jar]];
    for (const [jarName, jarPath] of (asExtensionOnly ? jars : jars.slice(0, 1))) {
      const extensionStart = await extensionFlags({ archive: true, jarPath });
      variants.push([named(jarName, FIRST), extensionStart, jarPath, 'first'], [named(jarName, LATER), extensionStart, jarPath, 'later']);
    }
    if (jsa && !asExtensionOnly) variants.push(['CDS `mentor.jsa`', cdsFlags(jsa), jar]);
    out(`### Workspace of ${WORKSPACE_FILES.toLocaleString('en')} agreements of 60 lines${workspaceProgramme
      ? ' and the programme whose boundaries and ethics they take' : ''} (rootUri at initialize; median of ${WORKSPACE_RUNS} spawns, ms from spawn)`);
    out();
    out('| server started | -> initialize response | -> diagnostics of the file opened after initialize | -> diagnostics for every file | -> the build done (a request answered) | publications | files with errors | RSS MB after |');
    out('|---|---:|---:|---:|---:|---:|---:|---:|');
    const results = new Map(variants.map(([name]) => [name, []]));
    for (let i = 0; i < WORKSPACE_RUNS; i++) {
      const storages = new Map(jars.map(([, jarPath]) => [jarPath, fs.mkdtempSync(path.join(tmpRoot, 'workspace-storage-'))]));
      for (const [name, flags, jarPath, start] of variants) {
        log(`workspace (${name}) run ${i + 1}`);
        fs.rmSync(path.join(dir, 'generated'), { recursive: true, force: true });
        const options = start ? initializationOptions({}, storages.get(jarPath), extensionStorage) : undefined;
        results.get(name).push(await workspaceRun(dir, files, flags, options, jarPath));
      }
    }
    for (const [name] of variants) {
      const rs = results.get(name);
      const all = median(rs.map((r) => r.all));
      const opened = median(rs.map((r) => r.opened));
      out(`| ${name} | ${ms(median(rs.map((r) => r.init)))} | ${ms(opened)} | ${ms(all)} | ${ms(median(rs.map((r) => r.built)))} | `
        + `${median(rs.map((r) => r.publications))} | ${Math.max(...rs.map((r) => r.withErrors))} | ${mb(median(rs.map((r) => r.rss)))} |`);
      goal(`${WORKSPACE_FILES.toLocaleString('en')} files: the opened file's diagnostics, ${name}`, '<= 1.0 s', `${(opened / 1000).toFixed(2)} s`, opened <= 1000);
      goal(`${WORKSPACE_FILES.toLocaleString('en')} files: every file's diagnostics, ${name}`, '<= 2.0 s', `${(all / 1000).toFixed(2)} s`, all <= 2000);
    }
    const generated = fs.existsSync(path.join(dir, 'generated')) ? fs.readdirSync(path.join(dir, 'generated')).length : 0;
    if (generated > 0) { // a build that writes outputs does more than checking: say so beside its times
      out();
      out(`(The server's build also wrote ${generated} files into \`generated/\` of the workspace: summary and calendar per agreement.)`);
    }
    out();
  }

  if (goals.length) {
    out('### Goals');
    out();
    out('| goal | target | measured | |');
    out('|---|---|---:|---|');
    for (const g of goals) out(`| ${g.what} | ${g.target} | ${g.measured} | ${g.met ? 'met' : '**not met**'} |`);
    out();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
}
