// Attaches recording and instructor observation to one session: every byte the student sees is
// recorded with its timing (input and resizes too, for instructors only), and an interactive
// session can be mirrored live. The student is told, discreetly, when an instructor watches.

import type { Logger } from 'pino';
import type { Lab } from '../lab/lab.js';
import type { Lang } from '../shell/i18n.js';
import type { SessionRequest } from './server.js';
import { SessionMirror } from './session-mirror.js';
import { RecordingWriter } from './recording-writer.js';
import { SessionRecorder } from './session-recorder.js';

const WATCHING: Record<Lang, [string, string]> = {
  pt: ['(um(a) instrutor(a) está acompanhando o seu terminal)', '(o(a) instrutor(a) parou de acompanhar o seu terminal)'],
  en: ['(an instructor is watching your terminal)', '(the instructor stopped watching your terminal)'],
};

/** attachRecording starts recording a session and, for interactive ones, offers mirrors; call the result when it ends. */
export function attachRecording(lab: Lab, request: SessionRequest, who: { user: string; team: string; node: string; lang: Lang }, log: Logger): () => void {
  const recorder = new SessionRecorder(RecordingWriter.of(lab.store.recordings, lab.log), request.id, Date.now(), log);
  const { columns, rows } = request.terminal.size();
  recorder.start({ user: who.user, team: who.team, node: who.node, cols: columns, rows });
  const untap = request.terminal.tap((kind, data) => recorder.record(kind, data, Date.now()));
  let mirror: SessionMirror | undefined;
  if (request.kind === 'shell' && request.terminal.isTTY) {
    let watching = 0;
    const live = new SessionMirror(request.terminal, recorder, (count) => {
      const session = lab.presence.get(request.id);
      lab.presence.update(request.id, { observers: count });
      if ((watching === 0) !== (count === 0)) session?.notify?.(WATCHING[who.lang][count > 0 ? 0 : 1]);
      watching = count;
    });
    mirror = live;
    lab.presence.update(request.id, { openMirror: () => live.open(), size: () => request.terminal.size() });
  }
  return () => {
    mirror?.end();
    untap();
    recorder.end(Date.now());
  };
}
