import { connect, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectionGate, sourceAddress, type ConnectionGate } from '../../../../src/ssh/limits/connection-gate.js';

/** until polls until check is true (the server side of a socket settles asynchronously). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setImmediate(r));
}

describe('sourceAddress', () => {
  it.each([
    ['::ffff:10.0.0.7', '10.0.0.7'],
    ['10.0.0.7', '10.0.0.7'],
    ['2001:db8::1', '2001:db8::1'],
    [undefined, 'unknown'],
  ])('%s is counted as %s', (ip, address) => expect(sourceAddress(ip)).toBe(address));
});

describe('ConnectionGate', () => {
  let gate: ConnectionGate | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    sockets.forEach((s) => s.destroy());
    gate?.closeUnauthenticated();
    await new Promise<void>((r) => (gate ? gate.server.close(() => r()) : r()));
  });

  async function listen(limits: Partial<Parameters<typeof createConnectionGate>[0]['limits']>, accepted: Socket[]): Promise<number> {
    gate = createConnectionGate({
      limits: { maxConnectionsPerAddress: 10, maxUnauthenticatedPerAddress: 10, maxUnauthenticated: 10, loginGraceMs: 60_000, ...limits },
      log: pino({ level: 'silent' }),
      accept: (s) => accepted.push(s),
    });
    await new Promise<void>((r) => gate?.server.listen(0, '127.0.0.1', () => r()));
    const address = gate.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  function open(port: number): Promise<Socket> {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.resume();
    sockets.push(socket);
    return new Promise((r) => socket.once('connect', () => r(socket)));
  }

  it('hands admitted sockets to the SSH server and counts them from the first byte', async () => {
    const accepted: Socket[] = [];
    const port = await listen({}, accepted);
    await open(port);
    await open(port);
    await until(() => accepted.length === 2);
    expect(gate?.limiter.stats()).toEqual({ connections: 2, unauthenticated: 2, addresses: 1 });
  });

  it('a logged-in connection leaves the unauthenticated count', async () => {
    const accepted: Socket[] = [];
    const port = await listen({}, accepted);
    await open(port);
    await until(() => accepted.length === 1);
    const s = accepted[0];
    gate?.authenticated(s?.remoteAddress, s?.remotePort);
    expect(gate?.limiter.stats()).toMatchObject({ connections: 1, unauthenticated: 0 });
  });

  it('closeUnauthenticated drops only connections not logged in', async () => {
    const accepted: Socket[] = [];
    const port = await listen({}, accepted);
    await open(port);
    await open(port);
    await until(() => accepted.length === 2);
    const s = accepted[0];
    gate?.authenticated(s?.remoteAddress, s?.remotePort);
    gate?.closeUnauthenticated();
    expect(accepted.map((a) => a.destroyed)).toEqual([false, true]);
  });
});
