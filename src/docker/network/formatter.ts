// `docker network ls` table: `table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}`
// (docker/cli cli/command/network/formatter.go). IDs are truncated to 12 unless --no-trunc.

import { renderTable, truncateId } from '../format/index.js';

/** NetworkRow is one network as the list shows it. */
export interface NetworkRow {
  id: string;
  name: string;
  driver: string;
  scope: 'local' | 'swarm';
}

/** formatNetworkTable renders rows; quiet prints IDs only. */
export function formatNetworkTable(rows: readonly NetworkRow[], options: { quiet: boolean; noTrunc: boolean }): string {
  const id = (r: NetworkRow): string => (options.noTrunc ? r.id : truncateId(r.id));
  if (options.quiet) return rows.map((r) => `${id(r)}\n`).join('');
  return renderTable({ header: ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], rows: rows.map((r) => [id(r), r.name, r.driver, r.scope]) });
}
