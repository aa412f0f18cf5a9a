// rm: GNU coreutils src/rm.c and remove.c messages: files always, directories with -r (or -d
// when empty), missing files ignored with -f, `.` and `..` refused.

import { errnoText } from '../../fs/fs-errors.js';
import type { NodeFs } from '../../fs/node-fs.js';
import type { ShellCommand } from '../../interpreter.js';
import { parseGnuOptions, quoteName } from './gnu-options.js';

const SPEC = {
  short: { r: 'recursive', R: 'recursive', f: 'force', i: 'interactive', v: 'verbose', d: 'dir' },
  long: { recursive: 'recursive', force: 'force', interactive: 'interactive', verbose: 'verbose', dir: 'dir', 'no-preserve-root': 'no-preserve-root' },
};

/** rmCommand removes files and directories. */
export function rmCommand(fs: NodeFs): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseGnuOptions('rm', argv.slice(1), SPEC);
    if ('error' in parsed) return (io.stderr(parsed.error), 1);
    const { flags, operands } = parsed;
    if (operands.length === 0) {
      if (flags.has('force')) return 0;
      io.stderr("rm: missing operand\nTry 'rm --help' for more information.\n");
      return 1;
    }
    let status = 0;
    const fail = (text: string): void => {
      io.stderr(`rm: ${text}\n`);
      status = 1;
    };
    for (const name of operands) {
      const st = fs.stat(name);
      if (typeof st === 'string') {
        if (!(st === 'ENOENT' && flags.has('force'))) fail(`cannot remove ${quoteName(name)}: ${errnoText(st)}`);
        continue;
      }
      if (st.kind === 'dir') {
        if (flags.has('recursive') && ['.', '..'].includes(name.replace(/\/+$/, '').split('/').pop() ?? '')) {
          fail(`refusing to remove '.' or '..' directory: skipping ${quoteName(name)}`);
          continue;
        }
        if (flags.has('recursive') && fs.resolve(name) === '/') {
          fail(`it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failure`);
          continue;
        }
        if (!flags.has('recursive') && !flags.has('dir')) {
          fail(`cannot remove ${quoteName(name)}: Is a directory`);
          continue;
        }
      }
      const error = st.kind !== 'dir' ? fs.unlink(name) : flags.has('recursive') ? fs.removeTree(name) : fs.rmdir(name);
      if (error !== undefined) fail(`cannot remove ${quoteName(name)}: ${errnoText(error)}`);
      else if (flags.has('verbose')) io.stdout(`removed ${st.kind === 'dir' ? 'directory ' : ''}${quoteName(name)}\n`);
    }
    return status;
  };
}
