// `docker network ls` output (docker/cli v28.2.2 cli/command/network/formatter.go): NewFormat
// picks the default table, `raw` or the user's template; networkContext's methods are the
// fields a template sees (ID truncated to 12 unless --no-trunc, booleans as "true"/"false",
// Labels joined `k=v,…`, CreatedAt as Go's time.Time String()).

import { goMethod } from '../format/go-template/index.js';
import { truncateId } from '../format/index.js';
import { formatList } from '../list-format.js';

/** NetworkSummary is the part of the engine's network.Summary the list shows. */
export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  scope: string;
  ipv4: boolean;
  ipv6: boolean;
  internal: boolean;
  labels: Readonly<Record<string, string>>;
  /** created is the API's RFC 3339 time, e.g. 2026-11-22T20:39:51.050890699Z. */
  created: string;
}

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
const RAW = 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n';
const HEADERS = {
  ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv4: 'IPV4', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT',
};

/** networkListFormat is NewFormat: `table` (or -q) and `raw` keywords, else the user's template. */
export function networkListFormat(format: string, quiet: boolean): string {
  if (format === '' || format === 'table') return quiet ? '{{.ID}}' : DEFAULT_TABLE;
  if (format === 'raw') return quiet ? 'network_id: {{.ID}}' : RAW;
  return format;
}

/** goTimeString prints an RFC 3339 UTC time as Go's time.Time String() does. */
function goTimeString(rfc3339: string): string {
  return rfc3339.replace(/^(\d{4}-\d\d-\d\d)T([\d:.]+)Z$/, '$1 $2 +0000 UTC');
}

/** networkContext returns the fields and methods a --format template sees for one network. */
export function networkContext(n: NetworkSummary, trunc: boolean): object {
  return {
    ID: trunc ? truncateId(n.id) : n.id,
    Name: n.name,
    Driver: n.driver,
    Scope: n.scope,
    IPv4: String(n.ipv4),
    IPv6: String(n.ipv6),
    Internal: String(n.internal),
    Labels: Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).sort().join(','),
    Label: goMethod(['string'], (name: string) => (Object.hasOwn(n.labels, name) ? (n.labels[name] as string) : '')),
    CreatedAt: goTimeString(n.created),
  };
}

/** formatNetworks renders networks with a resolved format (see networkListFormat). */
export function formatNetworks(networks: readonly NetworkSummary[], format: string, trunc: boolean): string {
  return formatList(format, networks.map((n) => networkContext(n, trunc)), { headers: HEADERS, typeName: '*network.networkContext' });
}
