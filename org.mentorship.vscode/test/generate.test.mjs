// The one output rule, end to end: what the extension opens after "Generate summary and calendar" is the file
// the real server (`java -jar mentor.jar lsp`) wrote, beside the agreement or in the configured folder.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { startServer, uriOf, examples, serverJar } from './lsp-client.mjs';

const require = createRequire(import.meta.url);
const { generateOutcome, cliOutcome, cliGenerateArgs } = require('../lib/agreement.js'); // what extension.js opens: outcome.summary
const minimal = fs.readFileSync(path.join(examples, 'minimal.mentor'), 'utf8');
const servers = [];
const dirs = [];

after(() => {
  for (const server of servers) server.kill();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A workspace folder with a sub-folder `cohort` and the given files (path -> text), then a server on it. */
async function workspace(initializationOptions, files = {}) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-generate-')));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'cohort'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const server = await startServer({ rootFolder: dir, initializationOptions });
  servers.push(server);
  return { dir, server };
}

async function generate(server, file, text) {
  fs.writeFileSync(file, text);
  const published = server.diagnosticsFor(uriOf(file));
  await server.open(uriOf(file), text);
  await published;
  return server.connection.sendRequest('workspace/executeCommand', { command: 'mentor.generate', arguments: [uriOf(file)] });
}

test('the summary the extension opens is the one the server wrote, in generated/ beside the agreement', async () => {
  const { dir, server } = await workspace();
  const file = path.join(dir, 'cohort', 'sam.mentor');
  const outcome = generateOutcome(await generate(server, file, minimal));
  assert.equal(outcome.failure, undefined);
  assert.equal(outcome.summary, path.join(dir, 'cohort', 'generated', 'sam-lee-2027.html'));
  assert.equal(outcome.calendar, path.join(dir, 'cohort', 'generated', 'sam-lee-2027.ics'));
  assert.match(fs.readFileSync(outcome.summary, 'utf8'), /Getting started with public speaking/);
  assert.ok(!fs.existsSync(path.join(dir, 'generated')), 'nothing in the workspace folder\'s generated/');
});

test('with mentor.outputFolder set, the extension opens the file in that folder (relative to the workspace)', async () => {
  const { dir, server } = await workspace({ outputFolder: 'site', generateOnSave: true, today: '' });
  const file = path.join(dir, 'cohort', 'sam.mentor');
  const outcome = generateOutcome(await generate(server, file, minimal));
  assert.equal(outcome.summary, path.join(dir, 'site', 'sam-lee-2027.html'));
  assert.ok(fs.existsSync(outcome.summary));
  // a changed setting applies without a restart, in the shape vscode-languageclient sends it
  server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mentor: { outputFolder: 'other' } } });
  const again = generateOutcome(await server.connection.sendRequest('workspace/executeCommand',
    { command: 'mentor.generate', arguments: [uriOf(file)] }));
  assert.equal(again.summary, path.join(dir, 'other', 'sam-lee-2027.html'));
  assert.ok(fs.existsSync(again.summary));
});

test('when nothing is written, the extension gets the server\'s reason to show', async () => {
  const { dir, server } = await workspace();
  const file = path.join(dir, 'broken.mentor');
  const outcome = generateOutcome(await generate(server, file, minimal.replace('from 2027-01-11', 'from 2027-02-30')));
  assert.equal(outcome.failure, 'Not generated: the agreement has 1 error.');
  assert.ok(!fs.existsSync(path.join(dir, 'generated')));
});

test('opening a folder writes nothing', async () => {
  const { dir, server } = await workspace(undefined, { 'cohort/sam.mentor': minimal });
  // a request is answered after the server has loaded (and built) the folder
  await server.connection.sendRequest('workspace/executeCommand',
    { command: 'mentor.nextMeeting', arguments: [uriOf(path.join(dir, 'cohort', 'sam.mentor'))] });
  assert.deepEqual(fs.readdirSync(path.join(dir, 'cohort')), ['sam.mentor']);
  assert.ok(!fs.existsSync(path.join(dir, 'generated')));
});

test('the fallback without the server\'s command (`mentor generate`) writes where the server would, with the same settings', async () => {
  const settings = { outputFolder: 'site', generateOnSave: true, today: '2027-01-20' };
  const { dir, server } = await workspace(settings);
  const file = path.join(dir, 'cohort', 'sam.mentor');
  const byServer = generateOutcome(await generate(server, file, minimal));
  const serverWrote = [byServer.summary, byServer.calendar].map((f) => fs.readFileSync(f, 'utf8'));
  fs.rmSync(path.join(dir, 'site'), { recursive: true });
  const args = cliGenerateArgs(file, settings, dir);
  assert.deepEqual(args, ['generate', '--out', path.join(dir, 'site'), '--today', '2027-01-20', file]);
  const cwd = path.dirname(file); // as extension.js runs it
  const run = spawnSync(process.env.JAVA || 'java', ['-jar', serverJar(), ...args], { cwd, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const byCli = cliOutcome(run.stderr, cwd); // what the extension opens after the fallback
  assert.equal(byCli.summary, byServer.summary);
  assert.equal(byCli.calendar, byServer.calendar);
  assert.deepEqual([byCli.summary, byCli.calendar].map((f) => fs.readFileSync(f, 'utf8')), serverWrote,
    'the same summary and calendar as the server wrote (same date of today)');
  assert.ok(!fs.existsSync(path.join(dir, 'cohort', 'generated')), 'nothing in generated/ beside the agreement');
  // with no folder configured, the fallback keeps the CLI's default: generated/ beside the agreement
  assert.deepEqual(cliGenerateArgs(file, { outputFolder: ' ', today: '' }, dir), ['generate', file]);
  assert.deepEqual(cliGenerateArgs(file, { outputFolder: 'out' }, undefined), ['generate', '--out', path.join(dir, 'cohort', 'out'), file]);
});
