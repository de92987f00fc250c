// The JVM flags the extension starts the language server with (lib/server-flags.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { serverFlags, makeArchive, archivePath, classListPath } = require('../lib/server-flags.js');

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-flags-'));

test('the heap is bounded, the Serial collector is used, and JVM messages stay off stdout (the JSON-RPC channel)', () => {
  const flags = serverFlags({});
  assert.ok(flags.includes('-XX:+UseSerialGC'));
  assert.ok(flags.some((f) => /^-Xmx\d+m$/.test(f)), flags.join(' '));
  const disable = flags.indexOf('-Xlog:disable');
  assert.ok(disable >= 0 && flags.indexOf('-Xlog:all=warning:stderr') > disable, 'all JVM logging off, then warnings to stderr');
  assert.ok(!flags.some((f) => f.includes('Archive')), 'no archive without a folder to keep it in');
});

test('a first start lists the classes it loads; once the archive is made from them, later starts use it', () => {
  const dir = scratch();
  const jar = path.join(dir, 'mentor.jar');
  fs.writeFileSync(jar, 'jar');
  const folder = path.join(dir, 'storage');
  const options = { archiveFolder: folder, jar, javaCommand: 'java', javaVersion: '17' };
  const archive = archivePath(folder, jar, 'java', '17');
  const first = serverFlags(options);
  assert.ok(first.includes(`-XX:DumpLoadedClassList=${classListPath(archive)}`), first.join(' '));
  assert.ok(!first.some((f) => f.startsWith('-XX:SharedArchiveFile')), first.join(' '));
  assert.ok(fs.existsSync(folder), 'the folder for the archive is made');
  fs.writeFileSync(archive, 'archive');
  const later = serverFlags(options);
  assert.ok(later.includes(`-XX:SharedArchiveFile=${archive}`), later.join(' '));
  assert.ok(!later.some((f) => f.startsWith('-XX:DumpLoadedClassList')));
});

test('an archive that could not be made is not tried again at every start, and is not used', async () => {
  const dir = scratch();
  const jar = path.join(dir, 'mentor.jar');
  fs.writeFileSync(jar, 'jar');
  const options = { archiveFolder: dir, jar, javaCommand: path.join(dir, 'no-such-java'), javaVersion: 'test' };
  const archive = archivePath(dir, jar, options.javaCommand, options.javaVersion);
  assert.equal(await makeArchive(options), false, 'nothing listed: nothing to make');
  fs.writeFileSync(classListPath(archive), 'no/such/Class\n');
  assert.equal(await makeArchive(options), false, 'the dump fails (no such java)');
  assert.equal(fs.statSync(archive).size, 0, 'an empty archive marks the attempt');
  assert.ok(!serverFlags(options).some((f) => f.startsWith('-XX:SharedArchiveFile')), 'an empty archive is not used');
  assert.equal(await makeArchive(options), false, 'and not made again');
  assert.deepEqual(fs.readdirSync(dir).sort(), [path.basename(archive), 'mentor.jar'].sort(), 'no temporary file left');
});

test('a new jar or another java gets an archive of its own', () => {
  const dir = scratch();
  const jar = path.join(dir, 'mentor.jar');
  fs.writeFileSync(jar, 'jar');
  const before = archivePath(dir, jar, 'java', '17');
  assert.notEqual(archivePath(dir, jar, 'java', '21'), before);
  fs.writeFileSync(jar, 'a newer, longer jar');
  assert.notEqual(archivePath(dir, jar, 'java', '17'), before);
});

test('initialize: the settings, buildAfterInitialize, the storage folder as cacheFolder and the global one as sharedCacheFolder (none without one)', () => {
  const { initializationOptions } = require('../lib/server-flags.js');
  const settings = { outputFolder: '', generateOnSave: true, today: '' };
  assert.deepEqual(initializationOptions(settings, '/storage/ws', '/storage/global'),
    { ...settings, buildAfterInitialize: true, cacheFolder: '/storage/ws', sharedCacheFolder: '/storage/global' });
  assert.deepEqual(initializationOptions(settings, undefined, '/storage/global'),
    { ...settings, buildAfterInitialize: true, sharedCacheFolder: '/storage/global' });
  assert.deepEqual(initializationOptions(settings, '/storage/ws'), { ...settings, buildAfterInitialize: true, cacheFolder: '/storage/ws' });
  assert.deepEqual(initializationOptions(settings, undefined), { ...settings, buildAfterInitialize: true });
});

test('the server started as the extension starts it: the first start lists its classes, the archive is made from them, the next start uses it; nothing on stderr', async () => {
  const { startServer, serverJar, examples } = await import('./lsp-client.mjs');
  const folder = scratch();
  const jar = serverJar();
  const options = { archiveFolder: folder, jar, javaCommand: process.env.JAVA || 'java', javaVersion: 'test' };
  const archive = archivePath(folder, jar, options.javaCommand, options.javaVersion);
  for (const start of ['first', 'later']) {
    const jvmFlags = serverFlags(options);
    assert.equal(jvmFlags.includes(`-XX:SharedArchiveFile=${archive}`), start === 'later', jvmFlags.join(' '));
    const server = await startServer({ rootFolder: examples, jvmFlags });
    if (start === 'first') {
      // as the extension does while the server runs (after its first build)
      assert.equal(await makeArchive(options), true, 'the archive is made from the classes listed');
      assert.ok(fs.statSync(archive).size > 1000000, 'the archive is there');
      assert.ok(!fs.existsSync(classListPath(archive)), 'the list is gone');
    }
    const outcome = await server.stop();
    assert.deepEqual(outcome, { code: 0, signal: null }, `${start} start ended`);
    // the client shows stderr in the output channel
    assert.equal(server.stderr(), '', `${start} start's stderr`);
  }
  assert.deepEqual(fs.readdirSync(folder), [path.basename(archive)], 'the archive only');
});
