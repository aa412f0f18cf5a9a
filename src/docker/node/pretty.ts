// `docker node inspect --pretty`: docker/cli v28.2.2 cli/command/node/formatter.go
// nodeInspectPrettyTemplate, rendered without the tabwriter (the tabs stay), one block per node
// followed by a newline. Checked against the oracle recording node-inspect-pretty-self.

import type { ClusterState, SwarmNode } from '../../cluster/index.js';
import { hasManagerStatus, managerAddr, reachability } from '../../cluster/index.js';
import { prettyPrint } from '../format/index.js';
import { goTimeString } from '../go-time.js';
import { bytesSize } from '../units.js';
import { ENGINE_PLUGINS, SWARM_CA_PEM, SWARM_CA_PUBLIC_KEY, SWARM_CA_SUBJECT } from './resource.js';

function labelLines(labels: Readonly<Record<string, string>>): string[] {
  return Object.keys(labels)
    .sort()
    .map((k) => ` - ${k}${labels[k] ? `=${labels[k]}` : ''}`);
}

function pluginLines(): string[] {
  const byType = new Map<string, string[]>();
  for (const p of ENGINE_PLUGINS) byType.set(p.Type, [...(byType.get(p.Type) ?? []), p.Name]);
  return [...byType.keys()].sort().map((type) => ` ${type}:\t\t${(byType.get(type) ?? []).join(', ')}`);
}

/** prettyNode renders one node the way `docker node inspect --pretty` does. */
export function prettyNode(state: Readonly<ClusterState>, node: SwarmNode): string {
  const host = state.hosts[node.hostname];
  const addr = host?.addr ?? '';
  const lines = [`ID:\t\t\t${node.id}`];
  if (Object.keys(node.labels).length > 0) lines.push('Labels:', ...labelLines(node.labels));
  lines.push(
    `Hostname:              \t${node.hostname}`,
    `Joined at:             \t${prettyPrint(goTimeString(node.createdAt, node.id))}`,
    'Status:',
    ` State:\t\t\t${prettyPrint(node.state)}`,
    ` Availability:         \t${prettyPrint(node.availability)}`,
  );
  if (addr !== '') lines.push(` Address:\t\t${addr}`);
  if (hasManagerStatus(node)) {
    lines.push('Manager Status:', ` Address:\t\t${managerAddr(state, node)}`, ` Raft Status:\t\t${prettyPrint(reachability(node))}`, ` Leader:\t\t${node.leader ? 'Yes' : 'No'}`);
  }
  const cpus = Math.trunc((host?.nanoCpus ?? 0) / 1e9);
  const memory = host?.memoryBytes ? bytesSize(host.memoryBytes) : '';
  lines.push('Platform:', ' Operating System:\tlinux', ' Architecture:\t\tx86_64', 'Resources:', ` CPUs:\t\t\t${cpus}`, ` Memory:\t\t${memory}`);
  lines.push('Plugins:', ...pluginLines(), `Engine Version:\t\t${host?.engineVersion ?? ''}`);
  // TrustRoot ends with a newline, which leaves an empty line before Issuer Subject.
  lines.push('TLS Info:', ' TrustRoot:', `${SWARM_CA_PEM}`, ` Issuer Subject:\t${SWARM_CA_SUBJECT}`, ` Issuer Public Key:\t${SWARM_CA_PUBLIC_KEY}`);
  return `${lines.join('\n')}\n`;
}
