// `docker node ls` rows: docker/cli v28.2.2 cli/command/node/formatter.go. The table's first cell
// is the full node ID followed by ` *` on the node the CLI talks to and two spaces elsewhere
// (`{{.ID}} {{if .Self}}*{{else}} {{ end }}`), so the header reads `ID  `.

import type { ClusterState, SwarmNode } from '../../cluster/index.js';
import { reachability } from '../../cluster/index.js';
import { prettyPrint, renderTable } from '../format/index.js';
import { formatRows } from '../format/simple-template.js';
import { templateFailure } from '../template-failure.js';

/** NodeRow holds the template fields of one node (nodeContext's methods). */
export interface NodeRow {
  ID: string;
  Self: boolean;
  Hostname: string;
  Status: string;
  Availability: string;
  ManagerStatus: string;
  EngineVersion: string;
  TLSStatus: string;
}

/** nodeRow builds a node's row as seen from the node with ID selfId. */
export function nodeRow(state: Readonly<ClusterState>, node: SwarmNode, selfId: string | undefined): NodeRow {
  return {
    ID: node.id,
    Self: node.id === selfId,
    Hostname: node.hostname,
    Status: prettyPrint(node.state),
    Availability: prettyPrint(node.availability),
    ManagerStatus: node.role !== 'manager' ? '' : node.leader ? 'Leader' : prettyPrint(reachability(node)),
    EngineVersion: state.hosts[node.hostname]?.engineVersion ?? '',
    // Every node's certificate is issued by the swarm's one root CA (see resource.ts).
    TLSStatus: 'Ready',
  };
}

const HEADERS = {
  ID: 'ID', Self: '', Hostname: 'HOSTNAME', Status: 'STATUS', Availability: 'AVAILABILITY',
  ManagerStatus: 'MANAGER STATUS', EngineVersion: 'ENGINE VERSION', TLSStatus: 'TLS STATUS',
};

/** formatNodes renders rows for --format (default `table`) and --quiet, as NewFormat chooses. */
export function formatNodes(rows: readonly NodeRow[], format: string, quiet: boolean): string {
  if (format === '' || format === 'table') {
    if (quiet) return rows.map((r) => `${r.ID}\n`).join('');
    const header = ['ID  ', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION'];
    const cells = rows.map((r) => [`${r.ID} ${r.Self ? '*' : ' '}`, r.Hostname, r.Status, r.Availability, r.ManagerStatus, r.EngineVersion]);
    return renderTable({ header, rows: cells });
  }
  if (format === 'json') {
    // formatter.MarshalJSON marshals a map of the context's fields: keys come out sorted.
    const sorted = rows.map((r) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1))));
    return formatRows('json', sorted, HEADERS);
  }
  try {
    return formatRows(format, rows.map((r) => ({ ...r })), HEADERS);
  } catch (error) {
    throw templateFailure(error, '*node.nodeContext', () => 'template parsing error: ');
  }
}
