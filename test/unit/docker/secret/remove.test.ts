// docker secret rm: docker/cli v28.2.2 cli/command/secret/remove.go (each removed name echoed,
// errors joined at the end), swarmkit controlapi/secret.go RemoveSecret (in use by a service).

import { describe, expect, it } from 'vitest';
import { docker } from '../harness.js';
import { FILES, withData } from './fixtures.js';

describe('docker secret rm', () => {
  it('removes what it can and reports the rest', async () => {
    const cluster = await withData('secret', 'a', 'b');
    const result = await docker(cluster, 'manager1', 'secret rm a nope b');
    expect(result).toEqual({ stdout: 'a\nb\n', stderr: 'Error response from daemon: secret nope not found\n', exitCode: 1 });
    expect(cluster.state().secrets).toEqual({});
  });

  it('is refused while a service uses the secret, and the service sees it at /run/secrets', async () => {
    const cluster = await withData('secret', 'db_pw');
    const created = await docker(cluster, 'manager1', 'service create -d --name web --secret db_pw --secret source=db_pw,target=copy,mode=0400 alpine sleep 1d', { files: FILES });
    expect(created.exitCode).toBe(0);
    const refs = Object.values(cluster.state().services)[0]?.spec.secrets;
    expect(refs?.map((r) => [r.name, r.target, r.mode])).toEqual([['db_pw', 'db_pw', 0o444], ['db_pw', 'copy', 0o400]]);
    const result = await docker(cluster, 'manager1', 'secret rm db_pw');
    expect(result).toEqual({
      stdout: '',
      stderr: "Error response from daemon: rpc error: code = InvalidArgument desc = secret 'db_pw' is in use by the following service: web\n",
      exitCode: 1,
    });
  });

  it('service create --secret with an unknown name fails in the CLI', async () => {
    const result = await docker(await withData('secret'), 'manager1', 'service create -d --secret nope alpine');
    expect(result).toEqual({ stdout: '', stderr: 'secret not found: nope\n', exitCode: 1 });
  });

  it('service update --secret-rm then --secret-add', async () => {
    const cluster = await withData('secret', 'a', 'b');
    await docker(cluster, 'manager1', 'service create -d --name web --secret a alpine sleep 1d');
    const result = await docker(cluster, 'manager1', 'service update -d --secret-rm a --secret-add b web');
    expect(result.exitCode).toBe(0);
    expect(Object.values(cluster.state().services)[0]?.spec.secrets?.map((r) => r.name)).toEqual(['b']);
    expect((await docker(cluster, 'manager1', 'secret rm a')).exitCode).toBe(0);
  });
});
