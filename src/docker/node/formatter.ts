// `docker node ls` rows: docker/cli v28.2.2 cli/command/node/formatter.go. The table's first cell
// is the full node ID followed by ` *` on the node the CLI talks to and two spaces elsewhere
// (`{{.ID}} {{if .Self}}*{{else}} {{ end }}`), so the header reads `ID  `.

import type { ClusterState, SwarmNode } from '../../cluster/index.js';
import { hasManagerStatus, reachability } from '../../cluster/index.js';
import { prettyPrint, renderTable } from '../format/index.js';
import { formatList } from '../list-format.js';

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
    // Only raft members have a ManagerStatus (swarmkit controlapi fills it from the memberlist).
    ManagerStatus: !hasManagerStatus(node) ? '' : node.leader ? 'Leader' : prettyPrint(reachability(node)),
    EngineVersion: state.hosts[node.hostname]?.engineVersion ?? '',
    // Every node's certificate is issued by the swarm's one root CA (see resource.ts).
    TLSStatus: 'Ready',
  };
}

const HEADERS = {
  ID: 'ID', Self: '', Hostname: 'HOSTNAME', Status: 'STATUS', Availability: 'AVAILABILITY',
  ManagerStatus: 'MANAGER STATUS', EngineVersion: 'ENGINE VERSION', TLSStatus: 'TLS STATUS',
};

const RAW = 'node_id: {{.ID}}\\nhostname: {{.Hostname}}\\nstatus: {{.Status}}\\navailability: {{.Availability}}\\nmanager_status: {{.ManagerStatus}}\\n';
const RAW_QUIET = 'node_id: {{.ID}}';

/** formatNodes renders rows for --format (default `table`) and --quiet, as NewFormat chooses. */
export function formatNodes(rows: readonly NodeRow[], format: string, quiet: boolean): string {
  if (format === '' || format === 'table') {
    if (quiet) return rows.map((r) => `${r.ID}\n`).join('');
    const header = ['ID  ', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION'];
    const cells = rows.map((r) => [`${r.ID} ${r.Self ? '*' : ' '}`, r.Hostname, r.Status, r.Availability, r.ManagerStatus, r.EngineVersion]);
    return renderTable({ header, rows: cells });
  }
  // NewFormat's `raw` keyword; anything else is the user's template (`json` included).
  const resolved = format !== 'raw' ? format : quiet ? RAW_QUIET : RAW;
  return formatList(resolved, rows, { headers: HEADERS, typeName: '*node.nodeContext' });
}
