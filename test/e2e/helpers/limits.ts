// Helpers for the limits e2e tests: a server with some limits lowered, raw TCP connections that
// never say a word (a half-open flood), and SSH_MSG_IGNORE packets like the keystroke-timing
// chaff some clients send.

import { connect as tcpConnect, type Socket } from 'node:net';
import type { Client } from 'ssh2';
import { DEFAULT_LIMITS, type Limits } from '../../../src/config.js';
import { TestServer } from './test-server.js';

/** startWithLimits starts a test server whose limits are the defaults with some overrides. */
export function startWithLimits(overrides: Partial<Limits>): Promise<TestServer> {
  return TestServer.start({ limits: { ...DEFAULT_LIMITS, ...overrides } });
}

/** SilentSocket is a TCP connection that never sends its SSH version line. */
export interface SilentSocket {
  socket: Socket;
  closed: Promise<void>;
  isClosed(): boolean;
}

/** openSilent connects n sockets to the port and waits until each is connected. */
export async function openSilent(port: number, n: number): Promise<SilentSocket[]> {
  const out: SilentSocket[] = [];
  for (let i = 0; i < n; i++) {
    const socket = tcpConnect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.resume(); // read (and ignore) the server's version line, or 'close' would wait for it
    let done = false;
    const closed = new Promise<void>((resolve) => socket.once('close', () => ((done = true), resolve())));
    await new Promise<void>((resolve) => (socket.once('connect', () => resolve()), socket.once('close', () => resolve())));
    out.push({ socket, closed, isClosed: () => done });
  }
  return out;
}

// The parts of ssh2's client we reach into to send a raw packet; ssh2 has no public API for
// SSH_MSG_IGNORE. If an ssh2 upgrade renames them, this throws and the test says so.
interface ProtocolInternals {
  _protocol: {
    _packetRW: { write: { allocStart: number; alloc(n: number): Buffer; finalize(packet: Buffer): Buffer } };
    _cipher: { encrypt(packet: Buffer): void };
  };
}

/** sendIgnore sends one SSH_MSG_IGNORE (RFC 4253 §11.2) carrying `size` bytes of data. */
export function sendIgnore(client: Client, size = 16): void {
  const proto = (client as unknown as ProtocolInternals)._protocol;
  const writer = proto._packetRW.write;
  const start = writer.allocStart;
  const packet = writer.alloc(1 + 4 + size);
  packet[start] = 2;
  packet.writeUInt32BE(size, start + 1);
  packet.fill(0x41, start + 5, start + 5 + size);
  proto._cipher.encrypt(writer.finalize(packet));
}

/** sleep waits ms of real time (only where a limit's timer must run out). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
