// The instructor's actions on the selected user or team: message, reset, fault, clock and lock.
// Each one asks what it needs in a small box, calls the InstructorApi, and reports the outcome
// (or the api's error message) on the status line; an action never throws into the dashboard.

import type { ClusterView, Fault, InstructorApi, MessageTarget } from '../instructor-api.js';
import { line, speedLabel } from './format.js';
import { confirm, menu, panel, prompt, type MenuItem, type ModalHost } from './modals.js';
import type { DashboardModel } from './model.js';

/** ActionContext is what an action reads and acts through. */
export interface ActionContext {
  model: DashboardModel;
  api: InstructorApi;
  instructor: string;
  host: ModalHost;
}

/** SPEEDS are the clock speeds `+` and `-` step through. */
export const SPEEDS = [1, 2, 5, 10, 60];

/** attempt runs an api call and puts its outcome, or its error, on the status line. */
export function attempt(model: DashboardModel, run: () => string): void {
  try {
    model.setStatus(run());
  } catch (err) {
    model.setStatus(err instanceof Error ? err.message : String(err), true);
  }
}

/** withTeam runs an action on the selected team, or says there is none. */
function withTeam(ctx: ActionContext, run: (team: string) => void): void {
  const team = ctx.model.selectedTeam();
  if (team === undefined) ctx.model.setStatus('no team selected', true);
  else run(team);
}

/** sendMessage (`m`) asks whom to write to (selected user, selected team or everyone), then the text. */
export function sendMessage(ctx: ActionContext): void {
  const { model, api, instructor } = ctx;
  const user = model.selectedUser();
  const team = model.selectedTeam();
  const targets: { target: MessageTarget; name: string; hotkey: string }[] = [
    ...(user !== undefined ? [{ target: { kind: 'user', user } as const, name: user, hotkey: 'u' }] : []),
    ...(team !== undefined ? [{ target: { kind: 'team', team } as const, name: `team ${team}`, hotkey: 't' }] : []),
    { target: { kind: 'all' }, name: 'everyone', hotkey: 'a' },
  ];
  const items: MenuItem[] = targets.map(({ target, name, hotkey }) => ({
    label: `to ${name}`,
    hotkey,
    choose: (host) =>
      host.open(prompt(`Message to ${name}`, `Text for ${name}:`, (text) => attempt(model, () => {
        const count = api.message(target, text, instructor);
        return `message sent to ${name} (${count} session${count === 1 ? '' : 's'})`;
      }))),
  }));
  ctx.host.open(menu('Message', items));
}

/** resetTeam (`r`) gives the selected team a fresh cluster after a y/N confirmation. */
export function resetTeam(ctx: ActionContext): void {
  withTeam(ctx, (team) =>
    ctx.host.open(
      confirm(`Reset ${team}`, [`Give team ${team} a fresh cluster?`, 'Everything they built is lost; their sessions stay.'], (noSwarm) =>
        attempt(ctx.model, () => {
          ctx.api.reset(team, { noSwarm });
          return `team ${team} reset${noSwarm ? ' (no swarm)' : ''}`;
        }), 'no swarm: nodes only, swarm not initialised'),
    ),
  );
}

const FAULTS: { label: string; kind: Fault['kind'] }[] = [
  { label: 'node down', kind: 'node-down' },
  { label: 'node up', kind: 'node-up' },
  { label: 'drain a node', kind: 'drain' },
  { label: 'activate a node', kind: 'active' },
  { label: 'kill a task', kind: 'kill-task' },
  { label: 'partition a node from the overlay', kind: 'partition' },
  { label: 'heal a partition', kind: 'heal' },
];

/** faultTargets lists what a fault can hit: the tasks meant to run (kill-task), or the nodes. */
function faultTargets(view: ClusterView | undefined, kind: Fault['kind'], run: (fault: Fault, what: string) => void): MenuItem[] {
  const nodes = view?.nodes ?? [];
  if (kind !== 'kill-task') {
    return nodes.map((n) => ({ label: `${n.hostname}  ${n.status} ${n.availability}`, choose: () => run({ kind, node: n.hostname }, n.hostname) }));
  }
  return nodes
    .flatMap((n) => n.tasks.filter((t) => t.desired === 'running').map((t) => ({ label: `${t.label}  ${t.state} on ${n.hostname}`, choose: () => run({ kind, task: t.label }, t.label) })))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
}

/** injectFault (`f`) picks a fault, then the node or task it hits, on the selected team. */
export function injectFault(ctx: ActionContext): void {
  withTeam(ctx, (team) => {
    const run = (fault: Fault, what: string): void => attempt(ctx.model, () => ctx.api.fault(team, fault) || `${fault.kind} ${what} on team ${team}`);
    const items: MenuItem[] = FAULTS.map(({ label, kind }, i) => ({
      label,
      hotkey: String(i + 1),
      choose: (host) => host.open(menu(`${label} · ${team}`, faultTargets(ctx.api.clusterView(team), kind, run), kind === 'kill-task' ? 'Which task?' : 'Which node?')),
    }));
    ctx.host.open(menu(`Fault · ${team}`, items));
  });
}

/** clockPanel (`c`) opens the selected team's clock: pause/resume, speed, step forward. */
export function clockPanel(ctx: ActionContext): void {
  withTeam(ctx, (team) => {
    const speed = (): number => ctx.model.snapshot.teams.find((t) => t.name === team)?.clock.speed ?? 1;
    const set = (change: { speed?: number; stepMs?: number }, said: string): void =>
      attempt(ctx.model, () => {
        ctx.api.setClock(team, change);
        return `team ${team} clock: ${said}`;
      });
    const setSpeed = (next: number): void => {
      if (speed() > 0) ctx.model.resumeSpeed.set(team, speed());
      set({ speed: next }, speedLabel(next));
    };
    const faster = (): void => setSpeed(SPEEDS.find((s) => s > speed()) ?? SPEEDS[SPEEDS.length - 1] ?? 1);
    const slower = (): void => (speed() === 0 ? ctx.model.setStatus(`team ${team} clock is paused`) : setSpeed([...SPEEDS].reverse().find((s) => s < speed()) ?? 1));
    ctx.host.open(
      panel(`Clock · ${team}`, (width) => [
        line([{ text: 'simulated time runs at ' }, { text: speedLabel(speed()), style: 'bold' }], width),
        line([{ text: 'space', style: 'cyan-fg' }, { text: ' pause/resume  ' }, { text: '+ -', style: 'cyan-fg' }, { text: ` speed ${SPEEDS.map((s) => `${s}×`).join(' ')}` }], width),
        line([{ text: 's', style: 'cyan-fg' }, { text: ' +10 s  ' }, { text: 'S', style: 'cyan-fg' }, { text: ' +5 min  ' }, { text: 'Esc', style: 'cyan-fg' }, { text: ' close' }], width),
      ], {
        space: () => setSpeed(speed() === 0 ? (ctx.model.resumeSpeed.get(team) ?? 1) : 0),
        '+': faster,
        '=': faster,
        '-': slower,
        s: () => set({ stepMs: 10_000 }, 'stepped +10 s'),
        S: () => set({ stepMs: 300_000 }, 'stepped +5 min'),
      }),
    );
  });
}

/** toggleLock (`l`) locks or unlocks the classroom (locked: no new teams). */
export function toggleLock(ctx: ActionContext): void {
  const locked = !ctx.model.snapshot.locked;
  attempt(ctx.model, () => {
    ctx.api.setLocked(locked);
    return locked ? 'classroom locked: no new teams' : 'classroom unlocked: logins may create teams';
  });
}
