// Pathname expansion (bash(1) "Pathname Expansion"): a word with an unquoted `*`, `?` or `[` is
// replaced by the sorted paths it matches, walking one directory level per `/`. A name starting
// with `.` only matches a pattern component that starts with a `.`, and `.`/`..` never match
// (bash 5.2's globskipdots, the default). No match: the caller keeps the word as it was.

import { hasGlob, matchGlob, unescapeGlob } from './glob-match.js';

/** GlobDirs is the filesystem a pathname expansion walks (paths as typed, relative to the cwd). */
export interface GlobDirs {
  /** list returns the names in a directory ('' is the working directory), undefined if unreadable. */
  list(dir: string): readonly string[] | undefined;
  /** kind says whether a path is a directory, another entry, or missing. */
  kind(path: string): 'dir' | 'other' | undefined;
}

/** MAX_GLOB_RESULTS bounds one word's expansion, so a pattern over the whole tree cannot flood memory. */
export const MAX_GLOB_RESULTS = 10_000;

/** expandPathname returns the paths that match pattern, in byte order; [] when none match. */
export function expandPathname(pattern: string, dirs: GlobDirs): string[] {
  if (!hasGlob(pattern)) return [];
  const absolute = pattern.startsWith('/');
  const components = pattern.split('/').slice(absolute ? 1 : 0);
  const out: string[] = [];
  walk(absolute ? '/' : '', components, dirs, out);
  return out.sort(byteOrder);
}

function walk(prefix: string, components: readonly string[], dirs: GlobDirs, out: string[]): void {
  if (out.length >= MAX_GLOB_RESULTS) return;
  const [component, ...rest] = components;
  if (component === undefined) {
    if (dirs.kind(prefix) !== undefined) out.push(prefix);
    return;
  }
  // An empty component is a repeated or trailing slash: `*/` asks for directories only.
  if (component === '') {
    if (rest.length === 0) {
      if (prefix !== '' && dirs.kind(prefix) === 'dir') out.push(prefix);
    } else walk(prefix.endsWith('/') ? prefix : `${prefix}/`, rest, dirs, out);
    return;
  }
  if (!hasGlob(component)) {
    const next = `${prefix}${unescapeGlob(component)}`;
    if (rest.length === 0) walk(next, [], dirs, out);
    else if (dirs.kind(next) === 'dir') walk(`${next}/`, rest, dirs, out);
    return;
  }
  const names = dirs.list(prefix === '' ? '.' : prefix) ?? [];
  const dotted = component.startsWith('.') || component.startsWith('\\.');
  for (const name of [...names].sort(byteOrder)) {
    if (name === '.' || name === '..' || (name.startsWith('.') && !dotted)) continue;
    if (!matchGlob(component, name)) continue;
    const next = `${prefix}${name}`;
    if (rest.length === 0) out.push(next);
    else if (dirs.kind(next) === 'dir') walk(`${next}/`, rest, dirs, out);
    if (out.length >= MAX_GLOB_RESULTS) return;
  }
}

/** byteOrder compares like strcmp, as bash does in the C.UTF-8 locale (and as our ls sorts). */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
