// Tab completion, readline style: one match replaces the word (and adds a space unless the match
// ends in `/` or `=`, where the user will keep typing); several matches extend the word to their
// longest common prefix; a second Tab lists them in columns under the line.

import { stringWidth } from './width.js';

/** CompletionResult lists the candidates for line.slice(start, end), the word being completed. */
export interface CompletionResult {
  candidates: string[];
  start: number;
  end: number;
}

/** Completer proposes completions for the word around the cursor (a UTF-16 offset into line). */
export type Completer = (line: string, cursor: number) => CompletionResult;

/** CompletionEdit is the line after completing, and where the cursor goes (UTF-16 offset). */
export interface CompletionEdit {
  text: string;
  offset: number;
  /** ambiguous is true when several candidates remain, so the user may want them listed. */
  ambiguous: boolean;
  /** changed is true when the line is different from before. */
  changed: boolean;
}

/** longestCommonPrefix returns the longest string every candidate starts with, whole code points only. */
export function longestCommonPrefix(candidates: readonly string[]): string {
  const first = candidates[0];
  if (first === undefined) return '';
  const points = Array.from(first);
  let length = points.length;
  for (const other of candidates.slice(1)) {
    const theirs = Array.from(other);
    let i = 0;
    while (i < length && i < theirs.length && theirs[i] === points[i]) i += 1;
    length = i;
  }
  return points.slice(0, length).join('');
}

/** applyCompletion computes the edited line for a completion result, or undefined when nothing matches. */
export function applyCompletion(line: string, result: CompletionResult): CompletionEdit | undefined {
  const candidates = uniqueCandidates(result.candidates);
  if (candidates.length === 0) return undefined;
  const start = clamp(result.start, 0, line.length);
  const end = clamp(result.end, start, line.length);
  const word = line.slice(start, end);
  let insert: string;
  if (candidates.length === 1) {
    const only = candidates[0] ?? '';
    insert = /[/=]$/.test(only) ? only : `${only} `;
  } else {
    const prefix = longestCommonPrefix(candidates);
    insert = prefix.length > word.length ? prefix : word;
  }
  const text = line.slice(0, start) + insert + line.slice(end);
  return { text, offset: start + insert.length, ambiguous: candidates.length > 1, changed: text !== line };
}

/** uniqueCandidates returns the candidates sorted, without duplicates or empty strings. */
export function uniqueCandidates(candidates: readonly string[]): string[] {
  return [...new Set(candidates.map(printable).filter((c) => c !== ''))].sort();
}

// Candidates come from file names and object names other users chose; control characters in them
// must never reach the terminal.
function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, '');
}

/**
 * formatColumns lays candidates out in columns down then across, like readline's
 * rl_display_match_list: each column is as wide as the longest candidate plus two spaces, and a
 * row never fills the terminal exactly (that would trigger a wrap).
 */
export function formatColumns(candidates: readonly string[], cols: number): string {
  const items = uniqueCandidates(candidates);
  if (items.length === 0) return '';
  const width = items.reduce((max, item) => Math.max(max, stringWidth(item)), 0) + 2;
  let perRow = Math.floor(cols / width);
  if (perRow > 1 && perRow * width === cols) perRow -= 1;
  perRow = Math.max(1, perRow);
  const rows = Math.ceil(items.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = items[r + c * rows];
      if (item === undefined) break;
      const hasNext = r + (c + 1) * rows < items.length && c + 1 < perRow;
      line += hasNext ? item + ' '.repeat(width - stringWidth(item)) : item;
    }
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}
