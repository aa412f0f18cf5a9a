// The `secret ls` / `config ls` rows and the `--pretty` inspect templates (docker/cli v28.2.2
// cli/command/secret/formatter.go, cli/command/config/formatter.go): IDs are never truncated,
// CREATED/UPDATED are go-units HumanDuration + " ago", Labels is `k=v` sorted and comma-joined.

import { humanDuration, type DataKind, type DataObject } from '../../cluster/index.js';
import { CliError } from '../command.js';
import { prettyPrint } from '../format/index.js';
import { goMap, goMethod, renderFormat } from '../format/go-template/index.js';
import { goTimeString } from '../go-time.js';

const TABLE: Record<DataKind, string> = {
  secret: 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}',
  config: 'table {{.ID}}\t{{.Name}}\t{{.CreatedAt}}\t{{.UpdatedAt}}',
};

const PRETTY: Record<DataKind, string> = {
  secret: `ID:              {{.ID}}
Name:              {{.Name}}
{{- if .Labels }}
Labels:
{{- range $k, $v := .Labels }}
 - {{ $k }}{{if $v }}={{ $v }}{{ end }}
{{- end }}{{ end }}
Driver:            {{.Driver}}
Created at:        {{.CreatedAt}}
Updated at:        {{.UpdatedAt}}`,
  config: `ID:\t\t\t{{.ID}}
Name:\t\t\t{{.Name}}
{{- if .Labels }}
Labels:
{{- range $k, $v := .Labels }}
 - {{ $k }}{{if $v }}={{ $v }}{{ end }}
{{- end }}{{ end }}
Created at:            \t{{.CreatedAt}}
Updated at:            \t{{.UpdatedAt}}
Data:
{{.Data}}`,
};

const HEADERS = { ID: 'ID', Name: 'NAME', Driver: 'DRIVER', CreatedAt: 'CREATED', UpdatedAt: 'UPDATED', Labels: 'LABELS' };

/** listFormat is newFormat for `ls`: the default table, `{{.ID}}` with -q, or the user's template. */
export function listFormat(kind: DataKind, format: string, quiet: boolean): string {
  if (format === '' || format === 'table') return quiet ? '{{.ID}}' : TABLE[kind];
  return format;
}

function sortedLabels(labels: Record<string, string>): string {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).sort().join(',');
}

function listRow(kind: DataKind, o: DataObject, now: number): Record<string, unknown> {
  return {
    ID: o.id,
    Name: o.name,
    ...(kind === 'secret' && { Driver: '' }),
    CreatedAt: `${humanDuration(now - o.createdAt)} ago`,
    UpdatedAt: `${humanDuration(now - o.updatedAt)} ago`,
    Labels: sortedLabels(o.labels),
    Label: goMethod(['string'], (name: string) => o.labels[name] ?? ''),
  };
}

function render(format: string, rows: readonly Record<string, unknown>[], typeName: string): string {
  const out = renderFormat(format, rows, { headers: HEADERS, typeName });
  if (typeof out !== 'string') throw new CliError(out.message);
  return out;
}

/** formatList renders `secret ls` / `config ls` rows with a resolved format. */
export function formatList(kind: DataKind, objects: readonly DataObject[], format: string, now: number): string {
  return render(format, objects.map((o) => listRow(kind, o, now)), `*${kind}.${kind}Context`);
}

/** formatPretty renders `inspect --pretty` for each object (inspect contexts print times with PrettyPrint). */
export function formatPretty(kind: DataKind, objects: readonly DataObject[]): string {
  const rows = objects.map((o) => ({
    ID: o.id,
    Name: o.name,
    Labels: goMap({ ...o.labels }, 'map[string]string'),
    Driver: '',
    CreatedAt: prettyPrint(goTimeString(o.createdAt, `${o.id}/${o.createdAt}`)),
    UpdatedAt: prettyPrint(goTimeString(o.updatedAt, `${o.id}/${o.updatedAt}`)),
    Data: o.data,
  }));
  return render(PRETTY[kind], rows, `*${kind}.${kind}InspectContext`);
}
