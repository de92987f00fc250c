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
 * No messages about the class-data archive: when the first start exits and writes it, the JVM warns about every
 * class it leaves out (about a thousand lines: EMF's and picocli's classes are of Java 5), and the client shows
 * stderr in the output channel. The archive is a cache: a problem with it costs only speed, as for ./mentor.
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

/**
 * The flags for one start. With an archive folder: the archive is used when it exists, and made when the
 * server exits otherwise (the first start), as ./mentor does for the command line. Class loading is most of
 * the start-up time; the archive is a cache, so a failure to make it only costs that saving.
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
        flags.push(...ARCHIVE_LOG_FLAGS, `-XX:ArchiveClassesAtExit=${archive}`);
      } catch {
        // no folder to keep the archive in: start without it
      }
    }
  }
  return flags;
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

module.exports = { serverFlags, archivePath, initializationOptions, MEMORY_FLAGS, INITIALIZATION_OPTIONS };
