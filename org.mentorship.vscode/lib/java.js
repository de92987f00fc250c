// Finding Java 17+ for the language server. No dependency on the vscode module, so it is unit-tested in node.
'use strict';
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MINIMUM = 17;

/**
 * The java executable to use, and where that choice came from: the setting mentor.java.path, else
 * mentor.java.home/bin/java, else JAVA_HOME/bin/java, else `java` on the PATH.
 */
function resolveJava({ javaPath, javaHome, env = process.env, platform = process.platform }) {
  const exe = platform === 'win32' ? 'java.exe' : 'java';
  if (javaPath && javaPath.trim()) return { command: javaPath.trim(), source: 'the setting mentor.java.path' };
  if (javaHome && javaHome.trim()) return { command: path.join(javaHome.trim(), 'bin', exe), source: 'the setting mentor.java.home' };
  if (env.JAVA_HOME && env.JAVA_HOME.trim()) {
    const candidate = path.join(env.JAVA_HOME.trim(), 'bin', exe);
    if (fs.existsSync(candidate)) return { command: candidate, source: 'the environment variable JAVA_HOME' };
  }
  return { command: 'java', source: 'the PATH' };
}

/** The feature version (8, 11, 17, 21, ...) in the output of `java -version`, or undefined. */
function parseJavaVersion(output) {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output) || /^\S+ (\d+)(?:\.(\d+))?/m.exec(output);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 && m[2] !== undefined ? Number(m[2]) : major; // 1.8.0_392 is Java 8
}

/**
 * Checks the java found by resolveJava. Resolves with { ok: true, command, version } or
 * { ok: false, problem: 'missing' | 'old' | 'unknown', command, source, version?, detail? }.
 */
function checkJava(settings, run = execFile) {
  const { command, source } = resolveJava(settings);
  return new Promise((resolve) => {
    run(command, ['-version'], { timeout: 20000 }, (error, stdout, stderr) => {
      const output = `${stderr || ''}${stdout || ''}`;
      if (error && (error.code === 'ENOENT' || error.code === 'EACCES' || !output)) {
        resolve({ ok: false, problem: 'missing', command, source, detail: error.message });
        return;
      }
      const version = parseJavaVersion(output);
      if (version === undefined) resolve({ ok: false, problem: 'unknown', command, source, detail: output.trim() });
      else if (version < MINIMUM) resolve({ ok: false, problem: 'old', command, source, version });
      else resolve({ ok: true, command, source, version });
    });
  });
}

/** The message for the user when checkJava found a problem: what is wrong, what to install, what to set. */
function javaProblemMessage(result) {
  const fix = `Install a Java ${MINIMUM} (or newer) runtime, for example Eclipse Temurin from https://adoptium.net, ` +
    'then set "mentor.java.home" to its folder (or "mentor.java.path" to its java executable) and reload the window.';
  switch (result.problem) {
    case 'missing':
      return `Mentor needs Java ${MINIMUM} or newer to check agreements, and no Java was found at "${result.command}" ` +
        `(from ${result.source}). ${fix}`;
    case 'old':
      return `Mentor needs Java ${MINIMUM} or newer, but "${result.command}" (from ${result.source}) is Java ` +
        `${result.version}. ${fix}`;
    default:
      return `Mentor could not tell which Java "${result.command}" (from ${result.source}) is. ${fix}`;
  }
}

module.exports = { MINIMUM, resolveJava, parseJavaVersion, checkJava, javaProblemMessage };
