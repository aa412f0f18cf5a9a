// docker's value types behind the service flags swarmlab simulates: validated label and env lists
// and the `network` option. Fidelity: docker/cli v28.2.2 opts/opts.go (ValidateLabel), opts/env.go
// (ValidateEnv), opts/parse.go (ConvertKVStringsToMap), opts/network.go (NetworkOpt.Set),
// cli/command/service/opts.go (makeEnv).
import { fail, listOpt, ok, type CustomFlag, type GoResult, type OptBase } from '../cli/index.js';
import { readCsvRecord } from '../cli/go-csv.js';

/** validateLabel is opts.ValidateLabel: a non-empty key without whitespace. */
export function validateLabel(value: string): GoResult<string> {
  const key = (value.split('=')[0] ?? '').replace(/^[ \t]+/, '');
  if (key === '') return fail(`invalid label '${value}': empty name`);
  if (/[ \t]/.test(key)) return fail(`label '${key}' contains whitespaces`);
  return ok(value);
}

/** validateEnv is opts.ValidateEnv; the CLI's own environment is empty here, so `FOO` stays `FOO`. */
export function validateEnv(value: string): GoResult<string> {
  if ((value.split('=')[0] ?? '') === '') return fail(`invalid environment variable: ${value}`);
  return ok(value);
}

/** labelListFlag is a `list` flag whose values must be labels. */
export function labelListFlag(base: OptBase): CustomFlag {
  return listOpt(base, validateLabel);
}

/** envListFlag is a `list` flag whose values must be environment variables. */
export function envListFlag(base: OptBase): CustomFlag {
  return listOpt(base, validateEnv);
}

/** kvMap is opts.ConvertKVStringsToMap: `k=v` → k: v, `k` → k: "" (later values win). */
export function kvMap(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    out[eq < 0 ? value : value.slice(0, eq)] = eq < 0 ? '' : value.slice(eq + 1);
  }
  return out;
}

/** makeEnv is serviceOptions.makeEnv: a later `KEY=...` replaces an earlier one, in order. */
export function makeEnv(values: readonly string[]): string[] {
  let current: string[] = [];
  for (const env of values) {
    const key = env.split('=')[0] ?? '';
    current = current.filter((c) => c === env || !c.startsWith(`${key}=`));
    current.push(env);
  }
  return current;
}

/** NetworkAttachment is one `--network` value: a network name or ID and its DNS aliases. */
export interface NetworkAttachment {
  target: string;
  aliases: string[];
}

const SIMULATED_KEYS = new Set(['name', 'alias']);
const KNOWN_KEYS = new Set(['ip', 'ip6', 'mac-address', 'link-local-ip', 'driver-opt', 'gw-priority']);

/** parseNetwork is NetworkOpt.Set: a plain name, or the long `name=...,alias=...` syntax. */
export function parseNetwork(value: string): GoResult<NetworkAttachment> {
  if (!/\w+=\w+(,\w+=\w+)*/.test(value)) return ok({ target: value, aliases: [] });
  const fields = readCsvRecord(value);
  if (!fields.ok) return fields;
  const out: NetworkAttachment = { target: '', aliases: [] };
  for (const field of fields.value) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? '' : field.slice(0, eq)).trim().toLowerCase();
    const val = field.slice(eq + 1).trim().toLowerCase();
    if (eq < 0 || key === '') return fail(`invalid field ${field}`);
    if (KNOWN_KEYS.has(key)) return fail(`swarmlab does not simulate the network option ${key} yet`);
    if (!SIMULATED_KEYS.has(key)) return fail(`invalid field key ${key}`);
    if (key === 'name') out.target = val;
    else out.aliases.push(val);
  }
  if (out.target === '') return fail('network name/id is not specified');
  return ok(out);
}

/** networkFlag is a repeatable `network` flag (opts.NetworkOpt). */
export function networkFlag(base: OptBase): CustomFlag {
  return {
    ...base, kind: 'custom', typeName: 'network', initial: (): NetworkAttachment[] => [], defValue: '',
    set(previous, raw) {
      const parsed = parseNetwork(raw);
      return parsed.ok ? ok([...(previous as NetworkAttachment[]), parsed.value]) : parsed;
    },
  };
}

/** shlexSplit is google/shlex Split as ShlexOpt uses it: words, quotes and backslash escapes. */
export function shlexSplit(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (c === '\\' && i + 1 < text.length && (quote === undefined || '"\\$`'.includes(text[i + 1] as string))) {
      word = (word ?? '') + (text[++i] as string);
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
