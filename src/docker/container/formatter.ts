// `docker ps` output: docker/cli v28.2.2 cli/command/formatter/container.go (default table, one
// accessor per column, truncation obeying --no-trunc, DisplayablePorts) and NewContainerFormat
// (-q prints IDs, -s adds SIZE). Layout checked against the oracle recordings ps, ps-no-trunc.

import { humanDuration, parseImageRef } from '../../cluster/index.js';
import { goQuote } from '../cli/index.js';
import { ellipsis, truncateId } from '../format/index.js';
import { goMethod } from '../format/go-template/index.js';
import { formatList } from '../list-format.js';
import { humanSizeWithPrecision } from '../units.js';
import type { ContainerSummary } from './summary.js';

/** PsOptions are the options that shape the output. */
export interface PsOptions {
  format: string;
  quiet: boolean;
  noTrunc: boolean;
  /** size is whether the daemon was asked for sizes (-s, or .Size in the template). */
  size: boolean;
  now: number;
}

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const HEADERS = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS',
  State: 'STATE', Status: 'STATUS', Size: 'SIZE', Labels: 'LABELS', Mounts: 'MOUNTS', Names: 'NAMES', Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES', Platform: 'PLATFORM',
};

/** displayablePorts groups consecutive exposed ports of one protocol: `80/tcp, 8000-8001/tcp`. */
export function displayablePorts(exposed: readonly string[]): string {
  const ports = exposed
    .map((p) => ({ port: Number(p.split('/')[0]), type: p.split('/')[1] ?? 'tcp' }))
    .sort((a, b) => a.port - b.port || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const form = (type: string, g: { first: number; last: number }): string => `${g.first === g.last ? g.first : `${g.first}-${g.last}`}/${type}`;
  for (const { port, type } of ports) {
    const g = groups.get(type);
    if (!g) groups.set(type, { first: port, last: port });
    else if (port === g.last + 1) g.last = port;
    else {
      result.push(form(type, g));
      groups.set(type, { first: port, last: port });
    }
  }
  for (const [type, g] of groups) result.push(form(type, g));
  return result.join(', ');
}

function image(c: ContainerSummary, trunc: boolean): string {
  if (!trunc) return c.image;
  const ref = parseImageRef(c.image);
  return ref ? `${ref.repository}:${ref.tag}` : c.image;
}

function createdAt(ms: number): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}

/** containerFields returns the template fields (ContainerContext's accessors) of one container. */
export function containerFields(c: ContainerSummary, o: PsOptions): Record<string, unknown> {
  const trunc = !o.noTrunc;
  // The API reports Created in whole seconds; RunningFor is computed from that.
  const created = Math.floor(c.createdMs / 1000) * 1000;
  return {
    Command: goQuote(trunc ? ellipsis(c.command, 20) : c.command),
    CreatedAt: createdAt(c.createdMs),
    ID: trunc ? truncateId(c.id) : c.id,
    Image: image(c, trunc),
    Labels: Object.entries(c.labels).map(([k, v]) => `${k}=${v}`).sort().join(','),
    Label: goMethod(['string'], (name: string) => (Object.hasOwn(c.labels, name) ? (c.labels[name] as string) : '')),
    LocalVolumes: '0',
    Mounts: '',
    Names: c.name,
    Networks: c.networks.join(','),
    Platform: null,
    Ports: displayablePorts(c.exposed),
    RunningFor: `${humanDuration(o.now - created)} ago`,
    Size: o.size ? `${humanSizeWithPrecision(0, 3)} (virtual ${humanSizeWithPrecision(c.sizeRootFs, 3)})` : '0B',
    State: c.state,
    Status: c.status,
  };
}

const RAW = [
  'container_id: {{.ID}}', 'image: {{.Image}}', 'command: {{.Command}}', 'created_at: {{.CreatedAt}}', 'state: {{- pad .State 1 0}}',
  'status: {{- pad .Status 1 0}}', 'names: {{.Names}}', 'labels: {{- pad .Labels 1 0}}', 'ports: {{- pad .Ports 1 0}}', '',
].join('\n');

/** containerFormat is NewContainerFormat without -q: the default table (plus SIZE with -s), `raw`, or the user's template. */
export function containerFormat(format: string, size: boolean): string {
  if (format === '' || format === 'table') return `${DEFAULT_TABLE}${size ? '\t{{.Size}}' : ''}`;
  if (format === 'raw') return `${RAW}${size ? 'size: {{.Size}}\\n' : ''}`;
  return format;
}

/** formatContainers renders the containers as `docker ps` prints them. */
export function formatContainers(containers: readonly ContainerSummary[], o: PsOptions): string {
  const rows = containers.map((c) => containerFields(c, o));
  if (o.quiet) return rows.map((r) => `${String(r.ID)}\n`).join('');
  return formatList(containerFormat(o.format, o.size), rows, { headers: HEADERS, typeName: '*formatter.ContainerContext' });
}
