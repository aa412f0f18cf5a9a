// `network create --subnet/--ip-range/--gateway`: the CLI's consolidation into IPAM configs
// (docker/cli v28.2.2 cli/command/network/create.go createIPAMConfig) and the daemon's checks of
// each config (moby v28.2.2 api/types/network/ipam.go ValidateIPAM). IPv4 only: swarmlab keeps
// one subnet per network, the first one given.

import { intToIp, ipToInt } from '../../cluster/index.js';

/** IpamRequest is the subnet and gateway a new network asks for (both optional). */
export interface IpamRequest {
  subnet?: string;
  gateway?: string;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function parsePrefix(cidr: string): { base: number; bits: number } | undefined {
  const [ip = '', bits = ''] = cidr.split('/');
  if (!IPV4.test(ip) || !/^(3[0-2]|[12]?\d)$/.test(bits)) return undefined;
  return { base: ipToInt(ip), bits: Number(bits) };
}

function contains(cidr: { base: number; bits: number }, ip: number): boolean {
  const mask = cidr.bits === 0 ? 0 : (~0 << (32 - cidr.bits)) >>> 0;
  return ((cidr.base & mask) >>> 0) === ((ip & mask) >>> 0);
}

function masked(cidr: { base: number; bits: number }): string {
  const mask = cidr.bits === 0 ? 0 : (~0 << (32 - cidr.bits)) >>> 0;
  return `${intToIp((cidr.base & mask) >>> 0)}/${cidr.bits}`;
}

/** ipamRequest consolidates the flags as the CLI does, or returns its error text. */
export function ipamRequest(subnets: readonly string[], ranges: readonly string[], gateways: readonly string[]): IpamRequest | string {
  if (subnets.length < ranges.length || subnets.length < gateways.length) return 'every ip-range or gateway must have a corresponding subnet';
  const parsed = subnets.map((s) => ({ text: s, cidr: parsePrefix(s) }));
  if (parsed.length > 1) {
    const bad = parsed.find((p) => !p.cidr);
    if (bad) return `invalid subnet: invalid CIDR address: ${bad.text}`;
    for (let i = 0; i < parsed.length; i++) {
      for (let j = 0; j < i; j++) {
        const [a, b] = [parsed[i]?.cidr, parsed[j]?.cidr];
        if (a && b && (contains(a, b.base) || contains(b, a.base))) return 'multiple overlapping subnet configuration is not supported';
      }
    }
  }
  const gatewayOf = new Map<string, string>();
  for (const g of gateways) {
    const owner = parsed.find((p) => p.cidr && IPV4.test(g) && contains(p.cidr, ipToInt(g)));
    if (parsed.some((p) => !p.cidr)) return `invalid subnet: invalid CIDR address: ${parsed.find((p) => !p.cidr)?.text ?? ''}`;
    if (!owner) return `no matching subnet for gateway ${g}`;
    if (gatewayOf.has(owner.text)) return `cannot configure multiple gateways (${g}, ${gatewayOf.get(owner.text) ?? ''}) for the same subnet (${owner.text})`;
    gatewayOf.set(owner.text, g);
  }
  const first = subnets[0];
  if (first === undefined) return {};
  const gateway = gatewayOf.get(first);
  return gateway === undefined ? { subnet: first } : { subnet: first, gateway };
}

/** checkIpam returns the daemon's `invalid network config` text for a bad request, if any. */
export function checkIpam(req: IpamRequest): string | undefined {
  if (req.subnet === undefined) return undefined;
  const cidr = parsePrefix(req.subnet);
  const errors: string[] = [];
  if (!cidr) errors.push(`invalid subnet ${req.subnet}: invalid CIDR block notation`);
  else if (masked(cidr) !== req.subnet) errors.push(`invalid subnet ${req.subnet}: it should be ${masked(cidr)}`);
  if (cidr && req.gateway !== undefined && !IPV4.test(req.gateway)) errors.push(`invalid gateway ${req.gateway}: invalid address`);
  if (errors.length === 0) return undefined;
  // moby internal/multierror: one error alone is printed as is, several as a `* ` list.
  return `invalid network config:\n${errors.length === 1 ? errors[0] : `* ${errors.join('\n* ')}`}`;
}
