// Bundles extension.js, lib/ and vscode-languageclient into dist/extension.js with esbuild, so the .vsix holds
// only what runs (no node_modules). Runs before `vsce package` (the vscode:prepublish script).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await esbuild.build({
  entryPoints: [path.join(root, 'extension.js')],
  outfile: path.join(root, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  target: 'node20', // VS Code 1.91 runs extensions on Node 20
  format: 'cjs',
  external: ['vscode'], // provided by VS Code at run time
  minify: true,
  sourcemap: false,
  legalComments: 'none', // the licences go into dist/THIRD-PARTY-NOTICES.txt, below
  logLevel: 'warning',
  metafile: true,
});
// A warning is a bug of ours (a duplicate key in an object literal silently drops the first value): stop here, so
// `npm test` fails rather than only `vsce package`
if (result.warnings.length > 0) {
  console.error(`bundle: ${result.warnings.length} warning(s), see above`);
  process.exit(1);
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.error(`bundled ${Object.keys(result.metafile.inputs).length} modules into dist/extension.js (${(bytes / 1e3).toFixed(0)} kB)`);

// The licence of every package the bundle contains, as their MIT/BSD terms ask when their code is redistributed
const packages = new Set(Object.keys(result.metafile.inputs)
  .map((input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input))
  .filter(Boolean).map((m) => m[1]));
const notices = [...packages].sort().map((dir) => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const licence = fs.readdirSync(path.join(root, dir)).find((f) => /^licen[cs]e/i.test(f));
  return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${licence ? fs.readFileSync(path.join(root, dir, licence), 'utf8').trim() : ''}\n`;
});
fs.writeFileSync(path.join(root, 'dist', 'THIRD-PARTY-NOTICES.txt'),
  'dist/extension.js contains the following packages.\n\n' + notices.join('\n' + '-'.repeat(78) + '\n\n'));
