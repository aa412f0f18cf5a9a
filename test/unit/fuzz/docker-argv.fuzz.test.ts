// Any argv typed after `docker` goes through the real command tree and the real verbs against a
// live simulated cluster: the exit status is one docker uses, a failure always says something
// on stderr, and nothing reaches the server log as an unexpected error (which would mean a bug
// shown to the student as a daemon error). test/unit/docker/cli covers parseArgs alone.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeCluster } from '../docker/harness.js';
import { checkAsync, reportCases } from './budget.js';
import { argvFor, idsOf, runArgv, VERBS, type DockerOutcome } from './docker-fuzz.js';

reportCases('docker-argv');

// 0 ok, 1 error, 64 inspect template error, 125 flag error, 126/127 exec failures, 130 Ctrl-C.
const EXIT_CODES = [0, 1, 64, 125, 126, 127, 130];
const NODES = ['manager1', 'manager2', 'worker1', 'worker2'];

/**
 * recycled hands out a cluster that commands keep changing, and a fresh one every 100 cases:
 * a long run would otherwise pile up thousands of services and slow every case down.
 */
function recycled(make: () => Promise<FakeCluster>): () => Promise<FakeCluster> {
  let cluster: FakeCluster | undefined;
  let uses = 0;
  return async () => {
    if (cluster === undefined || uses++ % 100 === 0) cluster = await make();
    return cluster;
  };
}

function expectClean(argv: readonly string[], out: DockerOutcome): void {
  const label = JSON.stringify(argv).slice(0, 300);
  expect(out.logged.map(String), label).toEqual([]);
  expect(EXIT_CODES, label).toContain(out.exitCode);
  if (out.exitCode !== 0 && out.exitCode !== 130) expect(out.stderr, label).not.toBe('');
}

describe('docker argv through the real command tree', () => {
  it('every implemented verb, with its own flags, values, object IDs and noise', async () => {
    // The same seed gives the same IDs, so `known` stays valid across fresh clusters.
    const seeded = async (): Promise<FakeCluster> => {
      const cluster = FakeCluster.classroom(7);
      await runArgv(cluster, 'manager1', ['network', 'create', '-d', 'overlay', 'net1']);
      await runArgv(cluster, 'manager1', ['service', 'create', '--name', 'web', '--replicas', '2', '--network', 'net1', 'nginx']);
      return cluster;
    };
    const known = idsOf(await seeded());
    const next = recycled(seeded);
    const verbAndArgv = fc.constantFrom(...VERBS).chain((verb) => argvFor(verb, known));
    await checkAsync('verbs', fc.asyncProperty(verbAndArgv, fc.constantFrom(...NODES), fc.boolean(), async (argv, node, tty) => {
      expectClean(argv, await runArgv(await next(), node, argv, tty));
    }), 400);
  });

  it('free-form words: unicode, --, =, empty strings, control characters', async () => {
    const next = recycled(async () => FakeCluster.classroom(8));
    const word = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('', '--', '=', '-', '--=x', '-=', 'service', 'network', 'node', 'ls', 'ps', 'rm', 'create', 'inspect', 'exec', 'scale', 'update'));
    await checkAsync('free words', fc.asyncProperty(fc.array(word, { maxLength: 8 }), fc.constantFrom(...NODES), async (argv, node) => {
      expectClean(argv, await runArgv(await next(), node, argv));
    }), 400);
  });

  it('10 000 arguments to every verb that takes a list', async () => {
    const cluster = FakeCluster.classroom(9);
    const many = (prefix: string) => Array.from({ length: 10_000 }, (_, i) => `${prefix}${i}`);
    const lines: string[][] = [
      ['service', 'rm', ...many('s')],
      ['service', 'ps', ...many('s')],
      ['service', 'inspect', ...many('s')],
      ['service', 'scale', ...many('s').map((s) => `${s}=1`)],
      ['service', 'create', '--detach', '--name', 'big', 'alpine', ...many('arg')],
      ['network', 'rm', ...many('n')],
      ['network', 'inspect', ...many('n')],
      ['node', 'inspect', ...many('n')],
      ['node', 'ps', ...many('n')],
      ['node', 'ls', ...many('n')],
      ['ps', ...Array.from({ length: 5_000 }, () => ['--filter', 'name=x']).flat()],
      Array.from({ length: 10_000 }, () => '--'),
      Array.from({ length: 10_000 }, () => ''),
      Array.from({ length: 10_000 }, () => '-q'),
    ];
    for (const argv of lines) expectClean(argv.slice(0, 6), await runArgv(cluster, 'manager1', argv));
  });
});
