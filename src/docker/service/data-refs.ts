// `--secret`/`--config` on `service create` and `--secret-add/-rm`, `--config-add/-rm` on
// `service update`. Fidelity: docker/cli v28.2.2 opts/swarmopts/secret.go and config.go
// (SecretOpt.Set, ConfigOpt.Set), cli/command/service/parse.go (ParseSecrets, ParseConfigs:
// names resolved to IDs by the CLI), cli/command/service/update.go (getUpdatedSecrets/Configs).

import { dataObjects, type ClusterState, type DataKind, type DataReference } from '../../cluster/index.js';
import { fail, ok, type CustomFlag, type GoResult, type ParsedFlags } from '../cli/index.js';
import { readCsvRecord } from '../cli/go-csv.js';
import { CliError } from '../command.js';
import { version } from './service-flags.js';

/** RequestedRef is one --secret/--config value before its name is resolved to an ID. */
export type RequestedRef = Omit<DataReference, 'id'>;

/** parseDataRef is SecretOpt.Set / ConfigOpt.Set: `name` or `source=..,target=..,uid=..,gid=..,mode=..`. */
export function parseDataRef(kind: DataKind, value: string): GoResult<RequestedRef> {
  const fields = readCsvRecord(value);
  if (!fields.ok) return fields;
  const ref: RequestedRef = { name: '', target: '', uid: '0', gid: '0', mode: 0o444 };
  if (fields.value.length === 1 && !(fields.value[0] ?? '').includes('=')) {
    const name = fields.value[0] ?? '';
    return ok({ ...ref, name, target: name });
  }
  for (const field of fields.value) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? '' : field.slice(0, eq);
    const val = field.slice(eq + 1);
    if (key === '') return fail(`invalid field '${field}' must be a key=value pair`);
    switch (key.toLowerCase()) {
      case 'source': case 'src': ref.name = val; break;
      case 'target': ref.target = val; break;
      case 'uid': ref.uid = val; break;
      case 'gid': ref.gid = val; break;
      case 'mode': {
        const mode = parseGoUint(val);
        if (mode === undefined) return fail(`invalid mode specified: strconv.ParseUint: parsing ${JSON.stringify(val)}: invalid syntax`);
        ref.mode = mode;
        break;
      }
      default: return fail(`invalid field in ${kind} request: ${key}`);
    }
  }
  if (ref.name === '') return fail('source is required');
  return ok({ ...ref, target: ref.target === '' ? ref.name : ref.target });
}

/** parseGoUint is strconv.ParseUint(s, 0, 32) for the forms a mode is written in (0444, 0o444, 292, 0x124). */
function parseGoUint(s: string): number | undefined {
  const t = s.replace(/_/g, '');
  let n: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(t)) n = parseInt(t.slice(2), 16);
  else if (/^0[oO]?[0-7]+$/.test(t)) n = parseInt(t.replace(/^0[oO]?/, '') || '0', 8);
  else if (/^0[bB][01]+$/.test(t)) n = parseInt(t.slice(2), 2);
  else if (/^[0-9]+$/.test(t)) n = parseInt(t, 10);
  else return undefined;
  return n <= 0xffffffff ? n : undefined;
}

/** dataRefFlag is a repeatable `secret`/`config` typed flag. */
export function dataRefFlag(kind: DataKind, name: string, usage: string, v: string): CustomFlag {
  return {
    name, usage, kind: 'custom', typeName: kind, initial: (): RequestedRef[] => [], defValue: '', annotations: version(v),
    set(previous, raw) {
      const parsed = parseDataRef(kind, raw);
      return parsed.ok ? ok([...(previous as RequestedRef[]), parsed.value]) : parsed;
    },
  };
}

/** resolveDataRefs is ParseSecrets/ParseConfigs: duplicate targets refused, names looked up by exact name. */
export function resolveDataRefs(state: Readonly<ClusterState>, kind: DataKind, requested: readonly RequestedRef[]): DataReference[] {
  const byTarget = new Map<string, RequestedRef>();
  for (const ref of requested) {
    if (byTarget.has(ref.target)) throw new CliError(`duplicate ${kind} target for ${ref.name} not allowed`);
    byTarget.set(ref.target, ref);
  }
  const objects = dataObjects(state, kind);
  return [...byTarget.values()].map((ref) => {
    const found = objects.find((o) => o.name === ref.name);
    if (!found) throw new CliError(`${kind} not found: ${ref.name}`);
    return { id: found.id, ...ref };
  });
}

/** updatedDataRefs is getUpdatedSecrets/getUpdatedConfigs: drop the -rm names, then append the resolved -add values. */
export function updatedDataRefs(state: Readonly<ClusterState>, kind: DataKind, flags: ParsedFlags, current: readonly DataReference[]): DataReference[] {
  const remove = new Set(flags.custom<string[]>(`${kind}-rm`));
  const kept = current.filter((r) => !remove.has(r.name));
  if (!flags.changed(`${kind}-add`)) return kept;
  return [...kept, ...resolveDataRefs(state, kind, flags.custom<RequestedRef[]>(`${kind}-add`))];
}
