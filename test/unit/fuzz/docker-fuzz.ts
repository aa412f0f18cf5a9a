// Drives `runDocker` with generated command lines against a live simulated cluster, the way the
// harness does, but also catches what the harness hides: errors runDocker only logs (a bug in a
// verb that would print "Error response from daemon" to a student) and commands that never end.

import fc from 'fast-check';
import type { CommandSpec, FlagSpec } from '../../../src/docker/cli/index.js';
import type { DockerHost } from '../../../src/docker/host.js';
import { dockerTree } from '../../../src/docker/registry.js';
import { runDocker } from '../../../src/docker/run-docker.js';
import type { ProcessIO } from '../../../src/shell/process-io.js';
import { FakeCluster } from '../docker/harness.js';

/** Verb is an implemented docker command: the words that reach it and the flags it takes. */
export interface Verb {
  words: string[];
  flags: FlagSpec[];
}

function walk(cmd: CommandSpec<unknown>, words: string[], inherited: FlagSpec[], out: Verb[]): void {
  const flags = [...inherited, ...(cmd.persistentFlags ?? [])];
  if (cmd.run !== undefined) out.push({ words, flags: [...flags, ...(cmd.flags ?? [])] });
  for (const sub of cmd.subcommands ?? []) walk(sub, [...words, sub.name], flags, out);
}

/** VERBS lists every verb swarmlab implements, read from the production command tree. */
export const VERBS: readonly Verb[] = (() => {
  const out: Verb[] = [];
  walk(dockerTree('/root/.docker'), [], [], out);
  return out;
})();

/** DockerOutcome is what one command did. */
export interface DockerOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** logged holds errors runDocker reported to the server log: bugs, not user mistakes. */
  logged: unknown[];
  /** hung is true when the command was still sleeping after the budget and got Ctrl-C. */
  hung: boolean;
}

/** runArgv runs one docker command line on a node; sleeps advance the simulated clock. */
export async function runArgv(cluster: FakeCluster, hostname: string, argv: readonly string[], tty = false): Promise<DockerOutcome> {
  const interrupt = new AbortController();
  let sleeps = 0;
  const outcome: DockerOutcome = { exitCode: -1, stdout: '', stderr: '', logged: [], hung: false };
  const io: ProcessIO = {
    stdout: (t) => void (outcome.stdout += t),
    stderr: (t) => void (outcome.stderr += t),
    isTTY: tty,
    size: () => ({ columns: 80, rows: 24 }),
    signal: interrupt.signal,
    sleep: async (ms) => {
      if (interrupt.signal.aborted) return false;
      // A waiting command (service create without --detach) may legitimately wait for ever on
      // an image that never converges; after a simulated while, press Ctrl-C like a student.
      if (++sleeps > 300) {
        outcome.hung = true;
        interrupt.abort();
        return false;
      }
      cluster.advance(Math.min(Math.max(ms, 0), 60_000));
      return true;
    },
  };
  const host: DockerHost = { cluster, hostname, io, exec: async () => 0, log: (error) => void outcome.logged.push(error) };
  outcome.exitCode = await runDocker(argv, host);
  return outcome;
}

/** idsOf lists object IDs and names of the cluster, so generated argv hits real objects too. */
export function idsOf(cluster: FakeCluster): string[] {
  const s = cluster.state();
  return [
    ...Object.values(s.services).flatMap((x) => [x.id, x.id.slice(0, 12), x.spec.name]),
    ...Object.values(s.networks).flatMap((x) => [x.id, x.id.slice(0, 5), x.name]),
    ...Object.values(s.nodes).flatMap((x) => [x.id, x.hostname]),
    ...Object.values(s.tasks).flatMap((x) => [x.id, x.id.slice(0, 3)]),
  ];
}

const NOISE = fc.oneof(
  fc.constantFrom('', '-', '--', '=', '-=', '--=', '-h', '--help', '-q', '--no-trunc', '--format', '{{.ID}}', '{{json .}}', 'table {{.Name}}',
    '{{', '}}', '{{.Nope}}', '--filter', 'name=a', 'label=x=y', 'driver=overlay', '--detach', '-d', '--replicas', '-1', '0', '3', '99999999999999999999',
    'web', 'web=2', 'web=-1', 'a=b=c', 'alpine', 'nginx:latest', 'sleep', '50m', '--network', 'ingress', 'bridge', 'host', 'manager1', 'worker2',
    'é', '😀', '\x00', '\x1b[31m', '\u202e', 'a'.repeat(300), 'x=', '=y', '--mode', 'global', '--subnet', '10.0.0.0/8', '300.1.1.1/33'),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

/** argvFor builds argv for a verb: its words, then a mix of its own flags, values and noise. */
export function argvFor(verb: Verb, known: readonly string[]): fc.Arbitrary<string[]> {
  const flagWords = verb.flags.flatMap((f) => [`--${f.name}`, ...(f.shorthand ? [`-${f.shorthand}`] : [])]);
  const value = known.length > 0 ? fc.oneof(NOISE, fc.constantFrom(...known)) : NOISE;
  const flag = flagWords.length > 0 ? fc.constantFrom(...flagWords) : fc.constant('--help');
  const item = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(flag, value).map(([f, v]) => [f, v]) },
    { weight: 2, arbitrary: fc.tuple(flag, value).map(([f, v]) => [`${f}=${v}`]) },
    { weight: 3, arbitrary: value.map((v) => [v]) },
    { weight: 1, arbitrary: flag.map((f) => [f]) },
  );
  return fc.array(item, { maxLength: 6 }).map((items) => [...verb.words, ...items.flat()]);
}
