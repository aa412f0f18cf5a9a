// Plays a lesson over real SSH: a server, a team, users' shells on nodes in a language, the
// instructor's clock control, and waiting for the green line that says a step is done.

import { adminExec, execOnce, PtySession, type ExecResult } from './ssh-client.js';
import { TestServer } from './test-server.js';

/** Lang is the language a session runs in (its LANG). */
export type Lang = 'en' | 'pt';

const DONE: Record<Lang, (n: number) => RegExp> = {
  en: (n) => new RegExp(`✔ step done: Step ${n} —`),
  pt: (n) => new RegExp(`✔ passo concluído: Passo ${n} —`),
};
const NOT_YET: Record<Lang, string> = { en: '✘ not yet', pt: '✘ ainda não' };

/** Player is one user's interactive shell on one node. */
export class Player {
  constructor(readonly session: PtySession, readonly user: string, readonly node: string, readonly lang: Lang) {}

  get prompt(): string {
    return `${this.user}@${this.node}:~$ `;
  }

  /** run types a command and waits for the prompt to come back. */
  run(line: string, timeoutMs = 15_000): Promise<string> {
    return this.session.run(line, this.prompt, timeoutMs);
  }

  /** stepDone waits for the line announcing that step n is done. */
  stepDone(n: number): Promise<string> {
    return this.session.waitFor(DONE[this.lang](n), 20_000);
  }

  /** notYet runs `lesson check` and returns whether the current step is still unpassed. */
  async notYet(): Promise<boolean> {
    return (await this.run('lesson check')).includes(NOT_YET[this.lang]);
  }

  close(): void {
    this.session.close();
  }
}

/** LessonPlay is one team playing lessons on a test server. */
export class LessonPlay {
  constructor(readonly server: TestServer, readonly team: string) {}

  /** shell opens an interactive session for user on node, in a language. */
  async shell(user: string, node: string, lang: Lang = 'en'): Promise<Player> {
    const env = { LANG: lang === 'pt' ? 'pt_BR.UTF-8' : 'en_US.UTF-8' };
    const s = await PtySession.open(this.server.port, `${user}+${node}+${this.team}`, { cols: 160, rows: 40, env });
    const player = new Player(s, user, node, lang);
    await s.waitFor(player.prompt);
    return player;
  }

  /** exec runs one command on a node, as `ssh user+node+team 'command'`. */
  exec(user: string, node: string, command: string): Promise<ExecResult> {
    return execOnce(this.server.port, `${user}+${node}+${this.team}`, command);
  }

  /** admin runs an instructor's admin command. */
  admin(command: string): Promise<ExecResult> {
    return adminExec(this.server.port, command);
  }

  /** clock moves the team's simulated clock forward (tasks start, updates roll on). */
  async clock(step: string): Promise<void> {
    const r = await this.admin(`clock ${this.team} step ${step}`);
    if (r.code !== 0) throw new Error(`clock: ${r.stderr}`);
  }
}
