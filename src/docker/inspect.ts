// `docker <object> inspect` for every object kind, as docker/cli cli/command/inspect/inspector.go
// does it: look every reference up, print the found objects (indented JSON array, `json` compact,
// or a template per object), then all failures joined on stderr with exit status 1.

import { CliError } from './command.js';
import { daemonText } from './daemon.js';
import { inspectOutput, inspectOutputCompact } from './format/index.js';
import { parseInspectTemplate, unescapeHtml, type InspectTemplate } from './inspect-template.js';
import type { DockerHost } from './host.js';

/** InspectLookup returns the API object for one reference or throws the daemon's error. */
export type InspectLookup = (ref: string) => unknown;

/** errorText renders a failed lookup the way the CLI prints it. */
export function errorText(error: unknown): string {
  return error instanceof CliError ? error.message : daemonText(error);
}

/**
 * inspectObjects prints the objects named by refs with --format and returns the exit status.
 * raw says the CLI prints the engine's JSON as received (network inspect) rather than
 * re-marshalling a typed object (node inspect), which keeps `<`, `>` and `&` unescaped.
 */
export function inspectObjects(host: DockerHost, refs: readonly string[], format: string, lookup: InspectLookup, raw = false): number {
  let template: InspectTemplate | undefined;
  if (format !== '' && format !== 'json') {
    const parsed = parseInspectTemplate(format);
    // Inspect returns cli.StatusError{StatusCode: 64} for a template that does not parse.
    if (typeof parsed === 'string') throw new CliError(`template parsing error: ${parsed}`, 64);
    template = parsed;
  }
  const found: unknown[] = [];
  const errors: string[] = [];
  let rendered = '';
  for (const ref of refs) {
    let object: unknown;
    try {
      object = lookup(ref);
    } catch (error) {
      if (!isUserError(error)) throw error;
      errors.push(errorText(error));
      continue;
    }
    found.push(object);
    if (template) {
      const out = template.execute(object);
      if (out.ok) rendered += `${out.text}\n`;
      else errors.push(`template parsing error: ${out.error}`);
    }
  }
  if (template) host.io.stdout(rendered === '' ? '\n' : rendered);
  else {
    const json = format === 'json' ? inspectOutputCompact(found) : inspectOutput(found);
    host.io.stdout(raw ? unescapeHtml(json) : json);
  }
  if (errors.length === 0) return 0;
  host.io.stderr(`${errors.join('\n')}\n`);
  return 1;
}

function isUserError(error: unknown): boolean {
  return error instanceof Error && ['CliError', 'DaemonError', 'ClusterError'].includes(error.name);
}
