// Public surface of the shared docker output kit: tables, IDs, sorting and inspect JSON.
export { cellWidth, eastAsianCharWidth, isWideCodePoint, runeWidth } from './cell-width.js';
export { DOCKER_TABWRITER, tabwrite, type TabwriterOptions } from './tabwriter.js';
export { renderTable, type Table } from './table.js';
export { SHORT_ID_LENGTH, ellipsis, prettyPrint, truncateId } from './display.js';
export { naturalCompare, naturalLess } from './natural-sort.js';
export {
  goJson,
  goJsonCompact,
  goJsonNumber,
  goJsonString,
  inspectOutput,
  inspectOutputCompact,
  sortedMap,
} from './go-json.js';
