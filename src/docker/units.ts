// docker/go-units size.go: BytesSize (binary units, 4 significant digits) and
// HumanSizeWithPrecision (decimal units), as `node inspect --pretty` and `docker ps -s` print sizes.

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, units: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i] as string];
}

/** goG formats like Go's %.<precision>g for the magnitudes sizes take (no exponent form). */
function goG(n: number, precision: number): string {
  return String(Number(n.toPrecision(precision)));
}

/** bytesSize is units.BytesSize: `1.94GiB`. */
export function bytesSize(bytes: number): string {
  const [size, unit] = sizeAndUnit(bytes, 1024, BINARY);
  return `${goG(size, 4)}${unit}`;
}

/** humanSizeWithPrecision is units.HumanSizeWithPrecision: `7.8MB` with precision 3. */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  const [size, unit] = sizeAndUnit(bytes, 1000, DECIMAL);
  return `${goG(size, precision)}${unit}`;
}
