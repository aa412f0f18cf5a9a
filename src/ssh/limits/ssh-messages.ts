// What the SSH edge tells a person when one of its limits stops them: one line, in the session's
// language (pt-BR unless the client's LANG is English), like the shell's own notices.

import type { Lang } from '../../shell/i18n.js';
import { formatBytes } from '../../shell/limits/limit-messages.js';

/** tooManySessionsText is the stderr line of a session refused by the per-user cap. */
export function tooManySessionsText(lang: Lang, user: string, max: number): string {
  return lang === 'en'
    ? `swarmlab: ${user} already has ${max} open sessions, the most allowed; close one (exit) and try again.\n`
    : `swarmlab: ${user} já tem ${max} sessões abertas, o máximo permitido; feche uma (exit) e tente de novo.\n`;
}

/** droppedOutputText is the notice a slow client gets once it catches up (a pty needs CR LF). */
export function droppedOutputText(lang: Lang, droppedBytes: number, tty: boolean): string {
  const eol = tty ? '\r\n' : '\n';
  const size = formatBytes(droppedBytes);
  const text = lang === 'en'
    ? `swarmlab: your connection was too slow; ${size} of output were dropped.`
    : `swarmlab: sua conexão estava lenta demais; ${size} de saída foram descartados.`;
  return `${eol}${text}${eol}`;
}
