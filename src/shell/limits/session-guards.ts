// The limits of one interactive shell, gathered in one place: what the shell calls on input, before
// a command runs and around a command's output. Each guard tells the student in their language.

import type { Lang } from '../i18n.js';
import { InputLimiter } from '../line-editor/input-limit.js';
import type { ProcessIO } from '../process-io.js';
import { CommandThrottle } from './command-throttle.js';
import { IdleTimer } from './idle-timer.js';
import { limitMessages, type LimitMessages } from './limit-messages.js';
import { capOutput } from './output-cap.js';
import type { ShellLimits, ShellTimers } from './shell-limits.js';

/** SessionGuardsOptions wire the guards to a shell. */
export interface SessionGuardsOptions {
  limits: ShellLimits;
  lang: Lang;
  timers: ShellTimers;
  /** notify shows one line to the student (above the line being edited, or after the output). */
  notify(text: string): void;
  /** onIdleTimeout ends the session; the closing notice was already shown. */
  onIdleTimeout(): void;
}

/** SessionGuards enforces a shell's input, rate, output and idle limits. */
export class SessionGuards {
  /** messages are the limit notices in the session's language. */
  readonly messages: LimitMessages;
  private readonly input: InputLimiter;
  private readonly throttle: CommandThrottle;
  private readonly idle: IdleTimer | undefined;

  /** constructor builds the guards; start() arms the idle timer. */
  constructor(private readonly options: SessionGuardsOptions) {
    const { limits, timers } = options;
    this.messages = limitMessages(options.lang);
    this.input = new InputLimiter({ maxBurstBytes: limits.maxPasteBytes, now: () => timers.now() });
    this.throttle = new CommandThrottle({
      rate: limits.commandRate,
      burst: limits.commandBurst,
      timers,
      notice: () => options.notify(this.messages.throttled(limits.commandRate)),
    });
    if (limits.idleTimeoutMs > 0) {
      this.idle = new IdleTimer({
        timeoutMs: limits.idleTimeoutMs,
        timers,
        onWarn: (ms) => options.notify(this.messages.idleWarning(ms)),
        onTimeout: () => {
          options.notify(this.messages.idleClosed(limits.idleTimeoutMs));
          options.onIdleTimeout();
        },
      });
    }
  }

  /** start arms the idle timer. */
  start(): void {
    this.idle?.start();
  }

  /** stop disarms the idle timer. */
  stop(): void {
    this.idle?.stop();
  }

  /** filterInput counts input as activity and returns what may go on to the editor or the command. */
  filterInput(data: string): string {
    this.idle?.touch();
    const step = this.input.filter(data);
    if (step.dropped) this.options.notify(`\x07${this.messages.pasteTooLarge(this.options.limits.maxPasteBytes)}`);
    return step.pass;
  }

  /** admit waits until the command rate lets the next command run; false when signal aborted first. */
  admit(signal: AbortSignal): Promise<boolean> {
    return this.throttle.admit(signal);
  }

  /** capOutput bounds a command's output; onCut interrupts the command after the notice is shown. */
  capOutput(io: ProcessIO, onCut: () => void, exempt: () => boolean): ProcessIO {
    const max = this.options.limits.maxOutputBytes;
    return capOutput(io, {
      maxBytes: max,
      exempt,
      onCut: () => {
        io.stderr(`${this.messages.outputCut(max)}\n`);
        onCut();
      },
    });
  }
}
