// Placement constraints as swarmkit parses and matches them (manager/constraint/constraint.go):
// `key==value` or `key!=value`, keys node.id, node.hostname, node.role, node.ip, node.platform.*,
// node.labels.<label> and engine.labels.<label>; values compare case-insensitively, label names
// case-sensitively; an unknown key matches no node.

import { ipToInt, parseCidr, subnetSize } from '../ipam.js';
import type { Host, SwarmNode } from '../model.js';

/** Constraint is one parsed placement constraint. */
export interface Constraint {
  key: string;
  equal: boolean;
  value: string;
}

const KEY = /^[a-z_][a-z0-9\-_.]+$/i;
const VALUE = /^[a-z0-9:\-_\s.*()?+[\]\\^$|/]+$/i;
const OPERATORS: readonly ['==', '!='] = ['==', '!='];

/** parseConstraints is constraint.Parse: the constraints, or the error text swarmkit returns. */
export function parseConstraints(exprs: readonly string[]): Constraint[] | string {
  const out: Constraint[] = [];
  for (const expr of exprs) {
    const op = OPERATORS.find((o) => expr.includes(o));
    if (op === undefined) return `constraint expected one operator from ${OPERATORS.join(', ')}`;
    const at = expr.indexOf(op);
    const key = expr.slice(0, at).trim();
    if (!KEY.test(key)) return `key '${key}' is invalid`;
    const value = expr.slice(at + op.length).trim();
    if (!VALUE.test(value)) return `value '${value}' is invalid`;
    out.push({ key, equal: op === '==', value });
  }
  return out;
}

function matches(c: Constraint, ...candidates: string[]): boolean {
  const hit = candidates.some((w) => w.toLowerCase() === c.value.toLowerCase());
  return c.equal ? hit : !hit;
}

function ipMatches(c: Constraint, addr: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(c.value)) return (c.value === addr) === c.equal;
  if (/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(c.value)) {
    const subnet = parseCidr(c.value);
    const size = subnetSize(subnet);
    const base = subnet.base - (subnet.base % size);
    const within = ipToInt(addr) >= base && ipToInt(addr) < base + size;
    return within === c.equal;
  }
  return false;
}

function matchOne(c: Constraint, node: SwarmNode, host: Host | undefined): boolean {
  const key = c.key.toLowerCase();
  if (key === 'node.id') return matches(c, node.id);
  if (key === 'node.hostname') return matches(c, node.hostname);
  if (key === 'node.role') return matches(c, node.role);
  if (key === 'node.ip') return ipMatches(c, host?.addr ?? '');
  if (key === 'node.platform.os') return matches(c, 'linux');
  if (key === 'node.platform.arch') return matches(c, 'x86_64');
  if (key.startsWith('node.labels.') && key.length > 'node.labels.'.length) {
    return matches(c, node.labels[c.key.slice('node.labels.'.length)] ?? '');
  }
  // The engines of a classroom carry no labels (daemon.json "labels"), so every value is empty.
  if (key.startsWith('engine.labels.') && key.length > 'engine.labels.'.length) return matches(c, '');
  return false;
}

/** nodeMatches is constraint.NodeMatches: every constraint holds on the node. */
export function nodeMatches(constraints: readonly Constraint[], node: SwarmNode, host: Host | undefined): boolean {
  return constraints.every((c) => matchOne(c, node, host));
}
