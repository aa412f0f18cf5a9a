// Flags that many docker commands declare with identical texts: --format, --filter, --quiet.
// Fidelity: docker/cli cli/flags/options.go (FormatHelp, InspectFormatHelp),
// cli/command/service/list.go, cli/command/network/list.go (flag declarations).
import { filterOpt } from './docker-opts.js';
import type { FlagSpec } from './spec.js';

/** FORMAT_HELP is the --format usage of list commands (flagsHelper.FormatHelp). */
export const FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

/** INSPECT_FORMAT_HELP is the --format usage of inspect commands (flagsHelper.InspectFormatHelp). */
export const INSPECT_FORMAT_HELP = `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

/** formatFlag is `--format string` (list commands) with the given usage and optional `-f`. */
export function formatFlag(usage: string = FORMAT_HELP, shorthand?: string): FlagSpec {
  return { kind: 'string', name: 'format', usage, ...(shorthand !== undefined ? { shorthand } : {}) };
}

/** inspectFormatFlag is inspect's `-f, --format string`. */
export function inspectFormatFlag(): FlagSpec {
  return formatFlag(INSPECT_FORMAT_HELP, 'f');
}

/** filterFlag is `-f, --filter filter` ("Filter output based on conditions provided"). */
export function filterFlag(): FlagSpec {
  return filterOpt({ name: 'filter', shorthand: 'f', usage: 'Filter output based on conditions provided' });
}

/** quietFlag is `-q, --quiet` with the command's own usage text ("Only display IDs"...). */
export function quietFlag(usage = 'Only display IDs'): FlagSpec {
  return { kind: 'bool', name: 'quiet', shorthand: 'q', usage };
}

/** noTruncFlag is `--no-trunc` with the command's own usage text. */
export function noTruncFlag(usage = 'Do not truncate output'): FlagSpec {
  return { kind: 'bool', name: 'no-trunc', usage };
}
