// Shared helpers for the service verb tests: oracle-backed error cases and golden names.
import { expect } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden, type DockerResult, type FakeCluster } from '../harness.js';
import { given, slug, type Setup } from '../lesson.js';

/** ErrorCase is one failing command line: description, host, argv, setup, stderr, exit status. */
export type ErrorCase = [string, string, string | string[], Setup, string, number];

/** none is the fresh classroom. */
export const none: Setup = () => undefined;

/** WORKER_ERROR is what a worker's engine answers to manager-only requests. */
export const WORKER_ERROR = "Error response from daemon: This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager.\n";

/** INACTIVE_ERROR is what an engine outside any swarm answers. */
export const INACTIVE_ERROR = 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n';

/** expectError runs an error case: nothing on stdout, the exact stderr and exit status. */
export async function expectError(c: FakeCluster, host: string, line: string | string[], stderr: string, exitCode: number): Promise<void> {
  expect(await docker(c, host, line)).toEqual({ stdout: '', stderr, exitCode });
}

/** expectOracle runs a recorded command on manager1 of the given cluster and compares stdout, stderr and exit status. */
export async function expectOracle(name: string, c: FakeCluster = given()): Promise<DockerResult> {
  const oracle = readOracle(name);
  if (!oracle) throw new Error(`no oracle recording ${name}`);
  const result = await docker(c, 'manager1', oracle.argv);
  expect(result).toEqual({ stdout: oracle.stdout, stderr: oracle.stderr, exitCode: oracle.exit });
  return result;
}

/** goldenOf is the golden file of a case under test/golden/docker/<object>/. */
export function goldenOf(object: string, verb: string, description: string): string {
  return golden(`${object}/${verb}-${slug(description)}`);
}

/** runOk runs setup command lines on manager1, each of which must succeed silently on stderr. */
export async function runOk(c: FakeCluster, ...lines: string[]): Promise<void> {
  for (const line of lines) {
    const result = await docker(c, 'manager1', line);
    expect(result.stderr, line).toBe('');
    expect(result.exitCode, line).toBe(0);
  }
}

/**
 * expectGoldenAfter runs setup lines on a fresh classroom, lets 20 s of cluster time pass, then
 * compares `line`'s stdout with the golden file test/golden/docker/service/<verb>-<name>.
 */
export async function expectGoldenAfter(verb: string, name: string, setup: readonly string[], line: string | string[]): Promise<void> {
  const c = given();
  await runOk(c, ...setup);
  c.advance(20_000);
  const result = await docker(c, 'manager1', line);
  expect(result.stderr).toBe('');
  await expect(result.stdout).toMatchFileSnapshot(goldenOf('service', verb, name));
}
