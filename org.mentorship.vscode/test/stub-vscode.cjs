// The least of the `vscode` module for loading the bundled extension outside VS Code (test only): every
// export is an empty class, so the bundle's modules can define their classes; nothing is called.
'use strict';
module.exports = new Proxy({}, { get: () => class Stub {} });
