// Error table: input argv, then docker v28's exact stderr and exit code (flag errors exit 125).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../src/docker/cli/index.js';
import { fixtureRoot } from './fixtures.js';

const root = fixtureRoot();
const usage = (line: string, path: string, hint = 'Run'): string =>
  `\n\nUsage:  ${line}\n\n${hint} '${path} --help' for more information\n`;
const CREATE = 'docker service create [OPTIONS] IMAGE [COMMAND] [ARG...]';
const PS = 'docker ps [OPTIONS]';

const FLAG_ERRORS: [string, string, string, string][] = [
  ['service ls --foo', 'unknown flag: --foo', 'docker service ls [OPTIONS]', 'docker service ls'],
  ['service ls --foo=bar', 'unknown flag: --foo', 'docker service ls [OPTIONS]', 'docker service ls'],
  ['service ls -x', "unknown shorthand flag: 'x' in -x", 'docker service ls [OPTIONS]', 'docker service ls'],
  ['service ls -qx', "unknown shorthand flag: 'x' in -x", 'docker service ls [OPTIONS]', 'docker service ls'],
  ['service ls -é', "unknown shorthand flag: 'Ã' in -é", 'docker service ls [OPTIONS]', 'docker service ls'],
  ['service ls ---x', 'bad flag syntax: ---x', 'docker service ls [OPTIONS]', 'docker service ls'],
  ['service ls --=x', 'bad flag syntax: --=x', 'docker service ls [OPTIONS]', 'docker service ls'],
  ['service create --replicas', 'flag needs an argument: --replicas', CREATE, 'docker service create'],
  ['service create -e', "flag needs an argument: 'e' in -e", CREATE, 'docker service create'],
  ['service create --replicas abc alpine',
    'invalid argument "abc" for "--replicas" flag: strconv.ParseUint: parsing "abc": invalid syntax', CREATE, 'docker service create'],
  ['service create --replicas=-1 alpine',
    'invalid argument "-1" for "--replicas" flag: strconv.ParseUint: parsing "-1": invalid syntax', CREATE, 'docker service create'],
  ['service create --limit-pids 1.5 alpine',
    'invalid argument "1.5" for "--limit-pids" flag: strconv.ParseInt: parsing "1.5": invalid syntax', CREATE, 'docker service create'],
  ['service create --update-delay 5 alpine',
    'invalid argument "5" for "--update-delay" flag: time: missing unit in duration "5"', CREATE, 'docker service create'],
  ['service create --restart-delay 5x alpine',
    'invalid argument "5x" for "--restart-delay" flag: time: unknown unit "x" in duration "5x"', CREATE, 'docker service create'],
  ['service create --health-interval -1s alpine',
    'invalid argument "-1s" for "--health-interval" flag: duration cannot be negative', CREATE, 'docker service create'],
  ['service create --update-max-failure-ratio x alpine',
    'invalid argument "x" for "--update-max-failure-ratio" flag: strconv.ParseFloat: parsing "x": invalid syntax', CREATE, 'docker service create'],
  ['service create -d=maybe alpine',
    'invalid argument "maybe" for "-d, --detach" flag: strconv.ParseBool: parsing "maybe": invalid syntax', CREATE, 'docker service create'],
  ['ps -n abc', 'invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax', PS, 'docker ps'],
  ['ps --last=99999999999999999999',
    'invalid argument "99999999999999999999" for "-n, --last" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range', PS, 'docker ps'],
  ['ps -f foo', 'invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)', PS, 'docker ps'],
  ['network create --subnet a"b x',
    'invalid argument "a\\"b" for "--subnet" flag: parse error on line 1, column 2: bare " in non-quoted-field',
    'docker network create [OPTIONS] NETWORK', 'docker network create'],
  ['node ps a b --foo', 'unknown flag: --foo', 'docker node ps [OPTIONS] [NODE...]', 'docker node ps'],
  ['network --foo', 'unknown flag: --foo', 'docker network', 'docker network'],
  ['service -q ls', "unknown shorthand flag: 'q' in -q", 'docker service', 'docker service'],
  ['--foo', 'unknown flag: --foo', 'docker [OPTIONS] COMMAND [ARG...]', 'docker'],
  ['-x ps', "unknown shorthand flag: 'x' in -x", 'docker [OPTIONS] COMMAND [ARG...]', 'docker'],
  ['--host', 'flag needs an argument: --host', 'docker [OPTIONS] COMMAND [ARG...]', 'docker'],
  ['-- --foo', 'unknown flag: --foo', 'docker [OPTIONS] COMMAND [ARG...]', 'docker'],
];

describe('flag errors (FlagErrorFunc: pflag error, Usage line, Run hint; exit 125)', () => {
  it.each(FLAG_ERRORS)('docker %s', (argv, error, line, path) => {
    const r = parseArgs(root, argv.split(' '));
    expect(r).toEqual({ kind: 'error', stdout: '', stderr: error + usage(line, path), exitCode: 125 });
  });
});

const ARG_ERRORS: [string, string, number][] = [
  ['servce', "docker: unknown command: docker servce\n\nRun 'docker --help' for more information\n", 1],
  ['service foo', `docker: unknown command: docker service foo${usage('docker service', 'docker service')}`, 1],
  ['volume foo bar', `docker: unknown command: docker volume foo${usage('docker volume COMMAND', 'docker volume')}`, 1],
  ['service ls extra', `docker: 'docker service ls' accepts no arguments${usage('docker service ls [OPTIONS]', 'docker service ls')}`, 1],
  ['network create', `docker: 'docker network create' requires 1 argument${usage('docker network create [OPTIONS] NETWORK', 'docker network create')}`, 1],
  ['network connect a', `docker: 'docker network connect' requires 2 arguments${usage('docker network connect [OPTIONS] NETWORK CONTAINER', 'docker network connect')}`, 1],
  ['service create', `docker: 'docker service create' requires at least 1 argument${usage(CREATE, 'docker service create', 'See')}`, 1],
  ['exec c', `docker: 'docker exec' requires at least 2 arguments${usage('docker exec [OPTIONS] CONTAINER COMMAND [ARG...]', 'docker exec', 'See')}`, 1],
  ['images a b', `docker: 'docker images' requires at most 1 argument${usage('docker images [OPTIONS] [REPOSITORY[:TAG]]', 'docker images', 'SRun')}`, 1],
  ['commit', `docker: 'docker commit' requires at least 1 and at most 2 arguments${usage('docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]', 'docker commit')}`, 1],
  ['service ls -- extra', `docker: 'docker service ls' accepts no arguments${usage('docker service ls [OPTIONS]', 'docker service ls')}`, 1],
  ['service -- ls', `docker: unknown command: docker service ls${usage('docker service', 'docker service')}`, 1],
  ['service scale web', "invalid scale specifier 'web'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services\n", 1],
  ['service scale a=1 =2', "invalid scale specifier '=2'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services\n", 1],
  ['context use', 'accepts 1 arg(s), received 0\n', 1],
  ['help foo', 'unknown help topic: foo\n', 1],
  ['help service foo', 'unknown help topic: foo\n', 1],
  ['service --foo=1 ls', 'unknown flag: --foo\n', 1],
];

describe('argument and command errors (exit 1)', () => {
  it.each(ARG_ERRORS)('docker %s', (argv, stderr, exitCode) => {
    expect(parseArgs(root, argv.split(' '))).toEqual({ kind: 'error', stdout: '', stderr, exitCode });
  });
});
