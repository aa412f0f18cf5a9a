// The node shell's file commands, all over one session's NodeFs, and the ShellFiles adapter the
// interpreter uses for `>`, `>>` and `<`, and the directory walk its pathname expansion uses.

import { errnoText } from '../../fs/fs-errors.js';
import type { NodeFs } from '../../fs/node-fs.js';
import type { ShellCommand, ShellFiles } from '../../interpreter.js';
import type { GlobDirs } from '../../parser/index.js';
import { lsCommand } from './ls.js';
import { mvCpCommand } from './mv-cp.js';
import { rmCommand } from './rm.js';
import { catCommand, cdCommands, mkdirCommand, rmdirCommand, touchCommand } from './simple-commands.js';

/** fileCommands are ls, cat, mkdir, rmdir, rm, mv, cp, touch, cd and pwd on a session's files. */
export function fileCommands(fs: NodeFs, vars: Map<string, string>, prefix: string, now: () => number): Record<string, ShellCommand> {
  return {
    ls: lsCommand(fs, now),
    cat: catCommand(fs),
    mkdir: mkdirCommand(fs),
    rmdir: rmdirCommand(fs),
    rm: rmCommand(fs),
    mv: mvCpCommand(fs, 'mv'),
    cp: mvCpCommand(fs, 'cp'),
    touch: touchCommand(fs),
    ...cdCommands(fs, vars, prefix),
  };
}

/** shellFiles adapts a NodeFs to the interpreter's redirections. */
export function shellFiles(fs: NodeFs): ShellFiles {
  return {
    read: (path) => {
      const read = fs.readFile(path);
      return typeof read === 'string' ? { error: errnoText(read) } : read;
    },
    write: (path, text, append) => {
      const error = fs.writeFile(path, text, append);
      return error === undefined ? undefined : errnoText(error);
    },
    get maxBytes() {
      return fs.limits.maxFileBytes;
    },
  };
}

/** globDirs lets pathname expansion walk a session's files. */
export function globDirs(fs: NodeFs): GlobDirs {
  return {
    list: (dir) => {
      const names = fs.list(dir);
      return typeof names === 'string' ? undefined : names;
    },
    kind: (path) => {
      const st = fs.stat(path);
      return typeof st === 'string' ? undefined : st.kind === 'dir' ? 'dir' : 'other';
    },
  };
}
