// The JVM flags the extension starts the language server with. No dependency on the vscode module: the
// benchmark (bench/lsp-bench.mjs) starts the server with the same flags, and the tests check them in node.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/**
 * Memory: the Serial collector and a bounded heap. Without a bound the JVM takes up to a quarter of the
 * machine's memory and the server grew to 600 MB to 1 GB while typing; docs/benchmarks.md has the figures
 * that show this bound costs no typing latency and leaves room for a workspace of 1,000 agreements.
 * -Xlog:disable then warnings to stderr: the JVM's own messages (e.g. an outdated class-data archive) would
 * otherwise go to stdout, which is the JSON-RPC channel.
 */
const MEMORY_FLAGS = ['-XX:+UseSerialGC', '-Xms32m', '-Xmx384m', '-XX:MinHeapFreeRatio=10', '-XX:MaxHeapFreeRatio=30'];
const LOG_FLAGS = ['-Xlog:disable', '-Xlog:all=warning:stderr'];
/**
 * No messages about the class-data archive: the client shows stderr in the output channel, and the JVM can warn about
 * every class an archive leaves out (about a thousand lines). The archive is a cache: a problem with it costs only
 * speed, as for ./mentor.
 */
const ARCHIVE_LOG_FLAGS = ['-Xlog:cds*=off:stderr'];

/**
 * The class-data archive for this jar and this java, in the given folder: its name changes with the jar
 * (path, size, time) and the java, so an update never reuses an archive made for other classes.
 */
function archivePath(folder, jar, javaCommand, javaVersion) {
  let stamp = '';
  try {
    const stat = fs.statSync(jar);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // a missing jar is reported by the caller; the name only needs to be stable
  }
  const key = crypto.createHash('sha256').update(`${path.resolve(jar)}|${stamp}|${javaCommand}|${javaVersion}`)
    .digest('hex').slice(0, 16);
  return path.join(folder, `mentor-${key}.jsa`);
}

/** The list of the classes a start loaded, from which the archive is made (beside the archive, same name). */
function classListPath(archive) {
  return archive.replace(/\.jsa$/, '.classes');
}

/**
 * The flags for one start. With an archive folder: the class-data archive is used when it exists; otherwise the
 * start lists the classes it loads (-XX:DumpLoadedClassList, which costs nothing measurable), and makeArchive turns
 * the list into the archive in a process of its own. A static archive rather than the dynamic one Java 17 writes at
 * exit (-XX:ArchiveClassesAtExit, used until 2026-12-02): that one cannot hold classes compiled for Java 5 or older,
 * which EMF's, picocli's and ANTLR's are, nor any class that extends or implements one (the language's whole model):
 * later starts took about 9% less CPU with the static one (docs/benchmarks-history.md). Class loading is much of the
 * start-up time; the archive is a cache, so a failure to make it only costs that saving.
 */
function serverFlags({ archiveFolder, jar, javaCommand = 'java', javaVersion = '' } = {}) {
  const flags = [...MEMORY_FLAGS, ...LOG_FLAGS];
  if (archiveFolder && jar) {
    const archive = archivePath(archiveFolder, jar, javaCommand, javaVersion);
    if (fs.existsSync(archive) && fs.statSync(archive).size > 0) {
      flags.push(...ARCHIVE_LOG_FLAGS, `-XX:SharedArchiveFile=${archive}`);
    } else {
      try {
        fs.mkdirSync(archiveFolder, { recursive: true });
        flags.push(`-XX:DumpLoadedClassList=${classListPath(archive)}`);
      } catch {
        // no folder to keep the archive in: start without it
      }
    }
  }
  return flags;
}

/**
 * Makes the class-data archive from the classes a start listed (serverFlags), unless it exists or nothing was
 * listed: java -Xshare:dump in a process of its own (a few seconds of one core; at a low priority where `nice`
 * exists, as the server may be busy beside it), into a temporary file renamed when complete, so that a start never
 * sees half an archive. The server may still be adding to the list: only its complete lines are used. Resolves true
 * when the archive was made; never rejects.
 */
function makeArchive({ archiveFolder, jar, javaCommand = 'java', javaVersion = '' } = {}, spawn = require('node:child_process').spawn) {
  return new Promise((resolve) => {
    if (!archiveFolder || !jar) { resolve(false); return; }
    const archive = archivePath(archiveFolder, jar, javaCommand, javaVersion);
    const list = classListPath(archive);
    const making = `${archive}.${process.pid}`;
    const cleanUp = () => { for (const f of [making, `${making}.classes`]) fs.rmSync(f, { force: true }); };
    try {
      if (fs.existsSync(archive) || !fs.existsSync(list)) { resolve(false); return; }
      const text = fs.readFileSync(list, 'utf8');
      fs.writeFileSync(`${making}.classes`, text.slice(0, text.lastIndexOf('\n') + 1));
    } catch {
      cleanUp();
      resolve(false);
      return;
    }
    const dump = [javaCommand, '-Xshare:dump', `-XX:SharedClassListFile=${making}.classes`,
      `-XX:SharedArchiveFile=${making}`, '-Xlog:disable', '-cp', jar];
    const command = process.platform === 'win32' ? dump : ['nice', '-n', '10', ...dump];
    let child;
    try {
      child = spawn(command[0], command.slice(1), { stdio: 'ignore', windowsHide: true });
    } catch {
      cleanUp();
      resolve(false);
      return;
    }
    child.on('error', () => { cleanUp(); resolve(false); });
    child.on('exit', (code) => {
      let made = false;
      try {
        if (code === 0 && fs.statSync(making, { throwIfNoEntry: false })?.size > 0) {
          fs.renameSync(making, archive);
          made = true;
        } else {
          fs.writeFileSync(archive, ''); // tried: an empty archive is not used, and not made again at every start
        }
        fs.rmSync(list, { force: true }); // on Windows the running server may still hold it open: then it stays
      } catch {
        // another window made it meanwhile, or the folder went away: nothing lost but the saving
      }
      cleanUp();
      resolve(made);
    });
  });
}

/**
 * What the extension asks of the server at initialize: answer before building the workspace (the build still
 * comes first in the server's queue; see BuildAfterInitialize in org.mentorship.dsl.ide).
 */
const INITIALIZATION_OPTIONS = Object.freeze({ buildAfterInitialize: true });

/**
 * Everything the extension sends at initialize: the settings, the start-up options, when VS Code gives the
 * workspace a storage folder (a folder is open), that folder as the server's cache of the last session's
 * diagnostics (see LastSessionDiagnostics in org.mentorship.dsl.ide), and the extension's global storage, shared by
 * every workspace, for the server's answer to initialize (SharedInitializeAnswers: the first start of a workspace
 * is answered from it too). Both are VS Code's storage, never inside the workspace; without them the server keeps
 * no cache.
 */
function initializationOptions(settings, storageFolder, sharedFolder) {
  return { ...settings, ...INITIALIZATION_OPTIONS, ...(storageFolder ? { cacheFolder: storageFolder } : {}),
    ...(sharedFolder ? { sharedCacheFolder: sharedFolder } : {}) };
}

module.exports = { serverFlags, makeArchive, archivePath, classListPath, initializationOptions, MEMORY_FLAGS, INITIALIZATION_OPTIONS };
