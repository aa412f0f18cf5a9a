// The shell parser's public surface.

export type * from './ast.js';
export { parseCommandLine, MAX_INPUT } from './parse.js';
export { expandWord, expandWords, type Lookup } from './expand.js';
