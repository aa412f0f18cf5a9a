// A student's (or an instructor's `name+node+team`) session on a node: route the login name to
// a team and node, register presence, then run the node shell interactively, over a pipe, or for
// one exec command. Routing problems get one line on stderr and exit status 1, never a hang.

import type { Lab } from '../lab/lab.js';
import type { CommandJournal } from '../shell/output-tee.js';
import type { Team } from '../lab/team.js';
import { langFromEnv, welcomeText, type Lang, type WelcomeInfo } from '../shell/i18n.js';
import { InteractiveShell } from '../shell/interactive-shell.js';
import { createNodeShellHost, nodePrompt, type NodeShellDeps } from '../shell/node/node-shell.js';
import { runOnce, runPiped } from './batch-shell.js';
import { lessonCommand } from './lesson-command.js';
import { attachRecording } from './session-recording.js';
import { sessionJournal } from './session-journal.js';
import { socialCommands } from './social-commands.js';
import { routeLogin, type Route } from './route-login.js';
import type { SessionRequest } from './server.js';

/** NodeRuntime builds what a node shell needs besides its identity (the docker CLI, completion). */
export type NodeRuntime = (ctx: { team: Team; user: string; hostname: string; lang: Lang; instructor: boolean; journal?: CommandJournal }) => Pick<NodeShellDeps, 'docker' | 'files' | 'net'> & {
  complete?: ConstructorParameters<typeof InteractiveShell>[1]['complete'];
};

/** runStudentSession routes a session's login, then runs it on its node and resolves with its exit status. */
export async function runStudentSession(lab: Lab, request: SessionRequest, runtime: NodeRuntime): Promise<number> {
  const routed = await routeLogin(lab, request, langFromEnv(request.env));
  if (routed === undefined) return 1;
  if (!routed.ok) {
    request.terminal.writeError(`${routed.problem}\n`);
    return 1;
  }
  return runOnNode(lab, request, routed.route, runtime);
}

async function runOnNode(lab: Lab, request: SessionRequest, ctx: Route, runtime: NodeRuntime): Promise<number> {
  const now = Date.now();
  const kind = request.kind === 'shell' ? 'shell' : 'exec';
  // One child logger per session; what the user typed is never a binding (pino child-loggers.md).
  const log = lab.log.child({ session: request.id.slice(0, 8), team: ctx.team.name, user: ctx.user, node: ctx.hostname });
  log.info({ kind, tty: request.terminal.isTTY }, 'session start');
  let commandStarted = 0;
  lab.presence.add({ id: request.id, user: ctx.user, team: ctx.team.name, node: ctx.hostname, kind, startedAt: now, lastActivity: now, failures: 0, lang: ctx.lang });
  const stopRecording = attachRecording(lab, request, { user: ctx.user, team: ctx.team.name, node: ctx.hostname, lang: ctx.lang }, log);
  const who = { sessionId: request.id, user: ctx.user, node: ctx.hostname, team: ctx.team.name, lang: ctx.lang };
  const journal = sessionJournal(lab, who);
  const extra = runtime({ ...ctx, instructor: request.role === 'instructor', journal });
  const lesson = lessonCommand(lab, who);
  let shell: InteractiveShell | undefined;
  const deps: NodeShellDeps = {
    user: ctx.user,
    hostname: ctx.hostname,
    lang: ctx.lang,
    docker: extra.docker,
    ...(extra.net && { net: extra.net }),
    ...(extra.files && { files: extra.files }),
    who: () => lab.presence.list(ctx.team.name).map((s) => ({ user: s.user, node: s.node, since: new Date(s.startedAt).toISOString().slice(0, 16).replace('T', ' ') })),
    now: () => ctx.team.now(),
    history: () => shell?.editor.history() ?? [],
    extra: { ...socialCommands(lab, who), lesson, licao: lesson },
  };
  const record = {
    onCommand: (line: string) => {
      commandStarted = Date.now();
      lab.presence.update(request.id, { lastActivity: commandStarted, lastCommand: line.slice(0, 200) });
    },
    onDone: (line: string, status: number, output = '') => {
      log.info({ cmd: commandName(line), status, ms: Date.now() - commandStarted }, 'command');
      if (!/^\s*(lesson|licao)\b/.test(line)) journal.command({ line, status, output });
      if (status !== 0) lab.presence.update(request.id, { failures: (lab.presence.get(request.id)?.failures ?? 0) + 1 });
    },
  };
  try {
    if (request.kind === 'exec') return await runOnce(request, deps, request.command ?? '', record);
    if (!request.terminal.isTTY) return await runPiped(request, deps, record);
    const host = createNodeShellHost(deps, 'login');
    shell = new InteractiveShell(request.terminal, {
      host,
      prompt: () => nodePrompt(ctx.user, ctx.hostname, host),
      eofText: 'logout',
      closed: request.closed,
      lang: ctx.lang,
      limits: request.limits,
      ...(extra.complete !== undefined && { complete: extra.complete }),
      ...record,
    });
    const live = shell;
    lab.presence.update(request.id, { notify: (text) => live.notify(text) });
    request.terminal.write(welcomeText(ctx.lang, welcomeInfo(lab, ctx, request.id)));
    return await shell.run();
  } finally {
    lab.presence.remove(request.id);
    stopRecording();
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
