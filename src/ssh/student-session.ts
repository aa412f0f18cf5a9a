// A student's (or an instructor's `name+node+team`) session on a node: route the login name to
// a team and node, register presence, then run the node shell interactively, over a pipe, or for
// one exec command. Routing problems get one line on stderr and exit status 1, never a hang.

import type { Lab } from '../lab/lab.js';
import type { Team } from '../lab/team.js';
import { langFromEnv, welcomeText, type Lang, type WelcomeInfo } from '../shell/i18n.js';
import { InteractiveShell, foregroundIO } from '../shell/interactive-shell.js';
import { Interpreter, ShellExit } from '../shell/interpreter.js';
import { createNodeShellHost, type NodeShellDeps } from '../shell/node/node-shell.js';
import { parseCommandLine } from '../shell/parser/index.js';
import { hostnamesOf } from '../cluster/index.js';
import { parseLoginName, type LoginName } from './login-name.js';
import { pickNode } from './node-picker.js';
import type { SessionRequest } from './server.js';

/** NodeRuntime builds what a node shell needs besides its identity (the docker CLI, completion). */
export type NodeRuntime = (ctx: { team: Team; user: string; hostname: string; lang: Lang }) => Pick<NodeShellDeps, 'docker'> & {
  complete?: ConstructorParameters<typeof InteractiveShell>[1]['complete'];
};

const messages = {
  pt: {
    shape: (raw: string) => `swarmlab: nome de login inválido "${raw}": use <usuário>+<nó>[+<time>], por exemplo alice+manager1`,
    node: (node: string, team: string, nodes: string) => `swarmlab: o time ${team} não tem o nó "${node}"; nós válidos: ${nodes}`,
    locked: (team: string) => `swarmlab: o time "${team}" não existe e a sala está trancada para novos times`,
  },
  en: {
    shape: (raw: string) => `swarmlab: invalid login name "${raw}": use <user>+<node>[+<team>], e.g. alice+manager1`,
    node: (node: string, team: string, nodes: string) => `swarmlab: team ${team} has no node "${node}"; valid nodes: ${nodes}`,
    locked: (team: string) => `swarmlab: team "${team}" does not exist and the classroom is locked for new teams`,
  },
};

function sanitize(raw: string): string {
  return raw.replace(/[^\x20-\x7e]/g, '?').slice(0, 64);
}

/** runStudentSession runs one session and resolves with its exit status. */
export async function runStudentSession(lab: Lab, request: SessionRequest, runtime: NodeRuntime): Promise<number> {
  const lang = langFromEnv(request.env);
  const fail = (line: string): number => {
    request.terminal.writeError(`${line}\n`);
    return 1;
  };
  const parsed = parseLoginName(request.username);
  if (!parsed.ok) return fail(`${messages[lang].shape(sanitize(request.username))}; ${validNodes(lab)}`);
  const login: LoginName = parsed.login;
  const teamName = login.team ?? lab.teamOfUser(login.user);
  if (!lab.hasTeam(teamName) && lab.locked && request.role !== 'instructor') return fail(messages[lang].locked(teamName));
  const team = lab.team(teamName);
  const hosts = Object.keys(team.state.hosts);
  let hostname = login.node;
  if (hostname === undefined) {
    hostname = request.kind === 'shell' && request.terminal.isTTY ? await pickNode(request, hosts, lang) : firstManager(team);
    if (hostname === undefined) return 1;
  }
  if (!team.state.hosts[hostname]) return fail(messages[lang].node(hostname, teamName, hosts.join(', ')));
  return runOnNode(lab, request, { team, user: login.user, hostname, lang }, runtime);
}

function validNodes(lab: Lab): string {
  const team = lab.team('default');
  return Object.keys(team.state.hosts).join(', ') || hostnamesOf({ managers: 3, workers: 2 }).join(', ');
}

function firstManager(team: Team): string | undefined {
  const managers = Object.values(team.state.nodes).filter((n) => n.role === 'manager').map((n) => n.hostname);
  return managers.sort()[0] ?? Object.keys(team.state.hosts)[0];
}

async function runOnNode(lab: Lab, request: SessionRequest, ctx: { team: Team; user: string; hostname: string; lang: Lang }, runtime: NodeRuntime): Promise<number> {
  const now = Date.now();
  const kind = request.kind === 'shell' ? 'shell' : 'exec';
  // One child logger per session; what the user typed is never a binding (pino child-loggers.md).
  const log = lab.log.child({ session: request.id.slice(0, 8), team: ctx.team.name, user: ctx.user, node: ctx.hostname });
  log.info({ kind, tty: request.terminal.isTTY }, 'session start');
  let commandStarted = 0;
  lab.presence.add({ id: request.id, user: ctx.user, team: ctx.team.name, node: ctx.hostname, kind, startedAt: now, lastActivity: now, failures: 0 });
  const extra = runtime(ctx);
  let shell: InteractiveShell | undefined;
  const deps: NodeShellDeps = {
    user: ctx.user,
    hostname: ctx.hostname,
    lang: ctx.lang,
    docker: extra.docker,
    who: () => lab.presence.list(ctx.team.name).map((s) => ({ user: s.user, node: s.node, since: new Date(s.startedAt).toISOString().slice(0, 16).replace('T', ' ') })),
    now: () => ctx.team.now(),
    history: () => shell?.editor.history() ?? [],
  };
  const record = {
    onCommand: (line: string) => {
      commandStarted = Date.now();
      lab.presence.update(request.id, { lastActivity: commandStarted, lastCommand: line.slice(0, 200) });
    },
    onDone: (line: string, status: number) => {
      log.info({ cmd: commandName(line), status, ms: Date.now() - commandStarted }, 'command');
      if (status !== 0) lab.presence.update(request.id, { failures: (lab.presence.list().find((s) => s.id === request.id)?.failures ?? 0) + 1 });
    },
  };
  try {
    if (request.kind === 'exec') return await runOnce(request, deps, request.command ?? '', record);
    if (!request.terminal.isTTY) return await runPiped(request, deps, record);
    const host = createNodeShellHost(deps, 'login');
    shell = new InteractiveShell(request.terminal, {
        host,
        prompt: () => `${ctx.user}@${ctx.hostname}:~$ `,
        eofText: 'logout',
        closed: request.closed,
        ...(extra.complete !== undefined && { complete: extra.complete }),
      ...record,
    });
    const live = shell;
    lab.presence.update(request.id, { notify: (text) => live.notify(text) });
    request.terminal.write(welcomeText(ctx.lang, welcomeInfo(lab, ctx, request.id)));
    return await shell.run();
  } finally {
    lab.presence.remove(request.id);
    log.info({ ms: Date.now() - now }, 'session end');
  }
}

/** commandName is the program and, for docker, its object and verb: enough to log, never arguments. */
function commandName(line: string): string {
  const words = line.trim().split(/\s+/).slice(0, 3);
  if (words[0] !== 'docker') return (words[0] ?? '').slice(0, 32);
  return words.filter((w) => /^[a-z-]+$/.test(w)).join(' ').slice(0, 48);
}

function welcomeInfo(lab: Lab, ctx: { team: Team; user: string; hostname: string }, sessionId: string): WelcomeInfo {
  const node = Object.values(ctx.team.state.nodes).find((n) => n.hostname === ctx.hostname);
  const role = !node ? 'none' : node.leader ? 'leader' : node.role;
  const seen = new Set<string>();
  const teammates = lab.presence
    .list(ctx.team.name)
    .filter((s) => s.id !== sessionId && s.kind === 'shell' && s.user !== ctx.user)
    .filter((s) => (seen.has(`${s.user}@${s.node}`) ? false : (seen.add(`${s.user}@${s.node}`), true)))
    .map((s) => ({ user: s.user, node: s.node }));
  return { user: ctx.user, node: ctx.hostname, team: ctx.team.name, role, teammates };
}

type Recorder = { onCommand(line: string): void; onDone(line: string, status: number): void };

/** runOnce runs an exec request's command line like `bash -c`. */
async function runOnce(request: SessionRequest, deps: NodeShellDeps, line: string, record: Recorder): Promise<number> {
  const host = createNodeShellHost(deps, 'command');
  const interpreter = new Interpreter(host);
  const parsed = parseCommandLine(line);
  if (parsed.kind !== 'ok') {
    request.terminal.writeError(`bash: -c: line 1: ${parsed.message}\n`);
    return 2;
  }
  record.onCommand(line);
  const { io, dispose } = execIO(request);
  try {
    const status = await runCatchingExit(interpreter, parsed.list, io);
    record.onDone(line, status);
    return status;
  } finally {
    dispose();
  }
}

/** runCatchingExit runs a list; `exit N` ends it with status N. */
async function runCatchingExit(interpreter: Interpreter, list: Parameters<Interpreter['run']>[0], io: Parameters<Interpreter['run']>[1]): Promise<number> {
  try {
    return await interpreter.run(list, io);
  } catch (error) {
    if (error instanceof ShellExit) return error.status;
    throw error;
  }
}

/** runPiped reads command lines from a non-tty stdin (`ssh -T host < script`) until EOF. */
async function runPiped(request: SessionRequest, deps: NodeShellDeps, record: Recorder): Promise<number> {
  const host = createNodeShellHost(deps, 'command');
  const interpreter = new Interpreter(host);
  let buffer = '';
  const lines: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const sub = request.terminal.onData((data) => {
    buffer += data;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    wake?.();
  });
  request.terminal.onEnd(() => {
    ended = true;
    if (buffer) lines.push(buffer);
    wake?.();
  });
  const { io, dispose } = execIO(request);
  try {
    for (;;) {
      const line = lines.shift();
      if (line === undefined) {
        if (ended || request.closed.aborted) return interpreter.status;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const parsed = parseCommandLine(line);
      if (parsed.kind !== 'ok') {
        io.stderr(`bash: line 1: ${parsed.message}\n`);
        continue;
      }
      record.onCommand(line);
      try {
        record.onDone(line, await interpreter.run(parsed.list, io));
      } catch (error) {
        if (error instanceof ShellExit) return error.status;
        throw error;
      }
    }
  } finally {
    sub.dispose();
    dispose();
  }
}

function execIO(request: SessionRequest): { io: ReturnType<typeof foregroundIO>; dispose(): void } {
  const interrupt = new AbortController();
  const onClose = (): void => interrupt.abort();
  request.closed.addEventListener('abort', onClose, { once: true });
  const readers = new Set<(data: string) => void>();
  const resizers = new Set<(size: { columns: number; rows: number }) => void>();
  const subs = [
    request.terminal.onData((data) => {
      if (readers.size > 0) for (const r of [...readers]) r(data);
      else if (request.terminal.isTTY && data.includes('\x03')) interrupt.abort();
    }),
    request.terminal.onResize((size) => resizers.forEach((r) => r(size))),
  ];
  const stdin = {
    onData: (l: (data: string) => void) => (readers.add(l), { dispose: () => readers.delete(l) }),
    onResize: (l: (size: { columns: number; rows: number }) => void) => (resizers.add(l), { dispose: () => resizers.delete(l) }),
  };
  return {
    io: foregroundIO(request.terminal, interrupt.signal, stdin),
    dispose: () => {
      for (const s of subs) s.dispose();
      request.closed.removeEventListener('abort', onClose);
    },
  };
}
