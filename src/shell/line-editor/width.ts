// Display width of text in terminal cells, the way wcwidth() counts it: most characters take one
// cell, East Asian wide characters and emoji take two, combining marks and format characters take
// none. The editor's cursor arithmetic is in cells, so it must agree with the terminal's table.

import { WIDE_RANGES } from './wide-table.js';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;

function inWideTable(cp: number): boolean {
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = WIDE_RANGES[mid];
    if (range === undefined) return false;
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** codePointWidth returns how many cells the code point occupies: 0, 1 or 2. */
export function codePointWidth(cp: number): 0 | 1 | 2 {
  // Fast path: ASCII and Latin-1 hold no combining or wide characters.
  if (cp < 0x300) return 1;
  // Hangul medial vowels and final consonants combine with the preceding syllable.
  if (cp >= 0x1160 && cp <= 0x11ff) return 0;
  if (cp === 0x200b) return 0;
  const ch = String.fromCodePoint(cp);
  if (ZERO_WIDTH.test(ch)) return 0;
  if (cp < 0x1100) return 1;
  if (inWideTable(cp)) return 2;
  // Regional indicators have emoji presentation but are neutral width, drawn one cell wide.
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return 1;
  return EMOJI_PRESENTATION.test(ch) ? 2 : 1;
}

/** stringWidth returns the number of cells text occupies when written on one row. */
export function stringWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/**
 * splitClusters splits text into editing units: one base character followed by the zero-width
 * characters that attach to it, so the cursor never lands between a letter and its accent.
 */
export function splitClusters(text: string): string[] {
  const clusters: string[] = [];
  for (const ch of text) {
    const last = clusters.length - 1;
    if (last >= 0 && codePointWidth(ch.codePointAt(0) ?? 0) === 0) clusters[last] += ch;
    else clusters.push(ch);
  }
  return clusters;
}

/** clusterWidth returns the cells taken by one cluster: the width of its base character. */
export function clusterWidth(cluster: string): number {
  return codePointWidth(cluster.codePointAt(0) ?? 0);
}
