// Success table: what reaches the command layer (path, flags, args), and help/usage/version.
import { describe, expect, it } from 'vitest';
import { parseArgs, renderHelp, type Filters, type ParseResult } from '../../../../src/docker/cli/index.js';
import { fixtureRoot } from './fixtures.js';

const root = fixtureRoot();

function run(argv: string[]): Extract<ParseResult<unknown>, { kind: 'run' }> {
  const r = parseArgs(root, argv);
  if (r.kind !== 'run') throw new Error(`expected run, got ${r.kind}: ${r.stderr}`);
  return r;
}

describe('pflag semantics reach the command', () => {
  it('service create: flags before the image, everything after it is the command (interspersed off)', () => {
    const r = run(['service', 'create', '--name', 'web', '--replicas=3', '-e', 'A=1', '--env', 'B=2', 'nginx', 'sleep', '50m', '--detach']);
    expect(r.path.map((c) => c.name)).toEqual(['docker', 'service', 'create']);
    expect(r.command.name).toBe('create');
    expect(r.args).toEqual(['nginx', 'sleep', '50m', '--detach']);
    expect(r.flags.string('name')).toBe('web');
    expect(r.flags.custom<number>('replicas')).toBe(3);
    expect(r.flags.custom<string[]>('env')).toEqual(['A=1', 'B=2']);
    expect(r.flags.changed('detach')).toBe(false);
    expect(r.flags.bool('detach')).toBe(false);
    expect(r.flags.changedNames()).toEqual(['name', 'replicas', 'env']);
  });

  it('defaults are visible without being changed', () => {
    const r = run(['service', 'create', 'nginx']);
    expect(r.flags.string('mode')).toBe('replicated');
    expect(r.flags.number('update-parallelism')).toBe(1);
    expect(r.flags.custom<number | undefined>('replicas')).toBeUndefined();
    expect(r.flags.changed('mode')).toBe(false);
  });

  it('exec -it: combined bool shorthands, then the container command with its own flags', () => {
    const r = run(['exec', '-it', 'c1', 'sh', '-c', 'echo hi']);
    expect(r.flags.bool('interactive')).toBe(true);
    expect(r.flags.bool('tty')).toBe(true);
    expect(r.args).toEqual(['c1', 'sh', '-c', 'echo hi']);
  });

  it.each([
    [['ps', '-n', '-1'], -1], [['ps', '-n=5'], 5], [['ps', '-n5'], 5], [['ps', '--last=-3'], -3], [['ps', '--last', '0x10'], 16],
    [['ps', '-an', '7'], 7], [['ps'], -1],
  ])('ints and negative values: docker %j', (argv, last) => {
    expect(run(argv).flags.number('last')).toBe(last);
  });

  it('bools: --x=false counts as set; a following word is never a bool value', () => {
    const r = run(['service', 'ls', '--quiet=false']);
    expect(r.flags.bool('quiet')).toBe(false);
    expect(r.flags.changed('quiet')).toBe(true);
    expect(parseArgs(root, ['service', 'ls', '-q', 'false']).kind).toBe('error');
  });

  it('repeated flags: last string wins, slices accumulate comma-separated values, maps set keys', () => {
    const r = run(['network', 'create', '-d', 'bridge', '--driver', 'overlay', '--subnet', '10.0.0.0/24,10.1.0.0/24',
      '--subnet=10.2.0.0/24', '-o', 'a=b', '--opt', 'c', '--label', 'x', 'net1']);
    expect(r.flags.string('driver')).toBe('overlay');
    expect(r.flags.strings('subnet')).toEqual(['10.0.0.0/24', '10.1.0.0/24', '10.2.0.0/24']);
    expect([...r.flags.custom<Map<string, string>>('opt')]).toEqual([['a', 'b'], ['c', '']]);
    expect(r.flags.bool('ipv4')).toBe(true);
    expect(r.args).toEqual(['net1']);
  });

  it('filters: name lower-cased and trimmed, values deduplicated', () => {
    const r = run(['network', 'ls', '--filter', 'driver=overlay', '-f', ' Name = x ', '-f', 'driver=overlay']);
    expect([...r.flags.custom<Filters>('filter')]).toEqual([['driver', ['overlay']], ['name', ['x']]]);
  });

  it('-- ends flags and is remembered', () => {
    const r = run(['network', 'rm', '--', '-f']);
    expect(r.args).toEqual(['-f']);
    expect(r.argsLenAtDash).toBe(0);
    expect(r.flags.bool('force')).toBe(false);
  });

  it('aliases select the command; the path keeps its real name', () => {
    expect(run(['network', 'list']).path.map((c) => c.name)).toEqual(['docker', 'network', 'ls']);
    expect(run(['service', 'remove', 'x']).command.name).toBe('rm');
  });

  it('global flags before the command are parsed and exposed', () => {
    const r = run(['-D', '--host', 'tcp://x:2375', '-l', 'debug', 'service', 'ls']);
    expect(r.globals.bool('debug')).toBe(true);
    expect(r.globals.custom<string[]>('host')).toEqual(['tcp://x:2375']);
    expect(r.globals.string('log-level')).toBe('debug');
  });

  it('a stub leaf parses to run with no handler', () => {
    // `stack config` is still help-only (stack ls, ps, ... are implemented).
    const r = run(['stack', 'config']);
    expect(r.command.run).toBeUndefined();
  });

  it('deprecated persistent flags print a notice on stdout before running', () => {
    const r = run(['stack', '--orchestrator', 'swarm', 'ls']);
    expect(r.notices).toEqual({ stdout: 'Flag --orchestrator has been deprecated, option will be ignored\n', stderr: '' });
  });

  it('accessors refuse unknown names and wrong kinds', () => {
    const r = run(['service', 'ls']);
    expect(() => r.flags.bool('nope')).toThrow('flag accessed but not defined: nope');
    expect(() => r.flags.string('quiet')).toThrow(/of flag of type bool/);
  });
});

describe('help, usage and version', () => {
  const lsHelp = renderHelp([root, root.subcommands?.find((c) => c.name === 'service') ?? root,
    root.subcommands?.find((c) => c.name === 'service')?.subcommands?.find((c) => c.name === 'ls') ?? root], { width: 80, hideManagerOnly: false });
  it.each([
    [['service', 'ls', '--help']], [['service', 'ls', '--help', 'extra']], [['service', 'ls', 'extra', '--help']],
    [['service', 'list', '--help=true']], [['--help', 'service', 'ls']], [['help', 'service', 'ls']],
  ])('docker %j prints service ls help on stdout', (argv) => {
    expect(parseArgs(root, argv)).toEqual({ kind: 'help', stdout: lsHelp, stderr: '', exitCode: 0 });
  });

  it('--help wins over argument errors but not over flag errors', () => {
    expect(parseArgs(root, ['network', 'create', '--help']).kind).toBe('help');
    expect(parseArgs(root, ['network', 'create', '--foo', '--help']).kind).toBe('error');
  });

  it('after the image of service create, --help is an argument', () => {
    expect(run(['service', 'create', 'nginx', '--help']).args).toEqual(['nginx', '--help']);
  });

  it('--help before a subcommand swallows it (cobra Traverse): group help', () => {
    const r = parseArgs(root, ['service', '--help', 'create']);
    expect(r.kind === 'help' && r.stdout.startsWith('Usage:  docker service COMMAND\n')).toBe(true);
  });

  it('-h works but prints the shorthand deprecation: stdout for a command, stderr at the root', () => {
    const sub = parseArgs(root, ['service', 'ls', '-h']);
    expect(sub).toEqual({ kind: 'help', stdout: `Flag shorthand -h has been deprecated, use --help\n${lsHelp}`, stderr: '', exitCode: 0 });
    const top = parseArgs(root, ['-h']);
    expect(top.kind === 'help' && top.stderr).toBe('Flag shorthand -h has been deprecated, use --help\n');
    expect(top.kind === 'help' && top.stdout.startsWith('Usage:  docker [OPTIONS] COMMAND\n')).toBe(true);
  });

  it.each([[['-v']], [['--version']], [['-D', '-v']]])('docker %j prints the version', (argv) => {
    expect(parseArgs(root, argv)).toEqual({ kind: 'help', stdout: 'Docker version 28.2.2, build e6534b4\n', stderr: '', exitCode: 0 });
  });

  it('a bare group prints its usage on stderr with exit 0; so does bare docker', () => {
    const service = parseArgs(root, ['service']);
    expect(service.kind).toBe('usage');
    expect(service.kind !== 'run' && service.stderr.startsWith('Usage:  docker service COMMAND\n\nManage Swarm services\n')).toBe(true);
    const bare = parseArgs(root, []);
    expect(bare.kind !== 'run' && bare.exitCode === 0 && bare.stdout === '' && bare.stderr.includes('Swarm Commands:')).toBe(true);
  });

  it('workers do not list manager-only commands; inactive nodes also lose swarm leave', () => {
    const worker = parseArgs(root, ['swarm', '--help'], { hideManagerOnly: true });
    expect(worker.kind !== 'run' && worker.stdout).toContain('  leave       Leave the swarm\n');
    expect(worker.kind !== 'run' && worker.stdout).not.toContain('join-token');
    const inactive = parseArgs(root, ['swarm', '--help'], { hideManagerOnly: true, hideActiveOnly: true });
    expect(inactive.kind !== 'run' && inactive.stdout).not.toContain('leave');
  });

  it('help wraps flag text to the terminal width minus one', () => {
    const narrow = parseArgs(root, ['network', 'create', '--help'], { width: 60 });
    const lines = narrow.kind !== 'run' ? narrow.stdout.split('\n') : [];
    expect(lines).toContain('      --config-from string   The network from which');
    expect(lines).toContain(`${' '.repeat(29)}to copy the configuration`);
    const tiny = parseArgs(root, ['network', 'rm', '--help'], { width: 20 });
    // Under 24 usable columns pflag gives up wrapping (and keeps the text on the flag's line).
    expect(tiny.kind !== 'run' && tiny.stdout).toContain('  -f, --force   Do not error if the network does not exist\n');
  });
});
