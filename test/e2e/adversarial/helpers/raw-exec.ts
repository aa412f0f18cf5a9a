// Exec requests the way a hostile or broken client sends them: huge commands, odd environment
// requests, many channels on one connection. Unlike execOnce, failures of the connection or the
// channel are results, not exceptions, and every call has a deadline so a hang fails the test.

import type { Client, ClientChannel } from 'ssh2';
import { connect } from '../../helpers/ssh-client.js';

/** RawExecResult is what came back: output and status, or the error that ended the attempt. */
export interface RawExecResult {
  stdout: string;
  stderr: string;
  code: number | null;
  error?: string;
}

/** execOn runs one exec request on an open connection; env is sent as env requests first. */
export function execOn(client: Client, command: string, env?: Record<string, string>, timeoutMs = 15_000): Promise<RawExecResult> {
  return new Promise((resolve, reject) => {
    const result: RawExecResult = { stdout: '', stderr: '', code: null };
    const timer = setTimeout(() => reject(new Error(`exec did not finish in ${timeoutMs} ms: ${command.slice(0, 80)}`)), timeoutMs);
    const gone = (): void => done('connection closed');
    const done = (error?: string): void => {
      clearTimeout(timer);
      client.off('close', gone);
      resolve(error === undefined ? result : { ...result, error });
    };
    client.once('close', gone);
    client.exec(command, env === undefined ? {} : { env }, (err: Error | undefined, stream: ClientChannel) => {
      if (err) return done(err.message);
      stream.on('data', (d: Buffer) => (result.stdout += d.toString('utf8')));
      stream.stderr.on('data', (d: Buffer) => (result.stderr += d.toString('utf8')));
      stream.on('exit', (c: number | null) => (result.code = c));
      stream.on('close', () => done());
    });
  });
}

/** execRaw connects, runs one exec request and disconnects; connection failures are results. */
export async function execRaw(port: number, user: string, command: string, env?: Record<string, string>): Promise<RawExecResult> {
  const client = await connect(port, user);
  client.on('error', () => undefined);
  client.setNoDelay(true);
  try {
    return await execOn(client, command, env);
  } finally {
    client.end();
  }
}
