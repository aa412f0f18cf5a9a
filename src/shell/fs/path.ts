// Path arithmetic of the simulated filesystem: always absolute, `/`-separated, normalised, and
// never above `/` (`..` at the root stays at the root, as the kernel does).

/** PATH_MAX and NAME_MAX are Linux's limits (linux/limits.h); longer paths fail with ENAMETOOLONG. */
export const PATH_MAX = 4096;
export const NAME_MAX = 255;

/** resolvePath turns what a user typed into a normalised absolute path, relative to cwd. */
export function resolvePath(cwd: string, input: string): string {
  const start = input.startsWith('/') ? [] : splitPath(cwd);
  const parts = [...start];
  for (const part of input.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** splitPath lists the names of an absolute path: `/home/alice` -> [home, alice]. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p !== '' && p !== '.');
}

/** parentOf is the directory holding a path (`/` for `/`). */
export function parentOf(path: string): string {
  const parts = splitPath(path);
  parts.pop();
  return `/${parts.join('/')}`;
}

/** baseName is the last name of a path, `/` for the root. */
export function baseName(path: string): string {
  return splitPath(path).pop() ?? '/';
}

/** joinPath appends a name to a directory path. */
export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** isWithin is true when path is dir itself or lies below it. */
export function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/** tooLong is true when a typed path breaks PATH_MAX or one of its names NAME_MAX. */
export function tooLong(input: string): boolean {
  return input.length >= PATH_MAX || input.split('/').some((name) => name.length > NAME_MAX);
}

/** promptPath shows a directory as bash's \w does: `~`, `~/app`, `/tmp`. */
export function promptPath(cwd: string, home: string): string {
  if (cwd === home) return '~';
  if (home !== '/' && cwd.startsWith(`${home}/`)) return `~${cwd.slice(home.length)}`;
  return cwd;
}

/** utf8Length counts the bytes of text encoded as UTF-8 (file sizes are in bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
