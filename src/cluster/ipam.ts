// Address management as swarm does it. Overlay subnets are /24s carved from the default pool
// 10.0.0.0/8, first free first (swarmkit manager/controlapi/cluster.go inbuiltDefaultAddressPool,
// inbuiltSubnetSize); `ingress` is created first and so gets 10.0.0.0/24. Inside a subnet,
// addresses are handed out serially after the last one given, so a freed address is not reused
// at once (swarmkit cnmallocator sets com.docker.network.ipam.serial=true).

/** ipToInt converts a dotted IPv4 address to an unsigned 32-bit integer. */
export function ipToInt(ip: string): number {
  const parts = ip.split('.').map((p) => Number(p));
  return (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
}

/** intToIp converts an unsigned 32-bit integer to a dotted IPv4 address. */
export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** Subnet is an IPv4 prefix. */
export interface Subnet {
  base: number;
  prefix: number;
}

/** parseCidr reads "10.0.1.0/24". */
export function parseCidr(cidr: string): Subnet {
  const [ip = '0.0.0.0', len = '32'] = cidr.split('/');
  return { base: ipToInt(ip), prefix: Number(len) };
}

/** subnetSize returns how many addresses a prefix holds. */
export function subnetSize(subnet: Subnet): number {
  return 2 ** (32 - subnet.prefix);
}

/** broadcastOf returns a subnet's broadcast address. */
export function broadcastOf(cidr: string): string {
  const s = parseCidr(cidr);
  return intToIp(s.base + subnetSize(s) - 1);
}

/** prefixOf returns the prefix length of a CIDR string. */
export function prefixOf(cidr: string): number {
  return parseCidr(cidr).prefix;
}

/** overlaySubnet returns the index-th /24 of the default pool 10.0.0.0/8. */
export function overlaySubnet(index: number): { subnet: string; gateway: string } {
  const base = ipToInt('10.0.0.0') + index * 256;
  return { subnet: `${intToIp(base)}/24`, gateway: intToIp(base + 1) };
}

/** firstFreeSubnetIndex returns the lowest /24 index of 10.0.0.0/8 not used by any subnet given. */
export function firstFreeSubnetIndex(used: readonly string[]): number {
  const taken = new Set(used.map((cidr) => (parseCidr(cidr).base - ipToInt('10.0.0.0')) / 256));
  let i = 0;
  while (taken.has(i)) i++;
  return i;
}

/**
 * nextSerialAddress returns the first free host offset after `last` in the subnet, wrapping around,
 * skipping the network address, the gateway (offset 1) and the broadcast address; undefined when
 * the subnet is full.
 */
export function nextSerialAddress(cidr: string, last: number, used: ReadonlySet<string>): string | undefined {
  const s = parseCidr(cidr);
  const size = subnetSize(s);
  for (let step = 1; step < size; step++) {
    const offset = ((last + step) % size + size) % size;
    if (offset <= 1 || offset === size - 1) continue;
    const ip = intToIp(s.base + offset);
    if (!used.has(ip)) return ip;
  }
  return undefined;
}

/** hostOffset returns ip's offset inside the subnet. */
export function hostOffset(cidr: string, ip: string): number {
  return ipToInt(ip) - parseCidr(cidr).base;
}

/** macFromIp builds the MAC docker derives from an IPv4 address (libnetwork netutils GenerateMACFromIP). */
export function macFromIp(ip: string): string {
  const hex = ip.split('.').map((p) => Number(p).toString(16).padStart(2, '0'));
  return `02:42:${hex.join(':')}`;
}
