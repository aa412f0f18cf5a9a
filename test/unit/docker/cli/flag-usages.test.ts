// pflag FlagUsagesWrapped: value names, `(default ...)` rendering per type, alignment, wrapping.
import { describe, expect, it } from 'vitest';
import { flagUsagesWrapped, listOpt, mapOpt, type CustomFlag, type FlagSpec } from '../../../../src/docker/cli/index.js';

/** opaque is a custom flag of the given help type that keeps the raw values. */
const opaque = (name: string, typeName: string, usage: string, extra: Partial<CustomFlag> = {}): CustomFlag => ({ ...listOpt({ name, usage }), typeName, ...extra });

const line = (flag: FlagSpec): string => flagUsagesWrapped([flag], 0);

describe('value names and defaults', () => {
  it.each([
    [{ kind: 'bool', name: 'all', shorthand: 'a', usage: 'Show all' }, '  -a, --all   Show all\n'],
    [{ kind: 'bool', name: 'ipv4', usage: 'Enable', default: true }, '      --ipv4   Enable (default true)\n'],
    [{ kind: 'string', name: 'driver', usage: 'Driver', default: 'bridge' }, '      --driver string   Driver (default "bridge")\n'],
    [{ kind: 'string', name: 'q', usage: 'Quote', default: 'a"b' }, '      --q string   Quote (default "a\\"b")\n'],
    [{ kind: 'string', name: 'name', usage: 'Service name' }, '      --name string   Service name\n'],
    [{ kind: 'int', name: 'last', shorthand: 'n', usage: 'Show n', default: -1 }, '  -n, --last int   Show n (default -1)\n'],
    [{ kind: 'uint64', name: 'par', usage: 'Parallel', default: 1 }, '      --par uint   Parallel (default 1)\n'],
    [{ kind: 'uint', name: 'zero', usage: 'Zero' }, '      --zero uint   Zero\n'],
    [{ kind: 'float', name: 'ratio', usage: 'Ratio', default: 0.5 }, '      --ratio float   Ratio (default 0.5)\n'],
    [{ kind: 'float', name: 'big', usage: 'Big', default: 1e6 }, '      --big float   Big (default 1e+06)\n'],
    [{ kind: 'float', bits: 32, name: 'f32', usage: 'F' }, '      --f32 float   F\n'],
    [{ kind: 'duration', name: 'delay', usage: 'Delay', default: 5e9 }, '      --delay duration   Delay (default 5s)\n'],
    [{ kind: 'duration', name: 'none', usage: 'None' }, '      --none duration   None\n'],
    [{ kind: 'stringSlice', name: 'subnet', usage: 'Subnets' }, '      --subnet strings   Subnets\n'],
    [{ kind: 'stringSlice', name: 's', usage: 'S', default: ['a', 'b,c'] }, '      --s strings   S (default [a,"b,c"])\n'],
    [{ kind: 'stringArray', name: 'arr', usage: 'Arr', default: ['x'] }, '      --arr stringArray   Arr (default [x])\n'],
    [listOpt({ name: 'env', shorthand: 'e', usage: 'Set env' }), '  -e, --env list   Set env\n'],
    [mapOpt({ name: 'opt', shorthand: 'o', usage: 'Options' }), '  -o, --opt map   Options (default map[])\n'],
    [opaque('ulimit', 'ulimit', 'Ulimit options', { defValue: '[]' }), '      --ulimit ulimit   Ulimit options (default [])\n'],
    [opaque('n', 'thing', 'N', { defValue: '0' }), '      --n thing   N\n'],
    [{ kind: 'string', name: 'file', usage: 'Read the `path` given' }, '      --file path   Read the path given\n'],
    [{ kind: 'bool', name: 'old', usage: 'Old', deprecated: 'use --new' }, '      --old   Old (DEPRECATED: use --new)\n'],
    [{ kind: 'bool', name: 'hs', shorthand: 'x', shorthandDeprecated: 'gone', usage: 'H' }, '      --hs   H\n'],
    [opaque('lvl', 'level', 'Level', { noOptDefVal: 'info' }), '      --lvl level[=info]   Level\n'],
  ] as [FlagSpec, string][])('%j', (flag, expected) => expect(line(flag)).toBe(expected));
});

describe('layout', () => {
  it('sorts by name and aligns on the longest flag column (pflag off-by-one included)', () => {
    const out = flagUsagesWrapped([
      { kind: 'bool', name: 'quiet', shorthand: 'q', usage: 'Only display IDs' },
      { kind: 'string', name: 'format', usage: 'Format' },
    ], 0);
    expect(out).toBe('      --format string   Format\n  -q, --quiet           Only display IDs\n');
  });

  it('wraps at the last space before the limit, with 5 columns of slop for the last word', () => {
    const flag: FlagSpec = { kind: 'bool', name: 'detach', shorthand: 'd', usage: 'Exit immediately instead of waiting for the service to converge' };
    expect(flagUsagesWrapped([flag], 79)).toBe(
      '  -d, --detach   Exit immediately instead of waiting for the service to\n                 converge\n',
    );
    expect(flagUsagesWrapped([flag], 0)).toBe('  -d, --detach   Exit immediately instead of waiting for the service to converge\n');
  });

  it('keeps embedded newlines as line breaks, indented', () => {
    const flag: FlagSpec = { kind: 'string', name: 'format', usage: 'One:\ntwo\nthree' };
    expect(flagUsagesWrapped([flag], 79)).toBe('      --format string   One:\n                        two\n                        three\n');
  });
});
