// The ProcessIO of a non-interactive session (an exec request or commands piped to `ssh -T`):
// stdout and stderr on their own channel streams, input handed to a command that reads it,
// Ctrl-C (with a pty) and the client going away interrupt the running command.

import { langFromEnv } from '../shell/i18n.js';
import { foregroundIO } from '../shell/interactive-shell.js';
import { limitMessages } from '../shell/limits/limit-messages.js';
import { capOutput } from '../shell/limits/output-cap.js';
import type { ProcessIO } from '../shell/process-io.js';
import type { SessionRequest } from './server.js';

/**
 * execIO builds the ProcessIO for a session without an interactive shell; dispose when done.
 * With `capped`, the output is cut (and the command interrupted) at the session's output limit.
 */
export function execIO(request: SessionRequest, capped = false): { io: ProcessIO; dispose(): void } {
  const interrupt = new AbortController();
  const onClose = (): void => interrupt.abort();
  request.closed.addEventListener('abort', onClose, { once: true });
  const readers = new Set<(data: string) => void>();
  const resizers = new Set<(size: { columns: number; rows: number }) => void>();
  const subs = [
    request.terminal.onData((data) => {
      if (readers.size > 0) for (const r of [...readers]) r(data);
      else if (request.terminal.isTTY && data.includes('\x03')) interrupt.abort();
    }),
    request.terminal.onResize((size) => resizers.forEach((r) => r(size))),
  ];
  const stdin = {
    onData: (l: (data: string) => void) => (readers.add(l), { dispose: () => readers.delete(l) }),
    onResize: (l: (size: { columns: number; rows: number }) => void) => (resizers.add(l), { dispose: () => resizers.delete(l) }),
  };
  const io = foregroundIO(request.terminal, interrupt.signal, stdin);
  const maxBytes = request.limits.maxOutputBytes;
  return {
    io: capped
      ? capOutput(io, {
          maxBytes,
          exempt: () => readers.size > 0,
          onCut: () => {
            io.stderr(`${limitMessages(langFromEnv(request.env)).outputCut(maxBytes)}\n`);
            interrupt.abort();
          },
        })
      : io,
    dispose: () => {
      for (const s of subs) s.dispose();
      request.closed.removeEventListener('abort', onClose);
    },
  };
}
