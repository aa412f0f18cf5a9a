// Where a login lands: `<user>+<node>[+<team>]` resolved against the classroom. Problems are
// one line in the session's language naming the valid nodes, never a crash or a hang.

import type { Lab } from '../lab/lab.js';
import type { Team } from '../lab/team.js';
import type { Lang } from '../shell/i18n.js';
import { parseLoginName } from './login-name.js';
import { pickNode } from './node-picker.js';
import type { SessionRequest } from './server.js';

/** Route is a login resolved to a user on a node of a team. */
export interface Route {
  team: Team;
  user: string;
  hostname: string;
  lang: Lang;
}

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

/** RouteResult is a route, a one-line problem to report, or undefined when the user gave up. */
export type RouteResult = { ok: true; route: Route } | { ok: false; problem: string } | undefined;

/** routeLogin resolves a session's login name; a bare name on a pty gets the node picker. */
export async function routeLogin(lab: Lab, request: SessionRequest, lang: Lang): Promise<RouteResult> {
  const parsed = parseLoginName(request.username);
  if (!parsed.ok) return { ok: false, problem: `${messages[lang].shape(printable(request.username))}; ${Object.keys(lab.team('default').state.hosts).join(', ')}` };
  const { user, node, team: named } = parsed.login;
  const teamName = named ?? lab.teamOfUser(user);
  if (!lab.hasTeam(teamName) && lab.locked && request.role !== 'instructor') return { ok: false, problem: messages[lang].locked(teamName) };
  const team = lab.team(teamName);
  const hosts = Object.keys(team.state.hosts);
  const hostname = node ?? (request.kind === 'shell' && request.terminal.isTTY ? await pickNode(request, hosts, lang) : firstManager(team));
  if (hostname === undefined) return undefined;
  if (!team.state.hosts[hostname]) return { ok: false, problem: messages[lang].node(hostname, teamName, hosts.join(', ')) };
  return { ok: true, route: { team, user, hostname, lang } };
}

/** printable makes a client-chosen string safe to echo back in one line. */
function printable(raw: string): string {
  return raw.replace(/[^\x20-\x7e]/g, '?').slice(0, 64);
}

function firstManager(team: Team): string | undefined {
  const managers = Object.values(team.state.nodes).filter((n) => n.role === 'manager').map((n) => n.hostname);
  return managers.sort()[0] ?? Object.keys(team.state.hosts)[0];
}
