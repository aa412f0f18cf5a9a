// What a list command prints when its --format cannot be rendered: docker/cli wraps Go's
// text/template error with a prefix that depends on the command and on whether parsing or
// executing failed (cli/command/formatter/formatter.go, cli/command/container/list.go).

import { CliError } from './command.js';
import { TemplateError } from './format/simple-template.js';

/**
 * templateFailure turns a TemplateError into the CLI's error (exit 1), naming the Go type the
 * template ran on for unknown fields; any other error is returned unchanged.
 */
export function templateFailure(error: unknown, goType: string, prefix: (executing: boolean) => string): unknown {
  if (!(error instanceof TemplateError)) return error;
  const executing = error.message.includes('executing');
  const message = /can't evaluate field \S+$/.test(error.message) ? `${error.message} in type ${goType}` : error.message;
  return new CliError(`${prefix(executing)}${message}`);
}
