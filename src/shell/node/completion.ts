// Tab completion on a node, like docker's bash completion: shell commands first, then docker's
// subcommands and flags from the same command tree the CLI parses with, then object names from
// the live cluster (containers on this node for exec, services, networks, nodes); file names
// from the user's home wherever bash would complete them (arguments of other commands, after
// -c/--file/--compose-file, and after a redirection).

import { containerName, containersOnHost, swarmNetworksVisibleOn, type ClusterState } from '../../cluster/index.js';
import type { CommandSpec } from '../../docker/cli/index.js';
import { dockerTree } from '../../docker/registry.js';
import type { NodeFs } from '../fs/node-fs.js';
import type { Completer } from '../line-editor/index.js';

const SHELL_COMMANDS = ['cat', 'cd', 'clear', 'cp', 'date', 'docker', 'echo', 'exit', 'grep', 'head', 'help', 'history', 'hostname', 'id', 'logout', 'ls', 'mkdir', 'mv', 'nano', 'printf', 'pwd', 'rm', 'rmdir', 'sleep', 'sort', 'tail', 'touch', 'uname', 'uniq', 'wall', 'wc', 'who', 'whoami', 'write'];

// Docker flags whose value is a file on the node.
const FILE_FLAGS = new Set(['-c', '--compose-file', '-f', '--file', '--env-file']);

type Objects = (state: ClusterState, hostname: string) => string[];

const containers: Objects = (state, hostname) => containersOnHost(state, hostname).flatMap((t) => [containerName(state, t)]);
const services: Objects = (state) => Object.values(state.services).map((s) => s.spec.name);
const networks: Objects = (state, hostname) => [
  ...(state.hosts[hostname]?.localNetworks.map((n) => n.name) ?? []),
  ...swarmNetworksVisibleOn(state, hostname).map((n) => n.name),
];
const nodes: Objects = (state) => [...Object.values(state.nodes).map((n) => n.hostname), 'self'];

// Which objects a verb's positional arguments name, by command path.
const ARGUMENTS: Record<string, Objects> = {
  exec: containers,
  'container exec': containers,
  'service ps': services,
  'service inspect': services,
  'service rm': services,
  'service update': services,
  'service logs': services,
  'service rollback': services,
  'service scale': (s) => services(s, '').map((n) => `${n}=`),
  'network inspect': networks,
  'network rm': networks,
  'node ps': nodes,
  'node inspect': nodes,
  'node update': nodes,
  'node promote': nodes,
  'node demote': nodes,
  'node rm': nodes,
};

// Which objects a flag's value names.
const FLAG_VALUES: Record<string, Objects> = { '--network': networks };

/** nodeCompleter completes command lines typed on a node. */
export function nodeCompleter(state: () => Readonly<ClusterState>, hostname: string, files?: NodeFs): Completer {
  return (line, cursor) => {
    const before = line.slice(0, cursor);
    const start = before.search(/\S*$/);
    const word = before.slice(start);
    const words = before.slice(0, start).trim().split(/\s+/).filter((w) => w !== '');
    const cut = Math.max(...['|', ';', '&&', '||'].map((op) => words.lastIndexOf(op)));
    const lastCommand = cut >= 0 ? words.slice(cut + 1) : words;
    const previous = lastCommand[lastCommand.length - 1] ?? '';
    if (files && lastCommand.length > 0 && (lastCommand[0] !== 'docker' || FILE_FLAGS.has(previous) || /^[0-9&]?[<>]{1,2}$/.test(previous))) {
      const dirsOnly = lastCommand[0] === 'cd' || lastCommand[0] === 'rmdir';
      return { candidates: fileCandidates(files, word, dirsOnly), start, end: cursor };
    }
    const candidates = complete(state() as ClusterState, hostname, lastCommand, word);
    return { candidates: candidates.filter((c) => c.startsWith(word)).sort(), start, end: cursor };
  };
}

/** fileCandidates lists the names in the word's directory that start with its last part; directories end in `/`. */
export function fileCandidates(files: NodeFs, word: string, dirsOnly: boolean): string[] {
  const slash = word.lastIndexOf('/');
  const dir = slash >= 0 ? word.slice(0, slash + 1) : '';
  const stem = word.slice(slash + 1);
  const expanded = dir.startsWith('~/') ? `${files.home}/${dir.slice(2)}` : dir === '' ? '.' : dir;
  const names = files.list(expanded);
  if (typeof names === 'string') return [];
  const base = expanded.endsWith('/') ? expanded : `${expanded}/`;
  return names
    .filter((n) => n.startsWith(stem) && (stem.startsWith('.') || !n.startsWith('.')))
    .flatMap((n) => {
      const st = files.stat(base + n);
      const isDir = typeof st !== 'string' && st.kind === 'dir';
      return dirsOnly && !isDir ? [] : [`${dir}${n}${isDir ? '/' : ''}`];
    })
    .sort();
}

function complete(state: ClusterState, hostname: string, words: string[], word: string): string[] {
  if (words.length === 0) return SHELL_COMMANDS;
  if (words[0] !== 'docker') return [];
  const previous = words[words.length - 1] ?? '';
  const flagObjects = FLAG_VALUES[previous];
  if (flagObjects) return flagObjects(state, hostname);
  let command: CommandSpec<unknown> = dockerTree('/root/.docker');
  const path: string[] = [];
  for (const w of words.slice(1)) {
    if (w.startsWith('-')) continue;
    const child = command.subcommands?.find((c) => c.name === w || c.aliases?.includes(w));
    if (!child) break;
    command = child;
    path.push(child.name);
  }
  if (word.startsWith('-')) {
    return (command.flags ?? []).filter((f) => !f.hidden).flatMap((f) => [`--${f.name}`, ...(f.shorthand ? [`-${f.shorthand}`] : [])]);
  }
  if (command.subcommands && command.subcommands.length > 0) {
    return command.subcommands.filter((c) => !c.hidden).map((c) => c.name);
  }
  return ARGUMENTS[path.join(' ')]?.(state, hostname) ?? [];
}
