// The bit of Go's encoding/csv that pflag's stringSlice uses: read one record from a flag value
// (`--subnet a,b`) and write a slice back for the `(default [a,b])` text.
// Fidelity: spf13/pflag string_slice.go (readAsCSV, writeAsCSV), Go encoding/csv reader.go and
// writer.go (fieldNeedsQuotes). Error columns follow Go's 1-based byte positions (read from the
// reader source, not checked against a real run).
import { fail, ok, type GoResult } from './go-strconv.js';

const byteLen = (s: string): number => Buffer.byteLength(s, 'utf8');

function parseError(line: string, index: number, what: string): GoResult<string[]> {
  return fail(`parse error on line 1, column ${byteLen(line.slice(0, index)) + 1}: ${what}`);
}

/** readCsvRecord reads the first record of s as csv.Reader does with default settings. */
export function readCsvRecord(s: string): GoResult<string[]> {
  if (s === '') return ok([]);
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (s[i] !== '"') {
      const end = s.slice(i).search(/[,\n]|\r\n/);
      const stop = end < 0 ? s.length : i + end;
      const field = s.slice(i, stop).replace(/\r$/, '');
      const quote = field.indexOf('"');
      if (quote >= 0) return parseError(s, i + quote, 'bare " in non-quoted-field');
      fields.push(field);
      if (stop >= s.length || s[stop] !== ',') return ok(fields);
      i = stop + 1;
      continue;
    }
    let field = '';
    let j = i + 1;
    for (;;) {
      const q = s.indexOf('"', j);
      if (q < 0) return parseError(s, s.length, 'extraneous or missing " in quoted-field');
      field += s.slice(j, q);
      if (s[q + 1] === '"') {
        field += '"';
        j = q + 2;
        continue;
      }
      const after = s[q + 1];
      if (after !== undefined && after !== ',' && after !== '\n' && !s.startsWith('\r\n', q + 1)) {
        return parseError(s, q, 'extraneous or missing " in quoted-field');
      }
      fields.push(field.replace(/\r\n/g, '\n'));
      if (after !== ',') return ok(fields);
      i = q + 2;
      break;
    }
  }
}

function needsQuotes(field: string): boolean {
  if (field === '') return false;
  if (field === '\\.') return true;
  if (/[\n\r",]/.test(field)) return true;
  return /^\s/u.test(field);
}

/** writeCsvRecord is csv.Writer.Write + Flush without the final newline. */
export function writeCsvRecord(fields: readonly string[]): string {
  return fields.map((f) => (needsQuotes(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}
