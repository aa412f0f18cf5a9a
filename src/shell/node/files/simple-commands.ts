// cat, mkdir, rmdir, touch, cd and pwd over a NodeFs, with GNU coreutils' and bash's messages.

import { errnoText } from '../../fs/fs-errors.js';
import type { NodeFs } from '../../fs/node-fs.js';
import type { ShellCommand } from '../../interpreter.js';
import { parseGnuOptions, quoteIfNeeded, quoteName } from './gnu-options.js';

/** catCommand concatenates files (`-` is standard input) to standard output. */
export function catCommand(fs: NodeFs): ShellCommand {
  return async ({ argv, io, input }) => {
    const parsed = parseGnuOptions('cat', argv.slice(1), { short: { n: 'number' }, long: { number: 'number' } });
    if ('error' in parsed) return (io.stderr(parsed.error), 1);
    const names = parsed.operands.length === 0 ? ['-'] : parsed.operands;
    let status = 0;
    let out = '';
    for (const name of names) {
      const read = name === '-' ? { text: input ?? '' } : fs.readFile(name);
      if (typeof read === 'string') {
        io.stderr(`cat: ${quoteIfNeeded(name)}: ${errnoText(read)}\n`);
        status = 1;
        continue;
      }
      out += read.text;
    }
    if (parsed.flags.has('number')) out = numbered(out);
    io.stdout(out);
    return status;
  };
}

function numbered(text: string): string {
  const lines = text.split('\n');
  const last = lines.pop();
  const body = lines.map((l, i) => `${String(i + 1).padStart(6)}\t${l}\n`).join('');
  return last === '' || last === undefined ? body : `${body}${String(lines.length + 1).padStart(6)}\t${last}`;
}

/** mkdirCommand makes directories (`-p`: parents too, no error if existing). */
export function mkdirCommand(fs: NodeFs): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseGnuOptions('mkdir', argv.slice(1), { short: { p: 'parents', v: 'verbose' }, long: { parents: 'parents', verbose: 'verbose' } });
    if ('error' in parsed) return (io.stderr(parsed.error), 1);
    if (parsed.operands.length === 0) return (io.stderr("mkdir: missing operand\nTry 'mkdir --help' for more information.\n"), 1);
    let status = 0;
    for (const name of parsed.operands) {
      for (const path of parsed.flags.has('parents') ? prefixes(name) : [name]) {
        const st = fs.stat(path);
        if (path !== name && typeof st !== 'string' && st.kind === 'dir') continue;
        if (path === name && parsed.flags.has('parents') && typeof st !== 'string' && st.kind === 'dir') continue;
        const error = fs.mkdir(path);
        if (error !== undefined) {
          io.stderr(`mkdir: cannot create directory ${quoteName(path)}: ${errnoText(error)}\n`);
          status = 1;
          break;
        }
        if (parsed.flags.has('verbose')) io.stdout(`mkdir: created directory ${quoteName(path)}\n`);
      }
    }
    return status;
  };
}

/** prefixes lists a, a/b, a/b/c for a/b/c, as typed (mkdir -p names each directory it makes). */
function prefixes(name: string): string[] {
  const out: string[] = [];
  const parts = name.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (parts[i - 1] !== '' && parts[i - 1] !== '.' && parts[i - 1] !== '..') out.push(prefix);
  }
  if (out[out.length - 1] !== name && out.length > 0) out[out.length - 1] = name;
  return out.length === 0 ? [name] : out;
}

/** rmdirCommand removes empty directories. */
export function rmdirCommand(fs: NodeFs): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseGnuOptions('rmdir', argv.slice(1), { short: {}, long: {} });
    if ('error' in parsed) return (io.stderr(parsed.error), 1);
    if (parsed.operands.length === 0) return (io.stderr("rmdir: missing operand\nTry 'rmdir --help' for more information.\n"), 1);
    let status = 0;
    for (const name of parsed.operands) {
      const error = fs.rmdir(name);
      if (error === undefined) continue;
      io.stderr(`rmdir: failed to remove ${quoteName(name)}: ${errnoText(error)}\n`);
      status = 1;
    }
    return status;
  };
}

/** touchCommand creates empty files or updates their times. */
export function touchCommand(fs: NodeFs): ShellCommand {
  return async ({ argv, io }) => {
    const parsed = parseGnuOptions('touch', argv.slice(1), { short: { c: 'no-create' }, long: { 'no-create': 'no-create' } });
    if ('error' in parsed) return (io.stderr(parsed.error), 1);
    if (parsed.operands.length === 0) return (io.stderr("touch: missing file operand\nTry 'touch --help' for more information.\n"), 1);
    let status = 0;
    for (const name of parsed.operands) {
      if (parsed.flags.has('no-create') && fs.stat(name) === 'ENOENT') continue;
      const error = fs.touch(name);
      if (error === undefined) continue;
      io.stderr(`touch: cannot touch ${quoteName(name)}: ${errnoText(error)}\n`);
      status = 1;
    }
    return status;
  };
}

/** cdCommands are bash's cd and pwd builtins, keeping PWD and OLDPWD in vars. */
export function cdCommands(fs: NodeFs, vars: Map<string, string>, prefix: string): Record<string, ShellCommand> {
  const cd: ShellCommand = async ({ argv, io }) => {
    const args = argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P')));
    if (args.length > 1) return (io.stderr(`${prefix}cd: too many arguments\n`), 1);
    let target = args[0] ?? vars.get('HOME') ?? fs.home;
    if (target === '-') {
      const old = vars.get('OLDPWD');
      if (old === undefined) return (io.stderr(`${prefix}cd: OLDPWD not set\n`), 1);
      target = old;
    }
    if (target === '') return 0;
    const error = fs.chdir(target);
    if (error !== undefined) return (io.stderr(`${prefix}cd: ${target}: ${errnoText(error)}\n`), 1);
    vars.set('OLDPWD', vars.get('PWD') ?? fs.home);
    vars.set('PWD', fs.cwd);
    if (args[0] === '-') io.stdout(`${fs.cwd}\n`);
    return 0;
  };
  const pwd: ShellCommand = async ({ io }) => (io.stdout(`${fs.cwd}\n`), 0);
  return { cd, pwd };
}
