// The pflag values `docker swarm init/join/update` use beyond the kit's own: uint32, ipNetSlice,
// node-addr and external-ca, with their type names, defaults and error texts.
// Fidelity: spf13/pflag uint32.go and ipnet_slice.go (vendored in docker/cli v28.2.2),
// docker/cli cli/command/swarm/opts.go (NodeAddrOption, ExternalCAOption, parseExternalCA),
// opts/hosts.go (ParseTCPAddr).
import { readCsvRecord } from '../cli/go-csv.js';
import { fail, ok, parseGoUintBig, type CustomFlag, type GoResult, type OptBase } from '../cli/index.js';
import { parseCidr } from './addresses.js';

/** uint32Flag is a pflag uint32 (help type `uint32`). */
export function uint32Flag(base: OptBase, def: number): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'uint32', initial: () => def, defValue: String(def),
    set: (_previous, raw) => {
      const r = parseGoUintBig(raw, 32);
      return r.ok ? ok(Number(r.value)) : r;
    },
  };
}

/** ipNetSliceFlag is pflag's ipNetSlice: comma-separated CIDRs, stored as their network (`10.20.0.0/16`). */
export function ipNetSliceFlag(base: OptBase): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'ipNetSlice', initial: (): string[] => [], defValue: '[]',
    set(previous, raw) {
      const fields = readCsvRecord(raw.replace(/["'`]/g, ''));
      if (!fields.ok) return fields;
      const out: string[] = [];
      for (const field of fields.value) {
        const cidr = parseCidr(field.trim());
        if (cidr === undefined) return fail(`invalid string being converted to CIDR: ${field}`);
        out.push(cidr);
      }
      return ok([...(previous as string[]), ...out]);
    },
  };
}

/** parseTcpAddr is opts.ParseTCPAddr without the `tcp://` prefix in its result: `host:port`. */
export function parseTcpAddr(tryAddr: string, defaultAddr: string): GoResult<string> {
  if (tryAddr === '' || tryAddr === 'tcp://') return ok(defaultAddr);
  const addr = tryAddr.replace(/^tcp:\/\//, '');
  if (addr.includes('://') || addr === '') return fail(`invalid proto, expected tcp: ${tryAddr}`);
  const cut = defaultAddr.lastIndexOf(':');
  const [defaultHost, defaultPort] = [defaultAddr.slice(0, cut), defaultAddr.slice(cut + 1)];
  const bracket = /^\[([^\]]*)\](?::(.*))?$/.exec(addr);
  let host: string;
  let port: string;
  if (bracket) [host, port] = [`[${bracket[1] ?? ''}]`, bracket[2] ?? ''];
  else if (addr.split(':').length > 2) return fail(`invalid bind address format: ${tryAddr}`);
  else [host = '', port = ''] = addr.split(':');
  if (host === '') host = defaultHost;
  if (port === '') port = defaultPort;
  if (!/^[+-]?\d+$/.test(port) && !/^0*$/.test(port)) return fail(`invalid bind address format: ${tryAddr}`);
  return ok(`${host}:${port}`);
}

/** nodeAddrFlag is NodeAddrOption (`node-addr`): host[:port] completed from the default. */
export function nodeAddrFlag(base: OptBase, def: string): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'node-addr', initial: () => def, defValue: def,
    set: (previous, raw) => parseTcpAddr(raw, previous as string),
  };
}

function parseExternalCa(spec: string): GoResult<string> {
  const fields = readCsvRecord(spec);
  if (!fields.ok) return fields;
  let protocol = false;
  let url = false;
  for (const field of fields.value) {
    const eq = field.indexOf('=');
    if (eq < 0) return fail(`invalid field '${field}' must be a key=value pair`);
    const [key, value] = [field.slice(0, eq).toLowerCase(), field.slice(eq + 1)];
    if (key === 'protocol') {
      if (value.toLowerCase() !== 'cfssl') return fail(`unrecognized external CA protocol ${value}`);
      protocol = true;
    } else if (key === 'url') url = true;
    else if (key === 'cacert') return fail(`unable to read CA cert for external CA: open ${value}: no such file or directory`);
  }
  if (!protocol) return fail('the external-ca option needs a protocol= parameter');
  if (!url) return fail('the external-ca option needs a url= parameter');
  return ok(spec);
}

/** externalCaFlag is ExternalCAOption (`external-ca`): checked like the CLI, then kept as typed. */
export function externalCaFlag(base: OptBase): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'external-ca', initial: (): string[] => [], defValue: '',
    set(previous, raw) {
      const r = parseExternalCa(raw);
      return r.ok ? ok([...(previous as string[]), r.value]) : r;
    },
  };
}
