// docker/cli internal/prompt Confirm: print the question with ` [y/N] `, read one line, accept
// only `y`/`Y`. No input (EOF) means no. An interrupt prints a newline and ends the command.
// A pty would echo what is typed; our terminal is raw, so the typed line is echoed here.

import type { ProcessIO } from './process-io.js';

/** ConfirmAnswer is the user's answer, or `terminated` after Ctrl-C. */
export type ConfirmAnswer = 'yes' | 'no' | 'terminated';

/** confirm asks a yes/no question on io and resolves with the answer. */
export function confirm(io: ProcessIO, message: string): Promise<ConfirmAnswer> {
  io.stdout(`${message} [y/N] `);
  const input = io.stdin;
  if (!input || io.signal.aborted) return Promise.resolve(io.signal.aborted ? terminated(io) : 'no');
  return new Promise((resolve) => {
    let line = '';
    const finish = (answer: ConfirmAnswer): void => {
      sub.dispose();
      io.signal.removeEventListener('abort', onAbort);
      resolve(answer);
    };
    const onAbort = (): void => finish(terminated(io));
    const sub = input.onData((data) => {
      for (const ch of data) {
        if (ch === '\r' || ch === '\n') {
          io.stdout('\n');
          finish(line.trim().toLowerCase() === 'y' ? 'yes' : 'no');
          return;
        }
        if (ch === '\x03') return onAbort();
        if (ch === '\x04' && line === '') return finish('no');
        if (ch === '\x7f' || ch === '\b') {
          if (line !== '') io.stdout('\b \b');
          line = line.slice(0, -1);
        } else if (ch >= ' ') {
          line += ch;
          io.stdout(ch);
        }
      }
    });
    io.signal.addEventListener('abort', onAbort);
  });
}

function terminated(io: ProcessIO): ConfirmAnswer {
  io.stdout('\n');
  return 'terminated';
}
