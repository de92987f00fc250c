// The extension's activate() with stand-ins for VS Code and vscode-languageclient (test only): what it asks of
// the language server when it starts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Loads extension.js afresh with the stand-ins; returns the options of each LanguageClient it creates. */
function loadExtension() {
  const clients = [];
  const disposable = { dispose() {} };
  const vscode = {
    workspace: {
      getConfiguration: () => ({ get: () => '' }),
      onDidChangeConfiguration: () => disposable,
      createFileSystemWatcher: () => disposable,
    },
    window: {
      createOutputChannel: () => ({ appendLine() {}, dispose() {} }),
      showErrorMessage: async (message) => { throw new Error(`unexpected error message: ${message}`); },
    },
    commands: { registerCommand: () => disposable },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      clients.push({ serverOptions, clientOptions });
    }
    async start() {}
  }
  const stand = { vscode, 'vscode-languageclient/node': { LanguageClient, State: { Running: 2 } } };
  const Module = require('node:module');
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request in stand ? stand[request] : load.call(this, request, ...rest);
  };
  try {
    delete require.cache[path.join(root, 'extension.js')];
    return { extension: require(path.join(root, 'extension.js')), clients };
  } finally {
    Module._load = load;
  }
}

/** A context as VS Code gives it, with a jar where the extension looks for the bundled one. */
function context({ storage }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentor-activation-'));
  fs.mkdirSync(path.join(dir, 'server'));
  fs.writeFileSync(path.join(dir, 'server', 'mentor.jar'), 'jar');
  return {
    subscriptions: [],
    asAbsolutePath: (relative) => path.join(dir, relative),
    globalStorageUri: { fsPath: path.join(dir, 'global') },
    storageUri: storage ? { fsPath: path.join(dir, 'workspace-storage') } : undefined,
    dir,
  };
}

test('the server gets the workspace storage folder as its cache of the last session\'s diagnostics', async () => {
  const { extension, clients } = loadExtension();
  const ctx = context({ storage: true });
  await extension.activate(ctx);
  assert.equal(clients.length, 1);
  const options = clients[0].clientOptions.initializationOptions;
  assert.equal(options.cacheFolder, path.join(ctx.dir, 'workspace-storage'));
  assert.equal(options.sharedCacheFolder, path.join(ctx.dir, 'global'), 'the answer to initialize: for every workspace');
  assert.equal(options.buildAfterInitialize, true);
  assert.ok('today' in options && 'outputFolder' in options, JSON.stringify(options));
});

test('without a folder open (no workspace storage) the server keeps no diagnostics, only the answer to initialize', async () => {
  const { extension, clients } = loadExtension();
  const ctx = context({ storage: false });
  await extension.activate(ctx);
  assert.equal(clients.length, 1);
  assert.ok(!('cacheFolder' in clients[0].clientOptions.initializationOptions));
  assert.equal(clients[0].clientOptions.initializationOptions.sharedCacheFolder, path.join(ctx.dir, 'global'));
});
