// The Go types `docker … inspect --format` runs a template on first (docker/cli
// cli/command/inspect/inspector.go executes on the typed object): moby v28.2.2
// api/types/swarm (Node, Service) and api/types/network (Inspect). The typed view of an API
// JSON object has Go's field names (`ID`, not the JSON `Id`), declaration order and zero values
// for fields the JSON omits, so `{{.ManagerStatus.Leader}}`, `{{.Status}}` (`{ready  10.0.0.2}`)
// and `{{.CreatedAt}}` (time.Time's String()) print as docker prints them. Only the parts
// students reach are described; anything else keeps its JSON shape.

import { goMap, goStruct } from './format/go-template/index.js';

/** GoType describes a Go type well enough to build a typed view of its JSON. */
export type GoType =
  | 'string' | 'bool' | 'int' | 'time' | 'any'
  | { readonly struct: string; readonly fields: readonly Field[]; readonly pointer?: boolean }
  | { readonly map: string }
  | { readonly slice: GoType };

/** Field is one struct field: Go name, type, and JSON name when it differs. */
type Field = readonly [name: string, type: GoType, json?: string];

const struct = (name: string, fields: readonly Field[]): GoType => ({ struct: name, fields });
const pointer = (name: string, fields: readonly Field[]): GoType => ({ struct: name, fields, pointer: true });
const labels: GoType = { map: 'map[string]string' };
const strings: GoType = { slice: 'string' };
const meta: Field[] = [['Version', struct('swarm.Version', [['Index', 'int']])], ['CreatedAt', 'time'], ['UpdatedAt', 'time']];

/** goTimeString prints an RFC 3339 UTC time as time.Time's String() does. */
function goTimeString(rfc3339: string): string {
  return rfc3339.replace(/^(\d{4}-\d\d-\d\d)T([\d:.]+)Z$/, '$1 $2 +0000 UTC');
}

/** NODE is swarm.Node. */
export const NODE: GoType = struct('swarm.Node', [
  ['ID', 'string'],
  ...meta,
  ['Spec', struct('swarm.NodeSpec', [['Name', 'string'], ['Labels', labels], ['Role', 'string'], ['Availability', 'string']])],
  ['Description', struct('swarm.NodeDescription', [
    ['Hostname', 'string'],
    ['Platform', struct('swarm.Platform', [['Architecture', 'string'], ['OS', 'string']])],
    ['Resources', struct('swarm.Resources', [['NanoCPUs', 'int'], ['MemoryBytes', 'int']])],
    ['Engine', struct('swarm.EngineDescription', [['EngineVersion', 'string'], ['Labels', labels], ['Plugins', 'any']])],
    ['TLSInfo', struct('swarm.TLSInfo', [['TrustRoot', 'string'], ['CertIssuerSubject', 'any'], ['CertIssuerPublicKey', 'any']])],
  ])],
  ['Status', struct('swarm.NodeStatus', [['State', 'string'], ['Message', 'string'], ['Addr', 'string']])],
  ['ManagerStatus', pointer('*swarm.ManagerStatus', [['Leader', 'bool'], ['Reachability', 'string'], ['Addr', 'string']])],
]);

const CONTAINER_SPEC = pointer('*swarm.ContainerSpec', [
  ['Image', 'string'], ['Labels', labels], ['Command', strings], ['Args', strings], ['Hostname', 'string'], ['Env', strings], ['Dir', 'string'], ['User', 'string'],
]);

/** SERVICE is swarm.Service. */
export const SERVICE: GoType = struct('swarm.Service', [
  ['ID', 'string'],
  ...meta,
  ['Spec', struct('swarm.ServiceSpec', [
    ['Name', 'string'],
    ['Labels', labels],
    ['TaskTemplate', struct('swarm.TaskSpec', [['ContainerSpec', CONTAINER_SPEC]])],
    ['Mode', struct('swarm.ServiceMode', [['Replicated', pointer('*swarm.ReplicatedService', [['Replicas', 'int']])], ['Global', 'any']])],
  ])],
  ['Endpoint', struct('swarm.Endpoint', [['Spec', 'any'], ['Ports', 'any'], ['VirtualIPs', 'any']])],
  ['UpdateStatus', pointer('*swarm.UpdateStatus', [['State', 'string'], ['StartedAt', 'time'], ['CompletedAt', 'time'], ['Message', 'string']])],
]);

/** NETWORK is network.Inspect (its ID is `Id` in JSON). */
export const NETWORK: GoType = struct('network.Inspect', [
  ['Name', 'string'], ['ID', 'string', 'Id'], ['Created', 'time'], ['Scope', 'string'], ['Driver', 'string'], ['EnableIPv4', 'bool'], ['EnableIPv6', 'bool'],
  ['IPAM', struct('network.IPAM', [
    ['Driver', 'string'], ['Options', labels],
    ['Config', { slice: struct('network.IPAMConfig', [['Subnet', 'string'], ['IPRange', 'string'], ['Gateway', 'string'], ['AuxAddress', labels, 'AuxiliaryAddresses']]) }],
  ])],
  ['Internal', 'bool'], ['Attachable', 'bool'], ['Ingress', 'bool'],
  ['ConfigFrom', struct('network.ConfigReference', [['Network', 'string']])], ['ConfigOnly', 'bool'],
  ['Containers', { map: 'map[string]network.EndpointResource' }], ['Options', labels], ['Labels', labels],
]);

function zero(type: GoType): unknown {
  if (type === 'string') return '';
  if (type === 'bool') return false;
  if (type === 'int') return 0;
  if (type === 'time') return '0001-01-01 00:00:00 +0000 UTC';
  if (type === 'any') return undefined;
  if ('map' in type) return goMap({}, type.map);
  if ('slice' in type) return [];
  return type.pointer ? null : typedView({}, type);
}

function generic(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(generic);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, generic(v)]));
  if (value === null || typeof value !== 'object') return value;
  return goStruct(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, generic(v)])), 'struct {}');
}

/** typedView converts API JSON (plain objects, Maps, arrays) to the typed value the template first sees. */
export function typedView(value: unknown, type: GoType): unknown {
  if (value === undefined || (value === null && type !== 'any')) return value === undefined && type !== 'any' ? zero(type) : null;
  if (type === 'any') return generic(value);
  if (type === 'time') return typeof value === 'string' ? goTimeString(value) : value;
  if (typeof type === 'string') return value;
  if ('map' in type) return goMap(value instanceof Map ? Object.fromEntries(value) : (value as object), type.map);
  if ('slice' in type) return Array.isArray(value) ? value.map((v) => typedView(v, type.slice)) : value;
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Map) return value;
  const json = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const known = new Set<string>();
  for (const [name, fieldType, jsonName] of type.fields) {
    known.add(jsonName ?? name);
    const v = typedView(json[jsonName ?? name], fieldType);
    if (v !== undefined) out[name] = v;
  }
  for (const [k, v] of Object.entries(json)) if (!known.has(k) && v !== undefined) out[k] = generic(v);
  // encoding/json on the typed struct writes the API JSON again (field tags, omitempty).
  return goStruct(out, type.struct, { json: value });
}
