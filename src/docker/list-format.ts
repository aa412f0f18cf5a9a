// The one place a list command's --format becomes output or docker's error. Every `ls`/`ps`
// renders its rows (formatter contexts: plain objects whose fields are the context's methods)
// through the Go template engine, as formatter.Context.Write does; a template that fails to
// parse or execute is `template parsing error: …`, printed on stderr with exit status 1
// (docker/cli cli/command/formatter/formatter.go parseFormat and contextFormat).

import { CliError } from './command.js';
import { FormatError, renderFormat, type RenderOptions } from './format/go-template/index.js';

/** ListFormat names a context's Go type and the column header of each of its fields. */
export type ListFormat = RenderOptions;

/** formatList renders rows with a resolved format (`table …`, `json`, or a template), or throws the CLI's error. */
export function formatList(format: string, rows: readonly object[], options: ListFormat): string {
  const out = renderFormat(format, rows, options);
  if (out instanceof FormatError) throw new CliError(out.message);
  return out;
}
