/* global module, require */
'use strict'
// ajv's compiler, loaded on first use only: loading and running it costs ~100 ms, and the
// prebuilt validators (src/engine/generated/) serve the published caps without it. A CommonJS
// `require` inside a function keeps validation synchronous, and ncc still bundles ajv (evaluating
// it on the first call); `createRequire` in an ES module would leave ajv out of the bundle.
module.exports = function loadAjv() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('ajv')
}
