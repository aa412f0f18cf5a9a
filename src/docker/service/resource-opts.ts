// `--limit-cpu`/`--reserve-cpu` (opts.NanoCPUs: a rational number of CPUs, ParseCPUs) and
// `--limit-memory`/`--reserve-memory` (opts.MemBytes: go-units RAMInBytes, binary units, the
// `b` optional). Fidelity: docker/cli v28.2.2 opts/opts.go, vendor/github.com/docker/go-units/size.go.
import { fail, ok, parseGoFloat, type CustomFlag, type GoResult, type OptBase } from '../cli/index.js';

const NANO = 1_000_000_000n;

/** parseCpus is opts.ParseCPUs: nano CPUs, or docker's error. */
export function parseCpus(value: string): GoResult<number> {
  const rational = /^([+-]?)(\d+)\/(\d+)$/.exec(value);
  let num: bigint;
  let den: bigint;
  if (rational) {
    num = BigInt(rational[2] as string) * (rational[1] === '-' ? -1n : 1n);
    den = BigInt(rational[3] as string);
    if (den === 0n) return fail(`failed to parse ${value} as a rational number`);
  } else {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return fail(`failed to parse ${value} as a rational number`);
    const frac = m[3] ?? '';
    const exp = Number(m[4] ?? '0') - frac.length;
    num = BigInt(`${m[2] || '0'}${frac}`) * (m[1] === '-' ? -1n : 1n);
    den = 1n;
    if (exp >= 0) num *= 10n ** BigInt(exp);
    else den = 10n ** BigInt(-exp);
  }
  const nano = num * NANO;
  if (nano % den !== 0n) return fail('value is too precise');
  return ok(Number(nano / den));
}

/** parseRamInBytes is units.RAMInBytes. */
export function parseRamInBytes(size: string): GoResult<number> {
  const sep = Math.max(...[...'01234567890. '].map((c) => size.lastIndexOf(c)));
  if (sep === -1) return fail(`invalid size: '${size}'`);
  const num = size[sep] === ' ' ? size.slice(0, sep) : size.slice(0, sep + 1);
  let sfx = size.slice(sep + 1);
  const parsed = parseGoFloat(num);
  if (!parsed.ok) return parsed;
  let bytes = parsed.value;
  if (bytes < 0) return fail(`invalid size: '${size}'`);
  if (sfx === '') return ok(Math.trunc(bytes));
  const bad = (): GoResult<number> => fail(`invalid suffix: '${sfx}'`);
  if (sfx.length > 3) return bad();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad() : ok(Math.trunc(bytes));
  const mul = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 }[sfx[0] as string];
  if (mul === undefined) return bad();
  bytes *= mul;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return bad();
  return ok(Math.trunc(bytes));
}

/** cpusFlag is a `decimal` flag (opts.NanoCPUs), 0 until set. */
export function cpusFlag(base: OptBase): CustomFlag {
  return { ...base, kind: 'custom', typeName: 'decimal', initial: () => 0, defValue: '', set: (_previous, raw) => parseCpus(raw) };
}

/** bytesFlag is a `bytes` flag (opts.MemBytes), 0 until set. */
export function bytesFlag(base: OptBase): CustomFlag {
  return { ...base, kind: 'custom', typeName: 'bytes', initial: () => 0, defValue: '0', set: (_previous, raw) => parseRamInBytes(raw) };
}

/** bytesSize is units.BytesSize: `%.4g` of the size in the largest binary unit, e.g. `128MiB`. */
export function bytesSize(size: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
  let i = 0;
  let n = size;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${formatG4(n)}${units[i]}`;
}

/** formatG4 is Go's %.4g for the sizes docker prints (no exponent below 1e4). */
export function formatG4(n: number): string {
  if (n === 0) return '0';
  if (n >= 1e4) return n.toExponential(3).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
  return String(Number(n.toPrecision(4)));
}
