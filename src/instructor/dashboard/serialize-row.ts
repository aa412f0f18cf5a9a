// Turning one row of an @xterm/headless buffer back into bytes: characters with their SGR
// attributes (colours, bold, inverse...), so the observe view can redraw a student's screen
// row by row, clipped to the instructor's width.

import type { IBufferCell, IBufferLine } from '@xterm/headless';

const RESET = '\x1b[0m';

/** sgrColor gives the SGR parameters of a cell's foreground (base 30) or background (base 40) colour. */
function sgrColor(mode: 'rgb' | 'palette' | 'default', color: number, base: 30 | 40): string[] {
  if (mode === 'default') return [];
  if (mode === 'rgb') return [`${base + 8}`, '2', `${(color >> 16) & 255}`, `${(color >> 8) & 255}`, `${color & 255}`];
  if (color < 8) return [`${base + color}`];
  if (color < 16) return [`${base + 60 + color - 8}`];
  return [`${base + 8}`, '5', `${color}`];
}

/** cellSgr is the full SGR sequence (starting from a reset) that gives a cell its attributes. */
export function cellSgr(cell: IBufferCell): string {
  const params = ['0'];
  if (cell.isBold()) params.push('1');
  if (cell.isDim()) params.push('2');
  if (cell.isItalic()) params.push('3');
  if (cell.isUnderline()) params.push('4');
  if (cell.isBlink()) params.push('5');
  if (cell.isInverse()) params.push('7');
  if (cell.isInvisible()) params.push('8');
  if (cell.isStrikethrough()) params.push('9');
  params.push(...sgrColor(cell.isFgRGB() ? 'rgb' : cell.isFgPalette() ? 'palette' : 'default', cell.getFgColor(), 30));
  params.push(...sgrColor(cell.isBgRGB() ? 'rgb' : cell.isBgPalette() ? 'palette' : 'default', cell.getBgColor(), 40));
  return `\x1b[${params.join(';')}m`;
}

/**
 * serializeRow returns the first width cells of a buffer line as printable bytes that end by
 * erasing the rest of the line (so trailing blanks cost nothing and stay empty cells). A wide
 * character that would cross the right edge becomes a space.
 */
export function serializeRow(row: IBufferLine | undefined, width: number, cell?: IBufferCell): string {
  let out = '';
  let kept = 0; // length of out up to the last cell that is not a plain blank
  let sgr = RESET;
  let x = 0;
  while (x < width) {
    const c = row?.getCell(x, cell);
    const cellWidth = c ? c.getWidth() : 1;
    if (cellWidth === 0) {
      x++;
      continue;
    }
    const next = c ? cellSgr(c) : RESET;
    if (next !== sgr) out += sgr = next;
    const chars = (c && !(cellWidth > 1 && x + cellWidth > width) && c.getChars()) || ' ';
    out += chars;
    if (chars !== ' ' || sgr !== RESET) kept = out.length;
    x += cellWidth;
  }
  return `${RESET}${out.slice(0, kept)}${RESET}\x1b[K`;
}
