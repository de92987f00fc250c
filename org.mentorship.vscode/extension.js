// The Mentor extension: starts `java -jar server/mentor.jar lsp` (the bundled language server) for .mentor
// files, and adds the commands "Mentor: Generate summary and calendar" and "Mentor: Open summary".
'use strict';
const vscode = require('vscode');
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { LanguageClient, State } = require('vscode-languageclient/node');
const { checkJava, javaProblemMessage } = require('./lib/java');
const { serverFlags, makeArchive, initializationOptions } = require('./lib/server-flags');
const { generateOutcome, cliOutcome, cliGenerateArgs } = require('./lib/agreement');

/** How long after the server started the class-data archive is made: after the first build of most workspaces. */
const ARCHIVE_DELAY_MS = 30000;

const GENERATE_COMMAND = 'mentor.generate'; // the server's command (workspace/executeCommand), when it has one

let client;
let output;
let java; // the java that runs the server: { command, version }

function settings() {
  const config = vscode.workspace.getConfiguration('mentor');
  return {
    javaPath: config.get('java.path'),
    javaHome: config.get('java.home'),
    jar: config.get('server.jar'),
  };
}

/**
 * The language server's settings (see docs/editor-services.md): sent as initializationOptions, and again by
 * vscode-languageclient on every change of a `mentor.*` setting (workspace/didChangeConfiguration).
 */
function serverSettings() {
  const config = vscode.workspace.getConfiguration('mentor');
  return {
    outputFolder: config.get('outputFolder'),
    generateOnSave: config.get('generateOnSave'),
    today: config.get('today'),
  };
}

function serverJar(context) {
  const configured = settings().jar;
  return configured && configured.trim() ? configured.trim() : context.asAbsolutePath(path.join('server', 'mentor.jar'));
}

async function showJavaProblem(result) {
  const choice = await vscode.window.showErrorMessage(javaProblemMessage(result), 'Open Settings', 'Download Java');
  if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'mentor.java');
  } else if (choice === 'Download Java') {
    await vscode.env.openExternal(vscode.Uri.parse('https://adoptium.net/temurin/releases/?version=17'));
  }
}

async function startClient(context) {
  const result = await checkJava(settings());
  if (!result.ok) {
    output.appendLine(javaProblemMessage(result));
    showJavaProblem(result);
    return;
  }
  java = result;
  const jar = serverJar(context);
  if (!fs.existsSync(jar)) {
    vscode.window.showErrorMessage(`Mentor: the language server ${jar} is missing. Reinstall the extension, ` +
      'or set "mentor.server.jar" to a mentor.jar built with ./mvnw package.');
    return;
  }
  const archiveOptions = { archiveFolder: context.globalStorageUri && context.globalStorageUri.fsPath, jar,
    javaCommand: result.command, javaVersion: result.version };
  const flags = serverFlags(archiveOptions);
  output.appendLine(`Starting the Mentor language server: ${result.command} (Java ${result.version}, from ${result.source}) `
    + `${flags.join(' ')} -jar ${jar} lsp`);
  const executable = { command: result.command, args: [...flags, '-jar', jar, 'lsp'] };
  client = new LanguageClient('mentor', 'Mentor Language Server', { run: executable, debug: executable }, {
    documentSelector: [{ scheme: 'file', language: 'mentor' }, { scheme: 'untitled', language: 'mentor' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.mentor'), configurationSection: 'mentor' },
    // the settings (read by the server's EditorSettings), the start-up options (BuildAfterInitialize), the
    // workspace's storage folder for the last session's diagnostics and the global one for the answer to initialize
    initializationOptions: initializationOptions(serverSettings(), context.storageUri && context.storageUri.fsPath,
      context.globalStorageUri && context.globalStorageUri.fsPath),
    outputChannel: output,
  });
  try {
    await client.start();
    // the class-data archive from the classes this start listed, once its first build has loaded them (a few
    // seconds of one core at a low priority): later starts use it
    setTimeout(() => makeArchive(archiveOptions).then((made) => {
      if (made) output.appendLine('Made the class-data archive for later starts of the language server.');
    }), ARCHIVE_DELAY_MS);
  } catch (error) {
    vscode.window.showErrorMessage(`Mentor: the language server did not start: ${error.message || error}. ` +
      'See the output channel "Mentor" for details.');
  }
}

async function stopClient() {
  if (client) {
    const stopping = client;
    client = undefined;
    if (stopping.state === State.Running) await stopping.stop();
  }
}

/** The .mentor file of the active editor (saved first), or undefined with a message. */
async function activeMentorFile() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'mentor') {
    vscode.window.showWarningMessage('Mentor: open a .mentor file first.');
    return undefined;
  }
  const document = editor.document;
  if (document.isUntitled) {
    vscode.window.showWarningMessage('Mentor: save the agreement to a .mentor file first.');
    return undefined;
  }
  if (document.isDirty) await document.save();
  return document;
}

function serverHasGenerateCommand() {
  const commands = client && client.initializeResult
    && client.initializeResult.capabilities.executeCommandProvider
    && client.initializeResult.capabilities.executeCommandProvider.commands;
  return Array.isArray(commands) && commands.includes(GENERATE_COMMAND);
}

/** `java -jar mentor.jar generate FILE`: the fallback when the server has no generate command. */
function generateWithCli(context, file) {
  return new Promise((resolve, reject) => {
    const command = java ? java.command : 'java';
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file));
    const args = cliGenerateArgs(file, serverSettings(), folder && folder.uri.fsPath);
    execFile(command, ['-jar', serverJar(context), ...args], { cwd: path.dirname(file), timeout: 120000 },
      (error, stdout, stderr) => {
        output.appendLine(`mentor ${args.join(' ')}\n${stdout}${stderr}`);
        if (error) reject(new Error((stderr || error.message).trim().split('\n').slice(-3).join(' ')));
        else resolve(cliOutcome(stderr, path.dirname(file)));
      });
  });
}

/**
 * Generates the summary and calendar of the active agreement; returns what was written (from the server's
 * answer, or from `mentor generate`'s report), or undefined after telling the user why nothing was.
 */
async function runGenerate(context, document) {
  const file = document.uri.fsPath;
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Mentor: generating the summary and calendar' },
      async () => {
        if (!serverHasGenerateCommand()) return generateWithCli(context, file);
        const result = await client.sendRequest('workspace/executeCommand', { command: GENERATE_COMMAND, arguments: [document.uri.toString()] });
        const outcome = generateOutcome(result);
        if (outcome.failure) throw new Error(outcome.failure); // errors in the agreement, a link or a read-only file
        return outcome;
      });
  } catch (error) {
    vscode.window.showErrorMessage(`Mentor: could not generate: ${error.message || error}`);
    return undefined;
  }
}

async function generate(context) {
  const document = await activeMentorFile();
  if (!document) return;
  const outcome = await runGenerate(context, document);
  if (!outcome) return;
  if (outcome.files.length === 0) {
    vscode.window.showInformationMessage('Mentor: nothing to generate here (a programme file has no summary of its own).');
    return;
  }
  const choice = await vscode.window.showInformationMessage(
    `Mentor: generated the summary and calendar of ${outcome.id} in ${outcome.folder}.`,
    ...(outcome.summary ? ['Open summary'] : []));
  if (choice === 'Open summary') await vscode.env.openExternal(vscode.Uri.file(outcome.summary));
}

/** Opens the printable summary, generated afresh so it shows the agreement as saved. */
async function openSummary(context) {
  const document = await activeMentorFile();
  if (!document) return;
  const outcome = await runGenerate(context, document);
  if (!outcome) return;
  if (!outcome.summary) {
    vscode.window.showWarningMessage('Mentor: this file has no agreement, so it has no summary.');
    return;
  }
  await vscode.env.openExternal(vscode.Uri.file(outcome.summary));
}

async function activate(context) {
  output = vscode.window.createOutputChannel('Mentor');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('mentor.generateSummary', () => generate(context)),
    vscode.commands.registerCommand('mentor.openSummary', () => openSummary(context)),
    vscode.commands.registerCommand('mentor.restartServer', async () => {
      await stopClient();
      await startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('mentor.java') || event.affectsConfiguration('mentor.server')) {
        await stopClient();
        await startClient(context);
      }
    }),
  );
  await startClient(context);
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
