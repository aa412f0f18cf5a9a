// Text one person sends to others (wall, write, broadcast) is shown on their terminals, so it is
// stripped of every control sequence and bounded: a message can never move a cursor, set a
// title, clear a screen or flood a terminal.

/** MAX_MESSAGE is the longest message shown, in characters. */
export const MAX_MESSAGE = 500;

// CSI, OSC (BEL or ST terminated), other ESC sequences, then any remaining C0/C1 control or DEL.
const SEQUENCES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b.?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** sanitizeText removes control sequences, keeps newlines as spaces, and bounds the length. */
export function sanitizeText(text: string, max = MAX_MESSAGE): string {
  const clean = text.replace(SEQUENCES, '').replace(/[\r\n\t]+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** sanitizeName makes a name from outside (a login name) safe to show: printable, short. */
export function sanitizeName(text: string): string {
  return sanitizeText(text, 64);
}

/** messageLine renders a message for a recipient in their language ('pt' unless 'en'). */
export function messageLine(lang: 'pt' | 'en' | undefined, kind: 'wall' | 'write' | 'instructor', from: string, text: string): string {
  if (kind === 'instructor') return lang === 'en' ? `Message from instructor ${from}: ${text}` : `Mensagem do(a) instrutor(a) ${from}: ${text}`;
  if (kind === 'wall') return lang === 'en' ? `Message from ${from} to the team: ${text}` : `Mensagem de ${from} para o time: ${text}`;
  return lang === 'en' ? `Message from ${from}: ${text}` : `Mensagem de ${from}: ${text}`;
}
