// `--publish`/`-p` (and `--publish-add`/`--publish-rm`): docker/cli v28.2.2
// opts/swarmopts/port.go PortOpt.Set. The long form `published=8080,target=80,protocol=udp,mode=host`
// is a CSV record of key=value fields; the short form `[published:]target[/protocol]` goes through
// go-connections nat.ParsePortSpec (ranges allowed), and always means ingress mode.
import type { PortConfig } from '../../cluster/index.js';
import { fail, ok, type CustomFlag, type GoResult, type OptBase } from '../cli/index.js';
import { readCsvRecord } from '../cli/go-csv.js';

type Protocol = PortConfig['protocol'];

/** parseUint16 is strconv.ParseUint(s, 10, 16)'s error reason, or the number. */
function parseUint16(s: string): number | 'invalid syntax' | 'value out of range' {
  if (!/^[0-9]+$/.test(s)) return 'invalid syntax';
  const n = Number(s);
  return n > 0xffff ? 'value out of range' : n;
}

function parseLong(value: string): GoResult<PortConfig[]> {
  const fields = readCsvRecord(value);
  if (!fields.ok) return fields;
  const port: PortConfig = { protocol: 'tcp', targetPort: 0, publishedPort: 0, publishMode: 'ingress' };
  for (const field of fields.value) {
    const lower = field.toLowerCase();
    const eq = lower.indexOf('=');
    const key = eq < 0 ? lower : lower.slice(0, eq);
    const val = eq < 0 ? '' : lower.slice(eq + 1);
    if (eq < 0 || key === '') return fail(`invalid field: ${field}`);
    if (key === 'protocol') {
      if (!['tcp', 'udp', 'sctp'].includes(val)) return fail(`invalid protocol value '${val}'`);
      port.protocol = val as Protocol;
    } else if (key === 'mode') {
      if (val !== 'ingress' && val !== 'host') return fail(`invalid publish mode value (${val}): must be either 'ingress' or 'host'`);
      port.publishMode = val;
    } else if (key === 'target' || key === 'published') {
      const n = parseUint16(val);
      if (typeof n === 'string') return fail(`invalid ${key === 'target' ? 'target' : 'published'} port (${val}): value must be an integer: ${n}`);
      if (key === 'target') port.targetPort = n;
      else port.publishedPort = n;
    } else {
      return fail(`invalid field key: ${key}`);
    }
  }
  if (port.targetPort === 0) return fail("missing mandatory field 'target'");
  return ok([port]);
}

function portRange(text: string): [number, number] | undefined {
  const m = /^([0-9]+)(?:-([0-9]+))?$/.exec(text);
  if (!m) return undefined;
  const start = parseUint16(m[1] as string);
  const end = m[2] === undefined ? start : parseUint16(m[2]);
  if (typeof start === 'string' || typeof end === 'string' || end < start) return undefined;
  return [start, end];
}

/** parseShort is nat.ParsePortSpec followed by ConvertPortToPortConfig. */
function parseShort(value: string): GoResult<PortConfig[]> {
  const parts = value.split(':');
  const container = parts[parts.length - 1] ?? '';
  const hostPort = parts.length >= 2 ? (parts[parts.length - 2] as string) : '';
  const ip = parts.slice(0, -2).join(':');
  const slash = container.indexOf('/');
  const portText = slash < 0 ? container : container.slice(0, slash);
  const protocol = (slash < 0 || container.slice(slash + 1) === '' ? 'tcp' : container.slice(slash + 1)).toLowerCase();
  if (portText === '') return fail(`no port specified: ${value}<empty>`);
  if (!['tcp', 'udp', 'sctp'].includes(protocol)) return fail(`invalid proto: ${protocol}`);
  if (ip !== '' && !/^\[?[0-9a-fA-F.:]+\]?$/.test(ip)) return fail(`invalid IP address: ${ip}`);
  const targets = portRange(portText);
  if (!targets) return fail(`invalid containerPort: ${portText}`);
  const published = hostPort === '' ? undefined : portRange(hostPort);
  if (hostPort !== '' && !published) return fail(`invalid hostPort: ${hostPort}`);
  const count = targets[1] - targets[0] + 1;
  if (published && published[1] - published[0] + 1 !== count && count !== 1) {
    return fail(`invalid ranges specified for container and host Ports: ${portText} and ${hostPort}`);
  }
  if (ip !== '') return fail('hostip is not supported');
  const out: PortConfig[] = [];
  for (let i = 0; i < count; i++) {
    const target = targets[0] + i;
    const [from, to] = !published ? [0, 0] : count === 1 ? published : [published[0] + i, published[0] + i];
    for (let p = from; p <= to; p++) out.push({ protocol: protocol as Protocol, targetPort: target, publishedPort: p, publishMode: 'ingress' });
  }
  return ok(out);
}

/** parsePort is PortOpt.Set for one value. */
export function parsePort(value: string): GoResult<PortConfig[]> {
  return /\w+=\w+(,\w+=\w+)*/.test(value) ? parseLong(value) : parseShort(value);
}

/** portFlag is a repeatable flag of type `port` (swarmopts.PortOpt). */
export function portFlag(base: OptBase): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'port', initial: (): PortConfig[] => [], defValue: '',
    set(previous, raw) {
      const parsed = parsePort(raw);
      return parsed.ok ? ok([...(previous as PortConfig[]), ...parsed.value]) : parsed;
    },
  };
}

/** portKey is update.go portConfigToString: `published:target/protocol/mode`. */
export function portKey(p: PortConfig): string {
  return `${p.publishedPort}:${p.targetPort}/${p.protocol}/${p.publishMode}`;
}
