// Checks of the extension that need no VS Code: package.json is consistent with the code and the files it
// names, and the Java detection works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const extensionJs = fs.readFileSync(path.join(root, 'extension.js'), 'utf8'); // the source; pkg.main is its bundle
const json = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const { resolveJava, parseJavaVersion, checkJava, javaProblemMessage } = require('../lib/java.js');
const { generateOutcome, cliOutcome, generateFailure } = require('../lib/agreement.js');

test('package.json: the fields VS Code and vsce need', () => {
  for (const field of ['name', 'displayName', 'version', 'publisher', 'engines', 'main', 'contributes']) {
    assert.ok(pkg[field], field);
  }
  assert.match(pkg.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.ok(fs.existsSync(path.join(root, pkg.main)));
  assert.ok(fs.existsSync(path.join(root, 'README.md')));
});

test('package.json: engines.vscode satisfies what vscode-languageclient needs', () => {
  const client = json('node_modules/vscode-languageclient/package.json');
  const version = (range) => range.replace(/^[\^~>=]+/, '').split('.').map(Number);
  const [ours, theirs] = [version(pkg.engines.vscode), version(client.engines.vscode)];
  assert.ok(ours[0] > theirs[0] || (ours[0] === theirs[0] && ours[1] >= theirs[1]),
    `engines.vscode ${pkg.engines.vscode} must be at least ${client.engines.vscode} (vscode-languageclient ${client.version})`);
  assert.equal(client.version.split('.')[0], '11');
});

test('package.json: the language, its configuration, grammar and snippets fit together', () => {
  const { languages, grammars, snippets } = pkg.contributes;
  assert.deepEqual(languages.map((l) => l.id), ['mentor']);
  assert.deepEqual(languages[0].extensions, ['.mentor']);
  const config = json(languages[0].configuration);
  assert.equal(config.comments.lineComment, '//');
  assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  assert.ok(config.autoClosingPairs.some((p) => p.open === '"' && p.close === '"'));
  assert.ok(config.autoClosingPairs.some((p) => p.open === '“' && p.close === '”'));
  for (const key of ['wordPattern']) new RegExp(config[key]);
  for (const key of ['increaseIndentPattern', 'decreaseIndentPattern']) new RegExp(config.indentationRules[key]);
  // names with hyphens are one word (double click, rename)
  assert.equal(new RegExp(config.wordPattern).exec('first-talk "x"')[0], 'first-talk');

  assert.equal(grammars.length, 1);
  assert.equal(grammars[0].language, 'mentor');
  const grammar = json(grammars[0].path);
  assert.equal(grammar.scopeName, grammars[0].scopeName);
  assert.equal(snippets[0].language, 'mentor');
  const bodies = Object.values(json(snippets[0].path));
  assert.ok(bodies.length >= 3);
  for (const s of bodies) {
    assert.ok(s.prefix && s.description && Array.isArray(s.body), JSON.stringify(s));
  }
});

test('package.json: every command is registered by extension.js, and every registered command is declared', () => {
  const declared = pkg.contributes.commands.map((c) => c.command).sort();
  const registered = [...extensionJs.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, declared);
  const titles = Object.fromEntries(pkg.contributes.commands.map((c) => [c.command, `${c.category}: ${c.title}`]));
  assert.equal(titles['mentor.generateSummary'], 'Mentor: Generate summary and calendar');
  assert.equal(titles['mentor.openSummary'], 'Mentor: Open summary');
  // vscode-languageclient registers the server's commands (mentor.generate) itself: no clash allowed
  assert.ok(!declared.includes('mentor.generate'));
  for (const items of Object.values(pkg.contributes.menus)) {
    for (const item of items) assert.ok(declared.includes(item.command), item.command);
  }
});

test('package.json: the settings the code reads are declared', () => {
  const properties = pkg.contributes.configuration.properties;
  for (const key of ['mentor.java.home', 'mentor.java.path', 'mentor.server.jar', 'mentor.trace.server']) {
    assert.ok(properties[key], key);
  }
  const read = [...extensionJs.matchAll(/config\.get\('([^']+)'\)/g)].map((m) => `mentor.${m[1]}`);
  assert.ok(read.length >= 3);
  for (const key of read) assert.ok(properties[key], `${key} is read by extension.js but not declared`);
});

test('the .vsix bundles the server and leaves the tests out', () => {
  const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignore.includes('test/**'));
  assert.ok(!ignore.some((l) => l.startsWith('server')));
  assert.equal(pkg.scripts['vscode:prepublish'], 'node scripts/copy-server.mjs && node scripts/bundle.mjs');
  for (const source of ['node_modules/**', 'extension.js', 'lib/**']) assert.ok(ignore.includes(source), source);
  assert.ok(fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n').includes('server/'));
  assert.match(extensionJs, /path\.join\('server', 'mentor\.jar'\)/);
});

test('Java: versions are read from `java -version`', () => {
  assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
  assert.equal(parseJavaVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment'), 8);
  assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaVersion('openjdk version "11.0.2" 2019-01-15'), 11);
  assert.equal(parseJavaVersion('no version here'), undefined);
});

test('Java: mentor.java.path, then mentor.java.home, then JAVA_HOME, then the PATH', () => {
  const env = { JAVA_HOME: root }; // no bin/java there: skipped
  assert.equal(resolveJava({ javaPath: '/opt/j/bin/java', javaHome: '/x', env }).command, '/opt/j/bin/java');
  assert.equal(resolveJava({ javaHome: '/opt/jdk', env, platform: 'linux' }).command, path.join('/opt/jdk', 'bin', 'java'));
  assert.equal(resolveJava({ env }).command, 'java');
  assert.equal(resolveJava({ env: {} }).source, 'the PATH');
});

test('Java: missing or older than 17 gives a message that says what to install and which setting to set', async () => {
  const fake = (error, stderr) => (cmd, args, opts, callback) => callback(error, '', stderr);
  const missing = await checkJava({ javaPath: '/nope/java' }, fake(Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' }), ''));
  assert.equal(missing.problem, 'missing');
  const old = await checkJava({ javaHome: '/opt/jdk8' }, fake(null, 'java version "1.8.0_392"'));
  assert.equal(old.problem, 'old');
  assert.equal(old.version, 8);
  const good = await checkJava({}, fake(null, 'openjdk version "17.0.15" 2025-04-15'));
  assert.equal(good.ok, true);
  for (const result of [missing, old]) {
    const message = javaProblemMessage(result);
    assert.match(message, /Java 17 or newer/);
    assert.match(message, /mentor\.java\.home/);
    assert.match(message, /mentor\.java\.path/);
    assert.match(message, /adoptium\.net/);
  }
  assert.match(javaProblemMessage(old), /is Java 8/);
  assert.match(javaProblemMessage(old), /the setting mentor\.java\.home/);
  // and the real java of this machine (the one the tests run the server with) passes
  const real = await checkJava({ javaPath: process.env.JAVA || '' });
  assert.equal(real.ok, true, JSON.stringify(real));
});

test('Generate: the server answers with the files written, or why nothing was', () => {
  assert.equal(generateFailure(['file:///w/generated/a.html', 'file:///w/generated/a.ics']), undefined);
  assert.equal(generateFailure('Not generated: the agreement has 1 error.'), 'Not generated: the agreement has 1 error.');
  assert.match(generateFailure(null), /^Not generated/);
});

test('Generate: the agreement id and the summary come from the server\'s answer, not from the text', () => {
  const outcome = generateOutcome([
    new URL('file:///w/generated/sam-lee-2027.ics').href, new URL('file:///w/generated/sam-lee-2027.html').href]);
  assert.equal(outcome.id, 'sam-lee-2027');
  assert.equal(outcome.summary, path.join('/w', 'generated', 'sam-lee-2027.html'));
  assert.equal(outcome.calendar, path.join('/w', 'generated', 'sam-lee-2027.ics'));
  assert.equal(outcome.folder, path.join('/w', 'generated'));
  assert.deepEqual(generateOutcome([]), { files: [], summary: undefined, calendar: undefined, id: undefined, folder: undefined });
  const cli = cliOutcome('wrote generated/sam-lee-2027.html\nwrote generated/sam-lee-2027.ics\ngenerated 1 agreement\n', '/w');
  assert.equal(cli.summary, path.join('/w', 'generated', 'sam-lee-2027.html'));
  assert.equal(cli.id, 'sam-lee-2027');
  // no regular expression over the .mentor text is left in the extension
  assert.doesNotMatch(fs.readFileSync(path.join(root, 'lib', 'agreement.js'), 'utf8'), /agreement\|programme/);
  assert.doesNotMatch(extensionJs, /agreementId|getText\(\)/);
});

test('the bundle (dist/extension.js, built by npm test and vsce) loads on its own and exports the entry points', () => {
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) { // VS Code provides `vscode` at run time: a stub here
    return request === 'vscode' ? path.join(root, 'test', 'stub-vscode.cjs') : resolve.call(this, request, ...rest);
  };
  try {
    const bundle = require(path.join(root, pkg.main));
    assert.equal(typeof bundle.activate, 'function');
    assert.equal(typeof bundle.deactivate, 'function');
  } finally {
    Module._resolveFilename = resolve;
  }
  assert.equal(pkg.main, './dist/extension.js');
  assert.deepEqual(Object.keys(pkg.dependencies || {}), [], 'everything that runs is in the bundle');
});

test('package.json: icons, and the settings an untrusted folder may not set', () => {
  assert.ok(fs.existsSync(path.join(root, pkg.icon)) && pkg.icon.endsWith('.png'), 'vsce wants a PNG icon');
  const generate = pkg.contributes.commands.find((c) => c.command === 'mentor.generateSummary');
  assert.match(generate.icon, /^\$\([a-z-]+\)$/);
  const untrusted = pkg.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  // a folder's settings must not choose the program that runs (java, the jar) nor where files are written
  assert.deepEqual(untrusted.restrictedConfigurations.sort(),
    ['mentor.java.home', 'mentor.java.path', 'mentor.outputFolder', 'mentor.server.jar']);
  for (const setting of untrusted.restrictedConfigurations) assert.ok(pkg.contributes.configuration.properties[setting], setting);
});
