// docker version: layout from the oracle recording version (client 28.2.2; its server part came
// from Debian's 20.10 engine, so the Server section follows docker/cli v28.2.2
// cli/command/system/version.go defaultVersionTemplate for a Docker CE 28.2.2 engine instead).

import { describe, expect, it } from 'vitest';
import { readOracle } from '../cli/oracle.js';
import { docker, golden } from '../harness.js';
import { given, noSwarm } from '../lesson.js';

describe('docker version', () => {
  it('prints the Client section like the recording, then the engine', async () => {
    const result = await docker(given(), 'worker1', 'version');
    expect(result.exitCode).toBe(0);
    const clientOf = (text: string) => text.split('\n\n')[0]?.replace(/ API version: .*/, ' API version: X');
    expect(clientOf(result.stdout)).toBe(clientOf(readOracle('version')?.stdout ?? ''));
    await expect(result.stdout).toMatchFileSnapshot(golden('system/version'));
  });

  it('is the same outside a swarm', async () => {
    expect((await docker(noSwarm(), 'manager1', 'version')).stdout).toBe((await docker(given(), 'manager1', 'version')).stdout);
  });

  it('--format runs a template over the versions; json prints the object', async () => {
    expect(await docker(given(), 'manager1', ['version', '--format', '{{.Server.Version}}/{{.Client.Version}}'])).toEqual({ stdout: '28.2.2/28.2.2\n', stderr: '', exitCode: 0 });
    const json = JSON.parse((await docker(given(), 'manager1', 'version --format json')).stdout) as { Server: { ApiVersion: string; Components: { Name: string }[] } };
    expect(json.Server.ApiVersion).toBe('1.50');
    expect(json.Server.Components.map((c) => c.Name)).toEqual(['Engine', 'containerd', 'runc', 'docker-init']);
  });

  // Templates see Go field names: clientVersion.APIVersion is tagged `json:"ApiVersion"`
  // (docker/cli cli/command/system/version.go; api/types/types.go Version).
  it('--format uses Go field names (.Client.APIVersion) while json keeps the API keys', async () => {
    expect(await docker(given(), 'manager1', ['version', '--format', '{{.Client.APIVersion}} {{.Server.APIVersion}}'])).toEqual({ stdout: '1.50 1.50\n', stderr: '', exitCode: 0 });
    expect(JSON.parse((await docker(given(), 'manager1', ['version', '--format', '{{json .Client}}'])).stdout)).toMatchObject({ ApiVersion: '1.50' });
  });

  it('on a node whose engine is down prints the Client section, then fails', async () => {
    const c = given();
    const id = Object.values(c.state().nodes).find((n) => n.hostname === 'worker1')?.id ?? '';
    c.execute({ type: 'SetNodeState', nodeId: id, state: 'down' });
    const result = await docker(c, 'worker1', 'version');
    expect(result.stdout).toMatch(/^Client:\n Version: {11}28\.2\.2\n/);
    expect(result.stdout).not.toContain('Server');
    expect(result.stderr).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n');
    expect(result.exitCode).toBe(1);
  });
});
