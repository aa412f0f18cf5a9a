// The floor: the thinnest SSH server the ssh2 library allows, in one Node process, as swarmlab
// runs: accept any login, give a pty shell a prompt, echo every keystroke back. No shell, no
// cluster, no storage. Measured with the same class and typing load, it shows how much of the
// echo latency is the runtime and the SSH library, and how much is swarmlab's own work.

import ssh2 from 'ssh2';
import type { ServerChannel } from 'ssh2';
import { serve } from './ipc.js';

// ssh2 is CommonJS: its classes come from the default export under Node's ESM loader.
const { Server, utils } = ssh2;

let server: ssh2.Server | undefined;

function shell(channel: ServerChannel, login: string): void {
  const [user, node] = login.split('+');
  // The prompt the load client waits for (sessions.ts): user@node:~$
  channel.write(`${user ?? login}@${node ?? 'floor'}:~$ `);
  channel.on('data', (data: Buffer) => {
    channel.write(data[0] === 0x7f ? '\b \b' : data);
  });
}

serve({
  start() {
    const { private: hostKey } = utils.generateKeyPairSync('ed25519');
    return new Promise<{ port: number }>((resolve, reject) => {
      const s = new Server({ hostKeys: [hostKey] }, (client) => {
        let login = '';
        client.on('error', () => undefined);
        client.on('authentication', (ctx) => {
          login = ctx.username;
          ctx.accept();
        });
        client.on('ready', () => {
          client.on('session', (accept) => {
            const session = accept();
            session.on('pty', (ok) => ok?.());
            session.on('shell', (ok) => {
              const channel = ok?.();
              if (channel) shell(channel, login);
            });
          });
        });
      });
      server = s;
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const address = s.address();
        resolve({ port: typeof address === 'object' && address !== null ? address.port : 0 });
      });
    });
  },

  stop() {
    server?.close();
    setTimeout(() => process.exit(0), 20);
    return true;
  },
});
