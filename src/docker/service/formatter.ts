// The `docker service ls` table (docker/cli v28.2.2 cli/command/service/formatter.go
// defaultServiceTableFormat, serviceContext): ID always 12 chars, MODE, REPLICAS
// `running/desired` (with `(max N per node)`), IMAGE without digest, PORTS the ingress ports.
import type { Service } from '../../cluster/index.js';
import { truncateId } from '../format/index.js';
import { displayImage } from '../image-ref.js';
import { formatList } from '../list-format.js';
import { servicePortsColumn } from './ports-column.js';

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}';
const RAW = 'id: {{.ID}}\\nname: {{.Name}}\\nmode: {{.Mode}}\\nreplicas: {{.Replicas}}\\nimage: {{.Image}}\\nports: {{.Ports}}\\n';
const HEADERS = { ID: 'ID', Name: 'NAME', Mode: 'MODE', Replicas: 'REPLICAS', Image: 'IMAGE', Ports: 'PORTS' };

/** ServiceRow is one service with the status the daemon computed for it (ListServiceStatuses). */
export interface ServiceRow {
  service: Service;
  running: number;
  desired: number;
}

/** serviceFields returns the template fields of one row. */
export function serviceFields(row: ServiceRow): Record<string, string> {
  const { spec } = row.service;
  return {
    ID: truncateId(row.service.id),
    Name: spec.name,
    Mode: spec.mode.kind,
    Replicas: `${row.running}/${row.desired}${maxPerNode(row.service)}`,
    Image: displayImage(spec.image),
    Ports: servicePortsColumn(row.service.endpointPorts ?? []),
  };
}

function maxPerNode(service: Service): string {
  const max = service.spec.mode.kind === 'replicated' ? service.spec.placement?.maxReplicas ?? 0 : 0;
  return max > 0 ? ` (max ${max} per node)` : '';
}

/** serviceListFormat is NewListFormat: `table` and `raw` keywords, -q, or the user's template. */
export function serviceListFormat(format: string, quiet: boolean): string {
  if (format === '' || format === 'table') return quiet ? '{{.ID}}' : DEFAULT_TABLE;
  if (format === 'raw') return quiet ? 'id: {{.ID}}' : RAW;
  return format;
}

/** formatServices renders rows with a resolved format; a bad template is Context.Write's error. */
export function formatServices(rows: readonly ServiceRow[], format: string): string {
  return formatList(format, rows.map(serviceFields), { headers: HEADERS, typeName: '*service.serviceContext' });
}
