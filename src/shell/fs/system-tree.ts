// The read-only part of a node's filesystem around the user's home: the usual top-level
// directories, /dev/null and /etc/hostname. Only the home is writable (the user is not root);
// /home shows just the user's own directory, since other users' homes are private (mode 0700).

import { joinPath, parentOf } from './path.js';

/** SystemEntry is a file, directory or device outside the home. */
export type SystemEntry = { kind: 'dir' } | { kind: 'file'; content: string } | { kind: 'null' };

const TOP = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];
const MORE = ['/usr/bin', '/usr/lib', '/usr/local', '/usr/sbin', '/usr/share', '/var/lib', '/var/log', '/var/tmp'];

/** systemTree builds the read-only entries of one node for one user (home itself excluded). */
export function systemTree(hostname: string): Map<string, SystemEntry> {
  const tree = new Map<string, SystemEntry>([['/', { kind: 'dir' }]]);
  for (const name of TOP) tree.set(`/${name}`, { kind: 'dir' });
  for (const dir of MORE) tree.set(dir, { kind: 'dir' });
  tree.set('/dev/null', { kind: 'null' });
  tree.set('/etc/hostname', { kind: 'file', content: `${hostname}\n` });
  return tree;
}

/** systemChildren lists the names directly inside a system directory. */
export function systemChildren(tree: ReadonlyMap<string, SystemEntry>, dir: string): string[] {
  const names: string[] = [];
  for (const path of tree.keys()) {
    if (path !== '/' && parentOf(path) === dir) names.push(path.slice(joinPath(dir, '').length));
  }
  return names;
}
