// Validates a check written in a lesson's YAML before anything evaluates it, with messages that
// say where the problem is and what was expected, so a teacher can fix a lesson file alone.

import type { Check } from './model.js';

const KINDS = ['all', 'any', 'not', 'swarm', 'network', 'service', 'node', 'secret', 'config', 'stack', 'session', 'inside', 'ran'] as const;

type Fields = Record<string, 'string' | 'number' | 'boolean' | 'where'>;

const FIELDS: Record<string, Fields> = {
  swarm: { initialized: 'boolean', managers: 'number', workers: 'number', hasLeader: 'boolean' },
  network: { name: 'string', driver: 'string', absent: 'boolean' },
  service: {
    name: 'string', replicas: 'number', running: 'number', distinctNodes: 'number', image: 'string', published: 'number',
    updateState: 'string', notOn: 'string', requests: 'number', absent: 'boolean',
  },
  node: { hostname: 'string', role: 'string', availability: 'string', state: 'string', leader: 'boolean', absent: 'boolean' },
  secret: { name: 'string', absent: 'boolean' },
  config: { name: 'string', absent: 'boolean' },
  stack: { name: 'string', services: 'number', absent: 'boolean' },
  session: { role: 'string', each: 'boolean', where: 'where' },
  inside: { taskOf: 'string', role: 'string', each: 'boolean' },
  ran: { command: 'string', role: 'string', each: 'boolean', where: 'where', exit: 'number', output: 'string', repliesFromOtherNode: 'boolean' },
};
const REQUIRED: Record<string, string[]> = {
  swarm: ['initialized'], network: ['name'], service: ['name'], node: ['hostname'], secret: ['name'], config: ['name'], stack: ['name'],
  session: ['where'], inside: ['taskOf'], ran: ['command'],
};
const WHERE: Fields = { node: 'string', nodeRole: 'string', runsTaskOf: 'string', insideTaskOf: 'string' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** validateCheck returns the problems of a check (empty when it is valid). */
export function validateCheck(value: unknown, path = 'check'): string[] {
  if (!isObject(value)) return [`${path}: expected a mapping like "network: { name: x }"`];
  const keys = Object.keys(value);
  const [kind] = keys;
  if (keys.length !== 1 || kind === undefined) return [`${path}: expected exactly one of ${KINDS.join(', ')}, got ${keys.join(', ') || 'nothing'}`];
  if (!(KINDS as readonly string[]).includes(kind)) return [`${path}: unknown kind "${kind}" (expected one of ${KINDS.join(', ')})`];
  const body = value[kind];
  if (kind === 'all' || kind === 'any') {
    if (!Array.isArray(body) || body.length === 0) return [`${path}.${kind}: expected a non-empty list of checks`];
    return body.flatMap((c, i) => validateCheck(c, `${path}.${kind}[${i}]`));
  }
  if (kind === 'not') return validateCheck(body, `${path}.not`);
  return validateFields(body, FIELDS[kind] ?? {}, REQUIRED[kind] ?? [], `${path}.${kind}`);
}

function validateFields(body: unknown, fields: Fields, required: string[], path: string): string[] {
  if (!isObject(body)) return [`${path}: expected a mapping`];
  const problems: string[] = [];
  for (const name of required) if (body[name] === undefined) problems.push(`${path}: missing "${name}"`);
  for (const [name, v] of Object.entries(body)) {
    const type = fields[name];
    if (!type) problems.push(`${path}: unknown field "${name}" (expected ${Object.keys(fields).join(', ')})`);
    else if (type === 'where') problems.push(...validateFields(v, WHERE, [], `${path}.where`));
    else if (typeof v !== type) problems.push(`${path}.${name}: expected a ${type}`);
    else if (typeof v === 'string' && (name === 'command' || name === 'output') && !validRegex(v)) problems.push(`${path}.${name}: not a valid regular expression`);
  }
  return problems;
}

function validRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** asCheck narrows a validated value. */
export function asCheck(value: unknown): Check {
  return value as Check;
}
