/** ajv, loaded on the first call (see load-ajv.cjs). */
declare function loadAjv(): typeof import('ajv')
export = loadAjv
