// What a student reads when a limit stops them: one line, in the session's language, saying what
// happened and what to do. The numbers come from the configured limits.

import type { Lang } from '../i18n.js';

/** formatBytes writes a size the way the README and the flags do: 256 KiB, 1 MiB, 100 bytes. */
export function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib && bytes % (mib / 4) === 0) return `${bytes / mib} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** formatDuration writes a duration in its largest whole unit: 2 h, 90 min, 45 s, 300 ms. */
export function formatDuration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  if (ms >= 1000) return `${Math.round(ms / 1000)} s`;
  return `${ms} ms`;
}

// A warning says "in 1 min", not "in 59.997 s": round what is left up to whole seconds.
const roundUp = (ms: number): number => (ms >= 1000 ? Math.ceil(ms / 1000) * 1000 : ms);

/** LimitMessages are the shell's limit notices for one language. */
export interface LimitMessages {
  pasteTooLarge(maxBytes: number): string;
  lineTooLong(maxLength: number): string;
  throttled(rate: number): string;
  outputCut(maxBytes: number): string;
  idleWarning(remainingMs: number): string;
  idleClosed(timeoutMs: number): string;
}

const PT: LimitMessages = {
  pasteTooLarge: (max) => `swarmlab: entrada grande demais de uma vez (mais de ${formatBytes(max)}); ela foi descartada. Cole em partes menores.`,
  lineTooLong: (max) => `swarmlab: linha longa demais (máximo ${max} caracteres); o resto foi descartado.`,
  throttled: (rate) => `swarmlab: devagar! no máximo ${rate} comandos por segundo; os próximos esperam a vez (Ctrl-C cancela).`,
  outputCut: (max) => `swarmlab: saída cortada em ${formatBytes(max)}; o comando foi interrompido. Use filtros como | head ou | grep.`,
  idleWarning: (ms) => `swarmlab: sessão sem atividade; ela será encerrada em ${formatDuration(roundUp(ms))} se nada for digitado.`,
  idleClosed: (ms) => `swarmlab: sessão encerrada após ${formatDuration(ms)} sem atividade.`,
};

const EN: LimitMessages = {
  pasteTooLarge: (max) => `swarmlab: too much input at once (over ${formatBytes(max)}); it was dropped. Paste smaller parts.`,
  lineTooLong: (max) => `swarmlab: line too long (at most ${max} characters); the rest was dropped.`,
  throttled: (rate) => `swarmlab: slow down! at most ${rate} commands per second; the next ones wait their turn (Ctrl-C cancels).`,
  outputCut: (max) => `swarmlab: output cut at ${formatBytes(max)}; the command was interrupted. Use filters such as | head or | grep.`,
  idleWarning: (ms) => `swarmlab: this session is idle; it will be closed in ${formatDuration(roundUp(ms))} unless you type something.`,
  idleClosed: (ms) => `swarmlab: session closed after ${formatDuration(ms)} without input.`,
};

/** limitMessages returns the notices in the session's language. */
export function limitMessages(lang: Lang): LimitMessages {
  return lang === 'en' ? EN : PT;
}
