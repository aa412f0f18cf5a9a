// From a validated compose document to a ComposeConfig (docker/cli v28.2.2
// cli/compose/loader/loader.go: LoadServices, transforms for ports, environment, labels,
// external; cli/command/stack/loader/loader.go GetUnsupportedProperties). Keys docker ignores
// for swarm are reported as docker reports them; keys docker uses but swarmlab does not model
// are refused by name.

import { shlexSplit } from '../../service/opts.js';
import type { ComposeConfig, ComposeData, ComposeFileRef, ComposeNetwork, ComposePort, ComposeService } from './model.js';

type Dict = Record<string, unknown>;

/** IGNORED_BY_DOCKER are the service keys `docker stack deploy` ignores with a warning (types.UnsupportedProperties). */
const IGNORED_BY_DOCKER = new Set(`build cap_add cap_drop cgroupns_mode cgroup_parent devices domainname external_links ipc links
  mac_address network_mode pid privileged restart security_opt shm_size userns_mode`.split(/\s+/));

const MODELLED = new Set(['deploy', 'image', 'command', 'environment', 'labels', 'hostname', 'networks', 'ports', 'secrets', 'configs', 'stop_grace_period']);
const MODELLED_DEPLOY = new Set(['mode', 'replicas', 'labels', 'placement', 'resources', 'restart_policy', 'update_config', 'rollback_config', 'endpoint_mode']);

/** LoadResult is the config plus docker's warnings, or a refusal. */
export type LoadResult = { ok: true; config: ComposeConfig; ignored: string[] } | { ok: false; error: string };

const dict = (v: unknown): Dict => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : {});
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** listOrDict is loader's transform for labels/environment: `k=v` strings or a mapping (null → key only). */
function listOrDict(v: unknown, sep = '='): string[] {
  if (Array.isArray(v)) return v.map(str);
  return Object.entries(dict(v)).map(([k, val]) => (val === null || val === undefined ? k : `${k}${sep}${str(val)}`));
}

function labelMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of listOrDict(v)) {
    const eq = entry.indexOf('=');
    out[eq < 0 ? entry : entry.slice(0, eq)] = eq < 0 ? '' : entry.slice(eq + 1);
  }
  return out;
}

/** parsePort is the short port syntax (nat.ParsePortSpec): `[published:]target[/protocol]`. */
function parsePort(spec: string): ComposePort[] | string {
  const m = /^(?:(\d+):)?(\d+)(?:\/(tcp|udp|sctp))?$/.exec(spec);
  if (!m) return `swarmlab: the port form ${JSON.stringify(spec)} is not simulated in this lab yet (use "PUBLISHED:TARGET" or the long form)`;
  const published = m[1] === undefined ? undefined : Number(m[1]);
  return [{ target: Number(m[2]), ...(published !== undefined && { published }), protocol: m[3] ?? 'tcp', mode: 'ingress' }];
}

function ports(v: unknown): ComposePort[] | string {
  const out: ComposePort[] = [];
  for (const item of Array.isArray(v) ? v : []) {
    if (typeof item === 'object' && item !== null) {
      const p = item as Dict;
      out.push({ target: Number(p.target ?? 0), ...(p.published !== undefined && { published: Number(p.published) }), protocol: str(p.protocol) || 'tcp', mode: str(p.mode) || 'ingress' });
      continue;
    }
    const parsed = parsePort(str(item));
    if (typeof parsed === 'string') return parsed;
    out.push(...parsed);
  }
  return out;
}

function fileRefs(v: unknown): ComposeFileRef[] {
  return (Array.isArray(v) ? v : []).map((item) => {
    if (typeof item === 'string') return { source: item };
    const r = dict(item);
    return {
      source: str(r.source),
      ...(r.target !== undefined && { target: str(r.target) }),
      ...(r.uid !== undefined && { uid: str(r.uid) }),
      ...(r.gid !== undefined && { gid: str(r.gid) }),
      ...(typeof r.mode === 'number' && { mode: r.mode }),
    };
  });
}

function serviceNetworks(v: unknown): Record<string, string[]> | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return Object.fromEntries(v.map((n) => [str(n), []]));
  return Object.fromEntries(Object.entries(dict(v)).map(([k, n]) => [k, (dict(n).aliases as unknown[] | undefined)?.map(str) ?? []]));
}

function loadService(name: string, raw: Dict, ignored: Set<string>): ComposeService | string {
  for (const key of Object.keys(raw)) {
    if (IGNORED_BY_DOCKER.has(key)) ignored.add(key);
    else if (!MODELLED.has(key)) return `swarmlab: services.${name}.${key} is not simulated in this lab yet`;
  }
  const deploy = dict(raw.deploy);
  for (const key of Object.keys(deploy)) if (!MODELLED_DEPLOY.has(key)) return `swarmlab: services.${name}.deploy.${key} is not simulated in this lab yet`;
  const portList = ports(raw.ports);
  if (typeof portList === 'string') return portList;
  const command = raw.command === undefined || raw.command === null ? undefined : Array.isArray(raw.command) ? raw.command.map(str) : shlexSplit(str(raw.command));
  return {
    name,
    image: str(raw.image),
    ...(command && { command }),
    environment: listOrDict(raw.environment).sort(),
    labels: labelMap(raw.labels),
    ...(raw.hostname !== undefined && { hostname: str(raw.hostname) }),
    ...(raw.networks !== undefined && raw.networks !== null && { networks: serviceNetworks(raw.networks) ?? {} }),
    ports: portList,
    secrets: fileRefs(raw.secrets),
    configs: fileRefs(raw.configs),
    ...(raw.stop_grace_period !== undefined && { stopGracePeriod: str(raw.stop_grace_period) }),
    deploy,
  };
}

const external = (v: unknown): boolean => v === true || (typeof v === 'object' && v !== null);

function loadNetwork(raw: unknown): ComposeNetwork {
  const n = dict(raw);
  const externalName = str(dict(n.external).name);
  return {
    ...(n.name !== undefined ? { name: str(n.name) } : externalName !== '' ? { name: externalName } : {}),
    ...(n.driver !== undefined && { driver: str(n.driver) }),
    external: external(n.external), internal: n.internal === true, attachable: n.attachable === true, labels: labelMap(n.labels),
  };
}

function loadData(raw: unknown): ComposeData {
  const d = dict(raw);
  return { ...(d.name !== undefined && { name: str(d.name) }), ...(d.file !== undefined && { file: str(d.file) }), external: external(d.external), labels: labelMap(d.labels) };
}

/** loadCompose turns a validated document into a ComposeConfig; services come sorted by name. */
export function loadCompose(doc: Dict): LoadResult {
  const ignored = new Set<string>();
  const services: ComposeService[] = [];
  for (const [name, raw] of Object.entries(dict(doc.services)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const service = loadService(name, dict(raw), ignored);
    if (typeof service === 'string') return { ok: false, error: service };
    services.push(service);
  }
  const map = <T>(section: unknown, load: (raw: unknown) => T): Record<string, T> =>
    Object.fromEntries(Object.entries(dict(section)).map(([k, v]) => [k, load(v)]));
  return {
    ok: true,
    config: { services, networks: map(doc.networks, loadNetwork), secrets: map(doc.secrets, loadData), configs: map(doc.configs, loadData) },
    ignored: [...ignored].sort(),
  };
}
