// IPv4 arithmetic shared by the network applets (ping, nslookup, ip, ifconfig, wget). Addresses are
// carried as unsigned 32-bit numbers and printed dotted-quad, as inet_ntoa does.

/** parseDottedQuad reads a strict a.b.c.d address (inet_pton), or returns undefined. */
export function parseDottedQuad(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/**
 * parseInetAton reads an address the way musl's inet_aton does (getaddrinfo's numeric path): one
 * to four parts, each decimal, 0-octal or 0x-hex, the last part filling the remaining bytes, so
 * `ping 10.1` pings 10.0.0.1.
 */
export function parseInetAton(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseCNumber(part);
    if (value === undefined) return undefined;
    values.push(value);
  }
  const last = values.pop() ?? 0;
  if (values.some((v) => v > 255)) return undefined;
  const restBytes = 4 - values.length;
  if (last >= 2 ** (8 * restBytes)) return undefined;
  let value = 0;
  for (const v of values) value = value * 256 + v;
  return value * 2 ** (8 * restBytes) + last;
}

function parseCNumber(part: string): number | undefined {
  let digits: RegExp;
  let base: number;
  let body = part;
  if (/^0[xX]/.test(part)) {
    body = part.slice(2);
    digits = /^[0-9a-fA-F]+$/;
    base = 16;
  } else if (part.startsWith('0') && part.length > 1) {
    body = part.slice(1);
    digits = /^[0-7]+$/;
    base = 8;
  } else {
    digits = /^[0-9]+$/;
    base = 10;
  }
  if (!digits.test(body)) return undefined;
  const value = parseInt(body, base);
  return value <= 0xffffffff ? value : undefined;
}

/** formatIPv4 prints a 32-bit address dotted-quad. */
export function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Cidr is an interface address with its prefix length. */
export interface Cidr {
  address: number;
  prefixLength: number;
}

/** parseCidr reads "10.0.1.3/24"; a missing or bad prefix counts as /32. */
export function parseCidr(text: string): Cidr | undefined {
  const [ip = '', prefix] = text.split('/');
  const address = parseDottedQuad(ip);
  if (address === undefined) return undefined;
  const length = prefix === undefined ? 32 : Number(prefix);
  const prefixLength = Number.isInteger(length) && length >= 0 && length <= 32 ? length : 32;
  return { address, prefixLength };
}

/** netmaskOf returns the mask of a prefix length as a 32-bit number. */
export function netmaskOf(prefixLength: number): number {
  return prefixLength === 0 ? 0 : (0xffffffff - (2 ** (32 - prefixLength) - 1));
}

/** networkOf returns the network address of cidr. */
export function networkOf(cidr: Cidr): number {
  const size = 2 ** (32 - cidr.prefixLength);
  return cidr.address - (cidr.address % size);
}

/** inSubnet tells whether address lies within cidr's network. */
export function inSubnet(address: number, cidr: Cidr): boolean {
  const size = 2 ** (32 - cidr.prefixLength);
  return address - (address % size) === networkOf(cidr);
}

/** reverseName returns the in-addr.arpa name of an IPv4 address (PTR queries). */
export function reverseName(address: number): string {
  return `${formatIPv4(address).split('.').reverse().join('.')}.in-addr.arpa`;
}
