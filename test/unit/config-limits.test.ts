import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, parseConfig, USAGE } from '../../src/config.js';
import { LIMIT_FLAGS, parseLimitValue } from '../../src/config-limits.js';

const limitsOf = (argv: string[], env: Record<string, string> = {}) => parseConfig(argv, env).limits;

describe('config: limits', () => {
  it('defaults never get in the way of a class', () => {
    expect(limitsOf([])).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toMatchObject({
      maxAuthTries: 6,
      loginGraceMs: 120_000,
      maxConnectionsPerAddress: 400,
      maxUnauthenticatedPerAddress: 50,
      maxUnauthenticated: 200,
      maxSessionsPerConnection: 10,
      maxSessionsPerUser: 20,
      idleTimeoutMs: 7_200_000,
      maxLineLength: 4096,
      maxPasteBytes: 262_144,
      maxHistory: 1000,
      commandRate: 20,
      commandBurst: 50,
      maxOutputBytes: 1_048_576,
      maxSessionBufferBytes: 4_194_304,
      maxServices: 100,
      maxNetworks: 50,
      maxTasks: 1000,
    });
  });

  it('reads each limit from its flag or its variable; the flag wins', () => {
    expect(limitsOf(['--idle-timeout', '30m']).idleTimeoutMs).toBe(1_800_000);
    expect(limitsOf([], { SWARMLAB_IDLE_TIMEOUT: '90' }).idleTimeoutMs).toBe(90_000);
    expect(limitsOf(['--max-services=5'], { SWARMLAB_MAX_SERVICES: '7' }).maxServices).toBe(5);
    expect(limitsOf([], { SWARMLAB_MAX_PASTE: '512k' }).maxPasteBytes).toBe(524_288);
  });

  it('every limit has a flag, a SWARMLAB_ variable and a line in USAGE', () => {
    expect(new Set(LIMIT_FLAGS.map((f) => f.key))).toEqual(new Set(Object.keys(DEFAULT_LIMITS)));
    for (const f of LIMIT_FLAGS) {
      expect(f.env).toBe(`SWARMLAB_${f.flag.toUpperCase().replaceAll('-', '_')}`);
      expect(USAGE).toContain(`--${f.flag} `);
      expect(USAGE).toContain(f.env);
    }
  });

  it.each([
    ['duration', '120', 120_000],
    ['duration', '90s', 90_000],
    ['duration', '2m', 120_000],
    ['duration', '2h', 7_200_000],
    ['duration', '500ms', 500],
    ['duration', '1.5h', 5_400_000],
    ['size', '4096', 4096],
    ['size', '256k', 262_144],
    ['size', '256KiB', 262_144],
    ['size', '1M', 1_048_576],
    ['count', '20', 20],
  ] as const)('%s "%s" is %i', (unit, text, value) => {
    expect(parseLimitValue(unit, text)).toBe(value);
  });

  it.each([
    [['--max-services', 'lots'], '--max-services (SWARMLAB_MAX_SERVICES) must be a whole number, got "lots"'],
    [['--max-services', '0'], '--max-services (SWARMLAB_MAX_SERVICES) must be from 1 to 100000, got "0"'],
    [['--idle-timeout', '2 weeks'], '--idle-timeout (SWARMLAB_IDLE_TIMEOUT) must be a duration such as 90, 90s, 2m or 2h (seconds without a unit), got "2 weeks"'],
    [['--max-paste', '1x'], '--max-paste (SWARMLAB_MAX_PASTE) must be a size such as 4096, 256k or 1m (bytes without a unit), got "1x"'],
    [['--max-command-rate', '2.5'], '--max-command-rate (SWARMLAB_MAX_COMMAND_RATE) must be a whole number, got "2.5"'],
  ])('%j is refused with a clear error', (argv, message) => {
    expect(() => parseConfig(argv, {})).toThrow(new ConfigError(message));
  });

  it('a bad variable is named in the error too', () => {
    expect(() => parseConfig([], { SWARMLAB_MAX_TASKS: '-1' })).toThrow('--max-tasks (SWARMLAB_MAX_TASKS) must be a whole number, got "-1"');
  });

  it('0 turns off the idle timeout and the command rate', () => {
    expect(limitsOf(['--idle-timeout', '0', '--max-command-rate', '0'])).toMatchObject({ idleTimeoutMs: 0, commandRate: 0 });
  });
});
