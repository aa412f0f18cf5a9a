// Reads the real docker 28.2.2 recordings under test/golden/oracle/ (see its README.md).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ORACLE_DIR is where the recordings live. */
export const ORACLE_DIR = fileURLToPath(new URL('../../../golden/oracle/', import.meta.url));

/** OracleCase is one recording: argv after `docker`, environment, terminal width and bytes. */
export interface OracleCase {
  readonly slug: string;
  readonly argv: string[];
  readonly env: Record<string, string>;
  /** cols is the tty width, or null when recorded without a tty. */
  readonly cols: number | null;
  /** stdout holds, for tty cases, stdout and stderr merged, with the pty's CRLF turned into LF. */
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/** readOracle loads a recording, or returns null when its files are absent. */
export function readOracle(slug: string): OracleCase | null {
  const base = `${ORACLE_DIR}${slug}`;
  if (!existsSync(`${base}.cmd`) || !existsSync(`${base}.stdout`)) return null;
  const [command = '', mode = ''] = readFileSync(`${base}.cmd`, 'utf8').split('\n');
  const words = command.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words.length > 0 && /^[A-Z_]+=/.test(words[0] as string)) {
    const [k, v] = (words.shift() as string).split('=', 2);
    env[k as string] = v ?? '';
  }
  if (words.shift() !== 'docker') throw new Error(`${slug}: not a docker command: ${command}`);
  const tty = /^tty cols=(\d+)/.exec(mode);
  const stdout = readFileSync(`${base}.stdout`, 'utf8');
  return {
    slug,
    argv: words,
    env,
    cols: tty ? Number(tty[1]) : null,
    stdout: tty ? stdout.replaceAll('\r\n', '\n') : stdout,
    stderr: existsSync(`${base}.stderr`) ? readFileSync(`${base}.stderr`, 'utf8') : '',
    exit: Number(readFileSync(`${base}.exit`, 'utf8').trim()),
  };
}
