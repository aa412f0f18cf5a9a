// mv and cp: GNU coreutils src/mv.c, cp.c and copy.c messages. The last operand is the target;
// when it is a directory each source goes inside it under its own name.

import { errnoText } from '../../fs/fs-errors.js';
import type { NodeFs } from '../../fs/node-fs.js';
import { baseName, isWithin } from '../../fs/path.js';
import type { ShellCommand } from '../../interpreter.js';
import { parseGnuOptions, quoteName, type OptionSpec } from './gnu-options.js';

type Verb = 'mv' | 'cp';

const SPECS: Record<Verb, OptionSpec> = {
  mv: {
    short: { f: 'force', i: 'interactive', n: 'no-clobber', v: 'verbose', T: 'no-target-directory' },
    long: { force: 'force', interactive: 'interactive', 'no-clobber': 'no-clobber', verbose: 'verbose', 'no-target-directory': 'no-target-directory' },
  },
  cp: {
    short: { r: 'recursive', R: 'recursive', a: 'recursive', f: 'force', i: 'interactive', n: 'no-clobber', v: 'verbose', p: 'preserve', T: 'no-target-directory' },
    long: { recursive: 'recursive', archive: 'recursive', force: 'force', interactive: 'interactive', 'no-clobber': 'no-clobber', verbose: 'verbose', preserve: 'preserve', 'no-target-directory': 'no-target-directory' },
  },
};

/** mvCpCommand builds mv or cp. */
export function mvCpCommand(fs: NodeFs, verb: Verb): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseGnuOptions(verb, argv.slice(1), SPECS[verb]);
    if ('error' in parsed) return (io.stderr(parsed.error), 1);
    const { flags, operands } = parsed;
    const hint = `Try '${verb} --help' for more information.\n`;
    if (operands.length === 0) return (io.stderr(`${verb}: missing file operand\n${hint}`), 1);
    const dest = operands[operands.length - 1] ?? '';
    if (operands.length === 1) return (io.stderr(`${verb}: missing destination file operand after ${quoteName(dest)}\n${hint}`), 1);
    const sources = operands.slice(0, -1);
    const destStat = fs.stat(dest);
    const intoDir = !flags.has('no-target-directory') && typeof destStat !== 'string' && destStat.kind === 'dir';
    if (!intoDir && sources.length > 1) {
      io.stderr(`${verb}: target ${quoteName(dest)} is not a directory\n`);
      return 1;
    }
    let status = 0;
    for (const source of sources) {
      const target = intoDir ? `${dest.replace(/\/+$/, '')}/${baseName(fs.resolve(source))}` : dest;
      const message = transfer(fs, verb, source, target, flags);
      if (message === undefined) {
        if (flags.has('verbose')) io.stdout(`${verb === 'mv' ? 'renamed ' : ''}${quoteName(source)} -> ${quoteName(target)}\n`);
        continue;
      }
      if (message !== '') {
        io.stderr(`${verb}: ${message}\n`);
        status = 1;
      }
    }
    return status;
  };
}

/** transfer moves or copies one source; the error message, '' when skipped silently. */
function transfer(fs: NodeFs, verb: Verb, source: string, target: string, flags: Set<string>): string | undefined {
  const st = fs.stat(source);
  if (typeof st === 'string') return `cannot stat ${quoteName(source)}: ${errnoText(st)}`;
  if (verb === 'cp' && st.kind === 'dir' && !flags.has('recursive')) return `-r not specified; omitting directory ${quoteName(source)}`;
  const from = fs.resolve(source);
  const to = fs.resolve(target);
  const existing = fs.stat(target);
  if (from === to) return `${quoteName(source)} and ${quoteName(target)} are the same file`;
  if (st.kind === 'dir' && isWithin(to, from)) {
    return verb === 'mv' ? `cannot move ${quoteName(source)} to a subdirectory of itself, ${quoteName(target)}` : `cannot copy a directory, ${quoteName(source)}, into itself, ${quoteName(target)}`;
  }
  if (typeof existing !== 'string') {
    if (flags.has('no-clobber')) return '';
    if (st.kind === 'dir' && existing.kind !== 'dir') return `cannot overwrite non-directory ${quoteName(target)} with directory ${quoteName(source)}`;
    if (st.kind !== 'dir' && existing.kind === 'dir') return `cannot overwrite directory ${quoteName(target)} with non-directory`;
  }
  const error = verb === 'mv' ? fs.rename(source, target) : fs.copy(source, target);
  if (error === undefined) return undefined;
  if (verb === 'mv') return `cannot move ${quoteName(source)} to ${quoteName(target)}: ${errnoText(error)}`;
  return `cannot create ${st.kind === 'dir' ? 'directory' : 'regular file'} ${quoteName(target)}: ${errnoText(error)}`;
}
