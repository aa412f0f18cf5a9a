// --format for commands that print one object rather than a list (`docker info`,
// `docker version`): the template is parsed before anything is printed (a bad one exits 64 with
// `template parsing error: …`), then run once; on an execution error Go has already written
// part of the output, the CLI ends it with a newline and reports the error (exit 1).
// Fidelity: docker/cli v28.2.2 cli/command/system/info.go (formatInfo) and version.go
// (newVersionTemplate, prettyPrintVersion).

import { CliError } from './command.js';
import { fn, parseTemplate, ParseError, type FuncMap, type Template } from './format/go-template/index.js';

/** parseObjectFormat parses a --format value (template name as the command names it), or throws exit 64. */
export function parseObjectFormat(format: string, name = '', funcs: FuncMap = {}): Template {
  const tmpl = parseTemplate(format, { name, funcs });
  if (tmpl instanceof ParseError) throw new CliError(`template parsing error: ${tmpl.message}`, 64);
  return tmpl;
}

/** ObjectFormatResult is the text to print (ended by a newline) and the execution error, if any. */
export interface ObjectFormatResult {
  readonly text: string;
  readonly error?: CliError;
}

/** runObjectFormat executes the template over a typed object (plain objects are Go structs). */
export function runObjectFormat(tmpl: Template, object: unknown, typeName: string): ObjectFormatResult {
  const out = tmpl.execute(object, { typeName });
  if (typeof out === 'string') return { text: `${out}\n` };
  return { text: `${out.partial}\n`, error: new CliError(out.message) };
}

/** VERSION_FUNCS adds version.go's getDetailsOrder: a component's Details keys, sorted. */
export const VERSION_FUNCS: FuncMap = {
  getDetailsOrder: fn(['any'], undefined, (a) => {
    const details = (a[0] as { Details?: unknown } | null)?.Details;
    const keys = details instanceof Map ? [...details.keys()].map(String) : Object.keys(details ?? {});
    return keys.sort();
  }, '[]string'),
};
