// The shell parser's public surface.

export type * from './ast.js';
export { parseCommandLine, MAX_INPUT } from './parse.js';
export { expandWord, expandWords, type Glob, type Lookup } from './expand.js';
export { escapeGlob, hasGlob, matchGlob, unescapeGlob } from './glob-match.js';
export { expandPathname, MAX_GLOB_RESULTS, type GlobDirs } from './pathname.js';
