// Builders for secret/config command tests: a classroom with the given secrets or configs.
import { docker, FakeCluster } from '../harness.js';

/** FILES are the user's files every case can read. */
export const FILES: Record<string, string> = { 'pw.txt': 's3cret\n', 'site.conf': 'listen 80;\n', 'empty.txt': '' };

/** withData creates secrets (or configs) named `names` on manager1, labelled l=<name>. */
export async function withData(kind: 'secret' | 'config', ...names: string[]): Promise<FakeCluster> {
  const cluster = FakeCluster.classroom();
  for (const name of names) {
    const result = await docker(cluster, 'manager1', [kind, 'create', '-l', `l=${name}`, name, 'pw.txt'], { files: FILES });
    if (result.exitCode !== 0) throw new Error(result.stderr);
    cluster.advance(60_000);
  }
  return cluster;
}
