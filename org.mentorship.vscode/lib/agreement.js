// Small helpers on .mentor files that need no language server. No dependency on the vscode module.
'use strict';
const path = require('node:path');

/** The id of the agreement (or programme) in a .mentor text, or undefined. */
function agreementId(text) {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const m = /^\s*(?:agreement|programme)\s+\^?([A-Za-z_][\w-]*(?:\.\^?[A-Za-z_][\w-]*)*)/m.exec(withoutComments);
  return m ? m[1] : undefined;
}

/** Where `mentor generate FILE` writes the summary: generated/<id>.html beside the file. */
function summaryPath(file, id) {
  return path.join(path.dirname(file), 'generated', `${id}.html`);
}

/**
 * Why the server's mentor.generate command wrote nothing, or undefined when it wrote the files: it returns
 * the URIs it wrote (a list), or a sentence saying why not ("Not generated: refused to write ...").
 */
function generateFailure(result) {
  return Array.isArray(result) ? undefined : String(result ?? 'Not generated: the server gave no answer.');
}

module.exports = { agreementId, summaryPath, generateFailure };
