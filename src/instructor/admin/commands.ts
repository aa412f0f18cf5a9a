// The scriptable admin interface (DESIGN.md): one exec request from a bare name with instructor
// credentials runs one of these words, the same operations as the dashboard's actions.

import { parseGoDuration } from '../../docker/cli/index.js';
import type { Fault, SessionSummary, TeamSummary } from '../instructor-api.js';
import { flag, usage, type AdminCommand, type AdminContext } from './context.js';
import { exportCommand } from './export-command.js';
import { observeCommand } from './observe-command.js';
import { idle, printRows } from './table.js';

const HELP = `swarmlab admin commands (run as: ssh -p PORT <name>@HOST '<command>'):
  sessions [--json]                       live sessions: user, team, node, idle, last command
  teams [--json]                          teams: members online, nodes, services, tasks, clock
  progress [<team>] [--json]              lesson progress per student
  assign <user> <team>                    put a user in a team (logins without +team)
  lock | unlock                           refuse or allow new teams
  observe <user>                          watch a student's terminal live (needs ssh -t; q quits)
  reset <team> [--no-swarm]               give a team a fresh cluster
  fault <team> node-down|node-up|drain|active|partition|heal <node>
  fault <team> kill-task <task ID|service.slot>
  clock <team> pause|resume|speed <N>|step <duration>
  broadcast <text>                        a message to every student
  message <user> <text>                   a message to one student
  export <user>                           the user's newest session as asciicast v2
  lessons                                 the lessons of the classroom
  start-lesson <team> <lesson>            a fresh cluster and the lesson for everyone in the team
  solve <user> <team>                     mark a stuck student's current step done
`;

const tasksText = (t: TeamSummary): string =>
  Object.entries(t.tasks)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');

const sessions: AdminCommand = (args, ctx) => {
  const json = flag(args, '--json');
  if (args.length > 0) return usage(ctx, 'sessions [--json]');
  const rows = ctx.api.snapshot().sessions;
  printRows<SessionSummary>(ctx.io.stdout, rows, [
    { header: 'USER', cell: (s) => s.user },
    { header: 'TEAM', cell: (s) => s.team },
    { header: 'NODE', cell: (s) => s.node },
    { header: 'KIND', cell: (s) => s.kind },
    { header: 'IDLE', cell: (s) => idle(s.idleMs) },
    { header: 'FAILURES', cell: (s) => String(s.failures) },
    { header: 'LAST COMMAND', cell: (s) => s.lastCommand },
  ], json, (s) => s);
  return 0;
};

const teams: AdminCommand = (args, ctx) => {
  const json = flag(args, '--json');
  if (args.length > 0) return usage(ctx, 'teams [--json]');
  printRows<TeamSummary>(ctx.io.stdout, ctx.api.snapshot().teams, [
    { header: 'TEAM', cell: (t) => t.name },
    { header: 'ONLINE', cell: (t) => t.online.map((o) => `${o.user}@${o.node}`).join(' ') || '-' },
    { header: 'NODES', cell: (t) => String(t.nodes) },
    { header: 'SERVICES', cell: (t) => String(t.services) },
    { header: 'TASKS', cell: (t) => tasksText(t) || '-' },
    { header: 'CLOCK', cell: (t) => (t.clock.speed === 0 ? 'paused' : `${t.clock.speed}x`) },
  ], json, (t) => t);
  return 0;
};

const progress: AdminCommand = (args, ctx) => {
  const json = flag(args, '--json');
  if (args.length > 1) return usage(ctx, 'progress [<team>] [--json]');
  const rows = ctx.api.snapshot().progress.filter((p) => args[0] === undefined || p.team === args[0]);
  printRows(ctx.io.stdout, rows, [
    { header: 'USER', cell: (p) => p.user },
    { header: 'TEAM', cell: (p) => p.team },
    { header: 'LESSON', cell: (p) => p.lesson },
    { header: 'STEP', cell: (p) => p.step },
    { header: 'ON STEP', cell: (p) => idle(p.onStepMs) },
    { header: 'CHECKS FAILED', cell: (p) => String(p.checksFailed) },
  ], json, (p) => p);
  return 0;
};

const FAULTS = new Set(['node-down', 'node-up', 'drain', 'active', 'partition', 'heal', 'kill-task']);

const fault: AdminCommand = (args, ctx) => {
  const [team, kind, target] = args;
  if (!team || !kind || !target || args.length !== 3 || !FAULTS.has(kind)) {
    return usage(ctx, 'fault <team> node-down|node-up|drain|active|partition|heal <node>  |  fault <team> kill-task <task>');
  }
  const f = (kind === 'kill-task' ? { kind, task: target } : { kind, node: target }) as Fault;
  return act(ctx, () => ctx.api.fault(team, f));
};

const clock: AdminCommand = (args, ctx) => {
  const [team, verb, value] = args;
  const usageText = 'clock <team> pause|resume|speed <N>|step <duration, e.g. 30s or 50m>';
  if (!team || !verb) return usage(ctx, usageText);
  if (verb === 'pause') return act(ctx, () => (ctx.api.setClock(team, { speed: 0 }), `${team}: clock paused`));
  if (verb === 'resume') return act(ctx, () => (ctx.api.setClock(team, { speed: 1 }), `${team}: clock at normal speed`));
  if (verb === 'speed' && value !== undefined && /^\d+(\.\d+)?$/.test(value) && Number(value) <= 1000) {
    return act(ctx, () => (ctx.api.setClock(team, { speed: Number(value) }), `${team}: clock at ${value}x`));
  }
  const step = verb === 'step' && value !== undefined ? parseGoDuration(value) : undefined;
  if (step?.ok && step.value > 0) return act(ctx, () => (ctx.api.setClock(team, { stepMs: step.value / 1e6 }), `${team}: clock moved ${value} forward`));
  return usage(ctx, usageText);
};

function act(ctx: AdminContext, work: () => string): number {
  try {
    ctx.io.stdout(`${work()}\n`);
    return 0;
  } catch (error) {
    ctx.io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** ADMIN_COMMANDS is the table of admin verbs. */
export const ADMIN_COMMANDS: Record<string, AdminCommand> = {
  help: (_args, ctx) => (ctx.io.stdout(HELP), 0),
  sessions,
  teams,
  progress,
  assign: (args, ctx) => {
    const [user, team] = args;
    if (!user || !team || args.length !== 2) return usage(ctx, 'assign <user> <team>');
    return act(ctx, () => (ctx.lab.assign(user, team), `${user} now logs in to team ${team} by default`));
  },
  lock: (_args, ctx) => act(ctx, () => (ctx.api.setLocked(true), 'classroom locked: no new teams')),
  unlock: (_args, ctx) => act(ctx, () => (ctx.api.setLocked(false), 'classroom unlocked: new teams allowed')),
  observe: observeCommand,
  reset: (args, ctx) => {
    const noSwarm = flag(args, '--no-swarm');
    const [team] = args;
    if (!team || args.length !== 1) return usage(ctx, 'reset <team> [--no-swarm]');
    return act(ctx, () => (ctx.api.reset(team, { noSwarm }), `${team}: fresh cluster${noSwarm ? ' (swarm not initialised)' : ''}`));
  },
  fault,
  clock,
  broadcast: (args, ctx) => {
    if (args.length === 0) return usage(ctx, 'broadcast <text>');
    return act(ctx, () => `delivered to ${ctx.api.message({ kind: 'all' }, args.join(' '), ctx.instructor)} sessions`);
  },
  message: (args, ctx) => {
    const [user, ...words] = args;
    if (!user || words.length === 0) return usage(ctx, 'message <user> <text>');
    return act(ctx, () => `delivered to ${ctx.api.message({ kind: 'user', user }, words.join(' '), ctx.instructor)} sessions`);
  },
  export: exportCommand,
  lessons: (_args, ctx) => (ctx.io.stdout(ctx.api.lessons().map((l) => `${l.id}\t${l.title}\n`).join('')), 0),
  'start-lesson': (args, ctx) => {
    const [team, lesson] = args;
    if (!team || !lesson || args.length !== 2) return usage(ctx, 'start-lesson <team> <lesson>');
    return act(ctx, () => ctx.api.startLesson(team, lesson));
  },
  solve: (args, ctx) => {
    const [user, team] = args;
    if (!user || !team || args.length !== 2) return usage(ctx, 'solve <user> <team>');
    return act(ctx, () => ctx.api.solveStep(user, team));
  },
};
