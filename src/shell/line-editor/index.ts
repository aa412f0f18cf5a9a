// The line editor's public surface: the shell imports from here, not from the parts.

export { LineEditor, type LineEditorOptions, type ReadOptions, type ReadResult } from './line-editor.js';
export type { Completer, CompletionResult } from './completion.js';
export { codePointWidth, stringWidth } from './width.js';
