// docker stack over real SSH: a compose file written with a heredoc in the user's home, a secret
// piped into `docker secret create -`, stack deploy, services and ps once the tasks run, then
// stack rm. Each command is one `ssh host 'command'`, as a script would run them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execOnce } from './helpers/ssh-client.js';
import { TestServer } from './helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

const ssh = (command: string) => execOnce(server.port, 'alice+manager1+stk', command);

const COMPOSE = `cat > docker-compose.yml <<EOF
version: "3.8"
services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
    deploy:
      replicas: 2
    secrets: [db_pw]
secrets:
  db_pw:
    external: true
EOF`;

describe('docker stack over SSH', () => {
  it('deploys a compose file written with a heredoc, lists its tasks and removes it', async () => {
    expect((await ssh(COMPOSE)).code).toBe(0);
    const secret = await ssh('echo s3cret | docker secret create db_pw -');
    expect(secret.stdout).toMatch(/^[0-9a-z]{25}\n$/);

    const deploy = await ssh('docker stack deploy -c docker-compose.yml app');
    expect(deploy).toMatchObject({ code: 0, stdout: 'Creating network app_default\nCreating service app_web\n' });

    let ps = '';
    for (let i = 0; i < 100 && (ps.match(/Running {9}Running/g) ?? []).length < 2; i++) {
      ps = (await ssh('docker stack ps app')).stdout;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(ps).toMatch(/app_web\.1 +nginx:1\.27/);
    expect(ps).toMatch(/app_web\.2 +nginx:1\.27/);
    expect((await ssh('docker stack services app')).stdout).toMatch(/app_web +replicated +2\/2 +nginx:1\.27 +\*:8080->80\/tcp/);
    expect((await ssh('docker stack ls')).stdout).toBe('NAME      SERVICES\napp       1\n');

    expect((await ssh('docker secret rm db_pw')).stderr).toContain("secret 'db_pw' is in use by the following service: app_web");
    const rm = await ssh('docker stack rm app');
    expect(rm).toMatchObject({ code: 0, stdout: 'Removing service app_web\nRemoving network app_default\n' });
    expect((await ssh('docker stack ls')).stdout).toBe('NAME      SERVICES\n');
  });
});
