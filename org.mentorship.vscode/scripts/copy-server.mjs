// Copies the language server (org.mentorship.cli/target/mentor.jar, or MENTOR_JAR) into server/ for the .vsix.
// Runs before `vsce package` (the vscode:prepublish script).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const jar = process.env.MENTOR_JAR || path.resolve(here, '..', '..', 'org.mentorship.cli', 'target', 'mentor.jar');
if (!fs.existsSync(jar)) {
  console.error(`${jar} is missing: build it first, at the repository root:\n` +
    '  ./mvnw -B -q -DskipTests package -pl org.mentorship.target,org.mentorship.cli -am');
  process.exit(1);
}
const target = path.resolve(here, '..', 'server', 'mentor.jar');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(jar, target);
console.error(`copied ${jar} to ${target} (${(fs.statSync(target).size / 1e6).toFixed(1)} MB)`);
