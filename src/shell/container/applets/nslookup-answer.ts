// What one reply from the embedded DNS server (127.0.0.11) looks like once busybox nslookup prints
// it: networking/nslookup.c parse_reply() and send_queries() (FEATURE_NSLOOKUP_BIG, 1_36_1). The
// embedded server never sets the AA bit, so every good reply starts `Non-authoritative answer:`;
// each reply ends with an empty line, even an empty AAAA answer.

import type { ContainerEnv } from '../container-env.js';
import { formatIPv4 } from '../ipv4.js';

/** QueryType is a DNS type nslookup can ask for (qtypes[] order). */
export type QueryType = 'SOA' | 'NS' | 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'SRV' | 'PTR' | 'ANY';

/** QUERY_TYPES lists the types in busybox's qtypes[] order, which is also the order queries go out. */
export const QUERY_TYPES: readonly QueryType[] = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'PTR', 'ANY'];

/** Query is one question nslookup sends. */
export interface Query {
  type: QueryType;
  name: string;
}

/** Reply is the printed text of one answer and whether it counts as a failure. */
export interface Reply {
  text: string;
  failed: boolean;
}

/** answerQuery asks the embedded DNS through env and formats the reply as nslookup prints it. */
export function answerQuery(env: ContainerEnv, query: Query): Reply {
  const nxdomain: Reply = { text: `** server can't find ${query.name}: NXDOMAIN\n\n`, failed: true };
  const name = query.name.replace(/\.$/, '');
  if (query.type === 'PTR') {
    const ip = ipFromReverseName(name);
    const target = ip === undefined ? undefined : env.resolvePtr(ip);
    if (target === undefined) return nxdomain;
    return { text: `Non-authoritative answer:\n${name}\tname = ${target}\n\n`, failed: false };
  }
  const answer = env.resolveA(name);
  if (answer.kind === 'nxdomain') return nxdomain;
  if (query.type !== 'A') return { text: 'Non-authoritative answer:\n\n', failed: false };
  const records = answer.addresses.map((ip) => `Name:\t${name}\nAddress: ${ip}\n`).join('');
  return { text: `Non-authoritative answer:\n${records}\n`, failed: false };
}

/** ipFromReverseName reads "4.1.0.10.in-addr.arpa" back into "10.0.1.4". */
function ipFromReverseName(name: string): string | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/i.exec(name);
  if (match === null) return undefined;
  const octets = match.slice(1, 5).reverse().map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return formatIPv4(octets.reduce((acc, o) => acc * 256 + o, 0));
}

/** ptrName mirrors make_ptr(): the reverse name of an IPv4 or IPv6 literal, else undefined. */
export function ptrName(arg: string, v4: number | undefined, v6: string | undefined): string | undefined {
  if (v4 !== undefined) return `${formatIPv4(v4).split('.').reverse().join('.')}.in-addr.arpa`;
  if (v6 === undefined) return undefined;
  const nibbles = expandIPv6(v6);
  if (nibbles === undefined) return undefined;
  return `${nibbles.split('').reverse().join('.')}.ip6.arpa`;
}

/** expandIPv6 returns the 32 hex digits of an IPv6 address, or undefined when malformed. */
function expandIPv6(text: string): string | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string | undefined): string[] => (part === undefined || part === '' ? [] : part.split(':'));
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const all = [...head, ...Array<string>(Math.max(0, missing)).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return all.map((g) => g.toLowerCase().padStart(4, '0')).join('');
}
