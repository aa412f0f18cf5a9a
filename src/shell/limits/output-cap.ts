// Output per command: a command that writes more than `maxBytes` to the terminal is cut there.
// We interrupt it rather than let it run on silently: its output is its only effect on a node
// (`ping`, `docker service logs -f`, a `while` loop), and a real pipe to `head` ends such a
// command the same way (SIGPIPE). Commands that change the cluster print little, and their
// change is committed before they print. Interactive programs that read the keyboard (a shell in
// a container) are exempt: their own commands are capped one by one inside them.

import type { ProcessIO } from '../process-io.js';
import { utf8Length } from './shell-limits.js';

/** OutputCapOptions configure a cap. */
export interface OutputCapOptions {
  maxBytes: number;
  /** onCut is called once, when the cap is reached, after the part that fits was written. */
  onCut(): void;
  /** exempt says whether output is currently uncounted (the command reads the keyboard). */
  exempt?(): boolean;
}

/** capOutput wraps a command's ProcessIO so stdout and stderr together stop at maxBytes. */
export function capOutput(io: ProcessIO, options: OutputCapOptions): ProcessIO {
  let used = 0;
  let cut = false;
  const guard = (write: (text: string) => void) => (text: string): void => {
    if (cut) return;
    if (options.exempt?.()) {
      write(text);
      return;
    }
    const size = utf8Length(text);
    if (used + size <= options.maxBytes) {
      used += size;
      write(text);
      return;
    }
    cut = true;
    const fits = fittingPrefix(text, options.maxBytes - used);
    used = options.maxBytes;
    if (fits !== '') write(fits.endsWith('\n') ? fits : `${fits}\n`);
    options.onCut();
  };
  return { ...io, stdout: guard((t) => io.stdout(t)), stderr: guard((t) => io.stderr(t)) };
}

/** fittingPrefix is the longest prefix of text, whole code points, within budget bytes. */
function fittingPrefix(text: string, budget: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > budget) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}
