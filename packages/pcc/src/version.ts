import { createRequire } from 'node:module';

/** Set by the single-file bundle's build (esbuild --define), which has no package.json beside it. */
declare const PCC_BUNDLED_VERSION: string | undefined;

export const VERSION: string =
  typeof PCC_BUNDLED_VERSION === 'string'
    ? PCC_BUNDLED_VERSION
    : createRequire(import.meta.url)('../package.json').version;
export const AGENT = `pcc/${VERSION}`;
/** True in the single-file bundle, whose modules all live in that one file. */
export const BUNDLED = typeof PCC_BUNDLED_VERSION === 'string';
