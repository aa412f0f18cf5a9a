// Reading a secret's or config's content the way the CLI does (docker/cli v28.2.2
// cli/command/secret/create.go readSecretData, cli/command/config/create.go readConfigData):
// `-` is standard input, anything else a file on this node; empty content is refused.

import type { DockerHost } from '../host.js';

/** readData returns the content, or the CLI's error text (without the command's own prefix). */
export function readData(host: DockerHost, kind: 'secret' | 'config', file: string): { ok: true; text: string } | { ok: false; error: string } {
  if (file === '') return { ok: false, error: `${kind} file is required` };
  if (file === '-') {
    // Piped or here-document input; an interactive terminal's keys are not read (EOF at once).
    const text = host.io.input ?? '';
    return text === '' ? { ok: false, error: 'error reading from STDIN: data is empty' } : { ok: true, text };
  }
  const read = host.files?.readFile(file) ?? { ok: false, error: 'no such file or directory' };
  if (!read.ok) return { ok: false, error: `error reading from ${file}: open ${file}: ${read.error}` };
  if (read.text === '') return { ok: false, error: `error reading from ${file}: data is empty` };
  return read;
}
