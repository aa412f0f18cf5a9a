// A session's view of a node's filesystem: a working directory, the user's writable home (a
// HomeVolume shared by the user's sessions on this node) and the read-only system tree around
// it. Each operation works like its system call and returns the errno on failure.

import type { FsCode } from './fs-errors.js';
import type { EntryChange } from './home-storage.js';
import type { HomeVolume } from './home-volume.js';
import { isWithin, joinPath, parentOf, resolvePath, tooLong, utf8Length } from './path.js';
import { systemChildren, systemTree, type SystemEntry } from './system-tree.js';

/** FileStat is what stat(2) tells about a path. */
export interface FileStat {
  kind: 'dir' | 'file' | 'null';
  size: number;
  mtime: number;
  /** owner is the user for the home's entries, root elsewhere. */
  owner: string;
}

/** NodeFs is one session's filesystem on a node. */
export class NodeFs {
  readonly home: string;
  cwd: string;
  private readonly system: Map<string, SystemEntry>;

  constructor(
    private readonly volume: HomeVolume,
    private readonly now: () => number,
  ) {
    this.home = `/home/${volume.key.user}`;
    this.cwd = this.home;
    this.system = systemTree(volume.key.node);
  }

  /** limits are the volume's size and count limits. */
  get limits(): HomeVolume['limits'] {
    return this.volume.limits;
  }

  /** resolve turns a typed path into an absolute one. */
  resolve(path: string): string {
    return resolvePath(this.cwd, path);
  }

  /** stat describes a path. */
  stat(path: string): FileStat | FsCode {
    if (path === '') return 'ENOENT';
    if (tooLong(path)) return 'ENAMETOOLONG';
    const abs = this.resolve(path);
    // A trailing slash or `/.` asks for a directory: `cat file/` is ENOTDIR.
    const wantsDir = /\/\.?$/.test(path) && abs !== '/';
    const found = this.lookup(abs);
    if (typeof found === 'string') return found;
    if (wantsDir && found.kind !== 'dir') return 'ENOTDIR';
    return found;
  }

  /** list returns the names in a directory, unsorted. */
  list(path: string): string[] | FsCode {
    const st = this.stat(path);
    if (typeof st === 'string') return st;
    if (st.kind !== 'dir') return 'ENOTDIR';
    const abs = this.resolve(path);
    const rel = this.relative(abs);
    if (rel !== undefined) return this.volume.children(rel);
    const names = systemChildren(this.system, abs);
    return abs === '/home' ? [...names, this.volume.key.user] : names;
  }

  /** readFile returns a file's text. */
  readFile(path: string): { text: string } | FsCode {
    const st = this.stat(path);
    if (typeof st === 'string') return st;
    if (st.kind === 'dir') return 'EISDIR';
    return { text: this.contentAt(this.resolve(path)) };
  }

  /** writeFile creates or replaces a file (append adds to it); writes to /dev/null vanish. */
  writeFile(path: string, text: string, append = false): FsCode | undefined {
    const target = this.writable(path, 'file');
    if (typeof target === 'string') return target;
    if (target.rel === null) return undefined;
    const before = this.volume.get(target.rel);
    if (before?.kind === 'dir') return 'EISDIR';
    const content = append && before?.kind === 'file' ? before.content + text : text;
    return this.volume.commit([this.put(target.rel, 'file', content)]);
  }

  /** mkdir creates one directory. */
  mkdir(path: string): FsCode | undefined {
    const target = this.writable(path, 'dir');
    if (typeof target === 'string') return target;
    if (target.rel === null || this.volume.get(target.rel) !== undefined) return 'EEXIST';
    return this.volume.commit([this.put(target.rel, 'dir', '')]);
  }

  /** unlink removes a file. */
  unlink(path: string): FsCode | undefined {
    const found = this.existingInHome(path);
    if (typeof found === 'string') return found;
    const { rel } = found;
    if (rel === '' || this.volume.get(rel)?.kind === 'dir') return 'EISDIR';
    return this.volume.commit([{ op: 'delete', path: rel }]);
  }

  /** rmdir removes an empty directory. */
  rmdir(path: string): FsCode | undefined {
    const found = this.existingInHome(path);
    if (typeof found === 'string') return found;
    const { rel } = found;
    if (rel === '') return 'EACCES';
    if (this.volume.get(rel)?.kind !== 'dir') return 'ENOTDIR';
    if (this.volume.children(rel).length > 0) return 'ENOTEMPTY';
    return this.volume.commit([{ op: 'delete', path: rel }]);
  }

  /** removeTree removes a file or a directory with everything in it, in one commit. */
  removeTree(path: string): FsCode | undefined {
    const found = this.existingInHome(path);
    if (typeof found === 'string') return found;
    const { rel } = found;
    if (rel === '') return 'EACCES';
    const paths = [...this.volume.descendants(rel), rel];
    return this.volume.commit(paths.map((p) => ({ op: 'delete', path: p })));
  }

  /** rename moves a file or directory like rename(2): a file target is replaced, an empty directory target too. */
  rename(from: string, to: string): FsCode | undefined {
    const found = this.existingInHome(from);
    if (typeof found === 'string') return found;
    const src = found.rel;
    if (src === '') return 'EACCES';
    const target = this.writable(to, this.volume.get(src)?.kind ?? 'file');
    if (typeof target === 'string') return target;
    const dst = target.rel;
    if (dst === null) return 'EACCES';
    if (dst === src) return undefined;
    if (isWithin(`/${dst}`, `/${src}`)) return 'EINVAL';
    const replaced = this.replaceable(src, dst);
    if (replaced !== undefined) return replaced;
    const changes: EntryChange[] = [];
    if (this.volume.get(dst) !== undefined) changes.push({ op: 'delete', path: dst });
    for (const p of [src, ...this.volume.descendants(src)]) {
      const entry = this.volume.get(p);
      if (!entry) continue;
      changes.push({ op: 'delete', path: p });
      changes.push(this.put(dst + p.slice(src.length), entry.kind, entry.kind === 'file' ? entry.content : '', entry.mtime));
    }
    return this.volume.commit(changes);
  }

  /** copy copies a file, or a whole directory when recursive, onto a path that must not be a directory. */
  copy(from: string, to: string): FsCode | undefined {
    const st = this.stat(from);
    if (typeof st === 'string') return st;
    const abs = this.resolve(from);
    const kind = st.kind === 'dir' ? 'dir' : 'file';
    const target = this.writable(to, kind);
    if (typeof target === 'string') return target;
    const dst = target.rel;
    if (dst === null) return undefined;
    const existing = this.volume.get(dst);
    if (kind === 'file') {
      if (existing?.kind === 'dir') return 'EISDIR';
      return this.volume.commit([this.put(dst, 'file', this.contentAt(abs))]);
    }
    if (isWithin(`${this.home}/${dst}`, abs)) return 'EINVAL';
    if (existing !== undefined && existing.kind !== 'dir') return 'ENOTDIR';
    return this.volume.commit(this.treeCopy(abs, dst));
  }

  /** touch creates an empty file or updates a file's time. */
  touch(path: string): FsCode | undefined {
    const st = this.stat(path);
    if (typeof st !== 'string') {
      const rel = this.relative(this.resolve(path));
      if (rel === undefined) return st.kind === 'null' ? undefined : 'EACCES';
      const entry = this.volume.get(rel);
      if (rel === '' || entry === undefined) return undefined;
      return this.volume.commit([this.put(rel, entry.kind, entry.kind === 'file' ? entry.content : '')]);
    }
    return this.writeFile(path, '');
  }

  /** chdir changes the working directory. */
  chdir(path: string): FsCode | undefined {
    const st = this.stat(path);
    if (typeof st === 'string') return st;
    if (st.kind !== 'dir') return 'ENOTDIR';
    this.cwd = this.resolve(path);
    return undefined;
  }

  /** relative is a path's place in the home ('' for the home), undefined outside it. */
  relative(abs: string): string | undefined {
    if (abs === this.home) return '';
    return abs.startsWith(`${this.home}/`) ? abs.slice(this.home.length + 1) : undefined;
  }

  private lookup(abs: string): FileStat | FsCode {
    if (this.volume.broken && isWithin(abs, this.home)) return 'EIO';
    const rel = this.relative(abs);
    if (rel === undefined) {
      const entry = this.system.get(abs);
      if (entry) return { kind: entry.kind, size: entry.kind === 'file' ? utf8Length(entry.content) : entry.kind === 'dir' ? 4096 : 0, mtime: 0, owner: 'root' };
      return this.system.get(parentOf(abs))?.kind === 'file' ? 'ENOTDIR' : 'ENOENT';
    }
    let dir = '';
    for (const name of rel === '' ? [] : rel.split('/')) {
      const parent = this.volume.get(dir);
      if (parent?.kind !== 'dir') return parent ? 'ENOTDIR' : 'ENOENT';
      dir = dir === '' ? name : `${dir}/${name}`;
    }
    const entry = this.volume.get(dir);
    if (!entry) return 'ENOENT';
    const size = entry.kind === 'file' ? entry.size : 4096;
    return { kind: entry.kind, size, mtime: entry.mtime, owner: this.volume.key.user };
  }

  /** writable checks that a path may be created or replaced; its relative path, null for /dev/null. */
  private writable(path: string, kind: 'file' | 'dir'): { rel: string | null } | FsCode {
    if (path === '') return 'ENOENT';
    if (tooLong(path)) return 'ENAMETOOLONG';
    const abs = this.resolve(path);
    const existing = this.lookup(abs);
    if (typeof existing !== 'string' && existing.kind === 'null') return { rel: null };
    if (kind === 'file' && /\/\.?$/.test(path)) return typeof existing === 'string' ? 'EISDIR' : existing.kind === 'dir' ? 'EISDIR' : 'ENOTDIR';
    const parent = this.lookup(parentOf(abs));
    if (typeof parent === 'string') return parent;
    if (parent.kind !== 'dir') return 'ENOTDIR';
    const rel = this.relative(abs);
    if (rel === undefined || rel === '') return typeof existing === 'string' || kind === 'file' ? 'EACCES' : 'EEXIST';
    return { rel };
  }

  private existingInHome(path: string): { rel: string } | FsCode {
    const st = this.stat(path);
    if (typeof st === 'string') return st;
    const rel = this.relative(this.resolve(path));
    return rel === undefined ? 'EACCES' : { rel };
  }

  /** contentAt is the text of an existing file (empty for /dev/null). */
  private contentAt(abs: string): string {
    const rel = this.relative(abs);
    const entry = rel !== undefined ? this.volume.get(rel) : this.system.get(abs);
    return entry?.kind === 'file' ? entry.content : '';
  }

  /** replaceable says whether rename may put src over dst (kind rules of rename(2)). */
  private replaceable(src: string, dst: string): FsCode | undefined {
    const target = this.volume.get(dst);
    if (!target) return undefined;
    const source = this.volume.get(src);
    if (source?.kind === 'dir' && target.kind !== 'dir') return 'ENOTDIR';
    if (source?.kind !== 'dir' && target.kind === 'dir') return 'EISDIR';
    if (target.kind === 'dir' && this.volume.children(dst).length > 0) return 'ENOTEMPTY';
    return undefined;
  }

  private treeCopy(absDir: string, dst: string): EntryChange[] {
    const changes: EntryChange[] = [];
    if (this.volume.get(dst) === undefined) changes.push(this.put(dst, 'dir', ''));
    const names = this.list(absDir);
    if (typeof names === 'string') return changes;
    for (const name of names.sort()) {
      const child = joinPath(absDir, name);
      const st = this.lookup(child);
      if (typeof st === 'string') continue;
      if (st.kind === 'dir') changes.push(...this.treeCopy(child, `${dst}/${name}`));
      else changes.push(this.put(`${dst}/${name}`, 'file', this.contentAt(child)));
    }
    return changes;
  }

  private put(path: string, kind: 'file' | 'dir', content: string, mtime = this.now()): EntryChange {
    return { op: 'put', entry: { path, kind, content, mtime } };
  }
}
