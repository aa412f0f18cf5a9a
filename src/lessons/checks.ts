// Evaluates a step's declarative check against the team's live cluster and the commands its
// members ran since the lesson started. Pure: the caller passes the state and the history.

import { isContainerRunning, type ClusterState, type Task } from '../cluster/index.js';
import type { Check, CommandRecord, LiveSession, Where } from './model.js';
import { dataObjectHolds, stackHolds } from './object-checks.js';

/** CheckContext is everything a check may look at. */
export interface CheckContext {
  state: Readonly<ClusterState>;
  history: readonly CommandRecord[];
  /** roles maps each role of the lesson to the users who hold it now. */
  roles: Record<string, string[]>;
  /** sessions are the team members' live sessions. */
  sessions: readonly LiveSession[];
}

/** evaluate reports whether a check holds. Invalid regular expressions never match. */
export function evaluate(check: Check, ctx: CheckContext): boolean {
  if ('all' in check) return check.all.every((c) => evaluate(c, ctx));
  if ('any' in check) return check.any.some((c) => evaluate(c, ctx));
  if ('not' in check) return !evaluate(check.not, ctx);
  if ('swarm' in check) return swarmHolds(check.swarm, ctx.state);
  if ('network' in check) return networkHolds(check.network, ctx.state);
  if ('service' in check) return serviceHolds(check.service, ctx.state);
  if ('node' in check) return nodeHolds(check.node, ctx.state);
  if ('secret' in check) return dataObjectHolds(check.secret, ctx.state.secrets);
  if ('config' in check) return dataObjectHolds(check.config, ctx.state.configs);
  if ('stack' in check) return stackHolds(check.stack, ctx.state);
  if ('session' in check) return someone(ctx, check.session, (s) => whereHolds(check.session.where, { user: s.user, node: s.node, line: '', exit: 0, output: '', at: 0 }, ctx.state));
  if ('inside' in check) return someone(ctx, check.inside, (s) => s.task !== undefined && serviceOfTask(ctx.state, s.task) === check.inside.taskOf);
  return ranHolds(check.ran, ctx);
}

/** someone applies a live-session test to anyone, to one role, or to each role. */
function someone(ctx: CheckContext, who: { role?: string; each?: boolean }, test: (s: LiveSession) => boolean): boolean {
  const byRole = (role: string): boolean => ctx.sessions.some((s) => (ctx.roles[role] ?? []).includes(s.user) && test(s));
  if (who.each) return Object.keys(ctx.roles).length > 0 && Object.keys(ctx.roles).every(byRole);
  if (who.role !== undefined) return byRole(who.role);
  return ctx.sessions.some(test);
}

function serviceOfTask(state: Readonly<ClusterState>, taskId: string): string | undefined {
  const task = state.tasks[taskId];
  return task ? state.services[task.serviceId]?.spec.name : undefined;
}

type Of<K extends string> = Extract<Check, Record<K, unknown>>[K & keyof Extract<Check, Record<K, unknown>>];

function swarmHolds(c: Of<'swarm'>, state: Readonly<ClusterState>): boolean {
  const nodes = Object.values(state.nodes);
  if ((state.swarm !== null) !== c.initialized) return false;
  if (c.hasLeader !== undefined && nodes.some((n) => n.leader) !== c.hasLeader) return false;
  if (c.managers !== undefined && nodes.filter((n) => n.role === 'manager').length !== c.managers) return false;
  return c.workers === undefined || nodes.filter((n) => n.role === 'worker').length === c.workers;
}

function networkHolds(c: Of<'network'>, state: Readonly<ClusterState>): boolean {
  const swarm = Object.values(state.networks).find((n) => n.name === c.name);
  const local = Object.values(state.hosts).flatMap((h) => h.localNetworks).find((n) => n.name === c.name);
  const found = swarm ? { driver: swarm.driver } : local ? { driver: local.driver } : undefined;
  if (c.absent) return found === undefined;
  return found !== undefined && (c.driver === undefined || found.driver === c.driver);
}

function runningTasksOf(state: Readonly<ClusterState>, serviceName: string): Task[] {
  const service = Object.values(state.services).find((s) => s.spec.name === serviceName);
  if (!service) return [];
  return Object.values(state.tasks).filter((t) => t.serviceId === service.id && isContainerRunning(t) && t.desiredState === 'running');
}

function serviceHolds(c: Of<'service'>, state: Readonly<ClusterState>): boolean {
  const service = Object.values(state.services).find((s) => s.spec.name === c.name);
  if (c.absent) return service === undefined;
  if (!service) return false;
  if (c.replicas !== undefined && (service.spec.mode.kind !== 'replicated' || service.spec.mode.replicas !== c.replicas)) return false;
  if (c.image !== undefined && !service.spec.image.startsWith(c.image)) return false;
  const running = runningTasksOf(state, c.name);
  if (c.running !== undefined && running.length !== c.running) return false;
  if (c.distinctNodes !== undefined && new Set(running.map((t) => t.nodeId)).size < c.distinctNodes) return false;
  const ports = [...(service.spec.ports ?? []), ...(service.endpointPorts ?? [])];
  if (c.published !== undefined && !ports.some((p) => p.publishedPort === c.published)) return false;
  if (c.updateState !== undefined && service.updateStatus?.state !== c.updateState) return false;
  if (c.requests !== undefined && (service.lbCursor ?? 0) < c.requests) return false;
  const notOn = c.notOn === undefined ? undefined : Object.values(state.nodes).find((n) => n.hostname === c.notOn);
  if (notOn && running.some((t) => t.nodeId === notOn.id)) return false;
  return true;
}

function nodeHolds(c: Of<'node'>, state: Readonly<ClusterState>): boolean {
  const node = Object.values(state.nodes).find((n) => n.hostname === c.hostname);
  if (c.absent) return node === undefined;
  if (!node) return false;
  if (c.leader !== undefined && node.leader !== c.leader) return false;
  if (c.role !== undefined && node.role !== c.role) return false;
  if (c.availability !== undefined && node.availability !== c.availability) return false;
  return c.state === undefined || node.state === c.state;
}

function regex(source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}

function ranHolds(c: Of<'ran'>, ctx: CheckContext): boolean {
  const command = regex(c.command);
  const output = c.output !== undefined ? regex(c.output) : undefined;
  if (!command || (c.output !== undefined && !output)) return false;
  const matches = (r: CommandRecord): boolean =>
    command.test(r.line) &&
    (c.exit === undefined || r.exit === c.exit) &&
    (output === undefined || output.test(r.output)) &&
    (c.where === undefined || whereHolds(c.where, r, ctx.state)) &&
    (!c.repliesFromOtherNode || repliesFromOtherNode(r, ctx.state));
  const byRole = (role: string): boolean => {
    const users = ctx.roles[role] ?? [];
    return ctx.history.some((r) => users.includes(r.user) && matches(r));
  };
  if (c.each) return Object.keys(ctx.roles).length > 0 && Object.keys(ctx.roles).every(byRole);
  if (c.role !== undefined) return byRole(c.role);
  return ctx.history.some(matches);
}

function whereHolds(where: Where, r: CommandRecord, state: Readonly<ClusterState>): boolean {
  const node = Object.values(state.nodes).find((n) => n.hostname === r.node);
  if (where.node !== undefined && r.node !== where.node) return false;
  if (where.nodeRole !== undefined && node?.role !== where.nodeRole) return false;
  if (where.runsTaskOf !== undefined && !runningTasksOf(state, where.runsTaskOf).some((t) => t.nodeId === node?.id)) return false;
  if (where.insideTaskOf !== undefined && (r.task === undefined || serviceOfTask(state, r.task) !== where.insideTaskOf)) return false;
  return true;
}

function repliesFromOtherNode(r: CommandRecord, state: Readonly<ClusterState>): boolean {
  const from = r.task ? state.tasks[r.task] : undefined;
  if (!from) return false;
  for (const m of r.output.matchAll(/bytes from ([\d.]+):/g)) {
    const target = Object.values(state.tasks).find((t) => t.attachments.some((a) => a.ip === m[1]));
    if (target && target.nodeId !== from.nodeId) return true;
  }
  return false;
}
