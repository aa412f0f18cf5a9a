// One execution's state: the variable stack, the node being executed (for error context), the
// output, and the bounds that keep any template from running away. Fidelity: text/template
// exec.go (state, push/mark/pop/setVar/setTopVar/varValue, errorf, ErrorContext in parse.go).
import { Failure, LimitExceeded } from './errors.js';
import type { ListNode, Node } from './nodes.js';
import { nodeString } from './nodes.js';
import { goQuote } from './quote.js';
import type { GoFunc, ValueContext } from './values.js';

/** ExecConfig is everything an execution reads but never changes. */
export interface ExecConfig {
  readonly text: string;
  readonly parseName: string;
  readonly trees: ReadonlyMap<string, ListNode>;
  readonly funcs: ReadonlyMap<string, GoFunc>;
  readonly builtins: ReadonlyMap<string, GoFunc>;
  readonly missingKey: 'invalid' | 'zero' | 'error';
  readonly ctx: ValueContext;
  readonly maxOutput: number;
  readonly maxSteps: number;
  readonly maxDepth: number;
}

interface Variable {
  readonly name: string;
  value: unknown;
}

/** State is the mutable side of one execution. */
export class State {
  node: Node | null = null;
  vars: Variable[];
  depth = 0;
  private steps = 0;
  private readonly chunks: string[] = [];
  private size = 0;

  constructor(
    readonly cfg: ExecConfig,
    public name: string,
    data: unknown,
  ) {
    this.vars = [{ name: '$', value: data }];
  }

  /** at marks the node being executed, for error reporting. */
  at(node: Node): void {
    this.node = node;
  }

  /** tick counts one step of work and stops a runaway template. */
  tick(): void {
    if (++this.steps > this.cfg.maxSteps) throw new LimitExceeded(`step limit (${this.cfg.maxSteps})`);
  }

  /** write appends to the output, bounded by maxOutput. */
  write(s: string): void {
    this.size += s.length;
    if (this.size > this.cfg.maxOutput) throw new LimitExceeded(`output limit (${this.cfg.maxOutput} characters)`);
    this.chunks.push(s);
  }

  /** output returns everything written so far. */
  output(): string {
    return this.chunks.join('');
  }

  /** location is ErrorContext's `NAME:LINE:BYTE` for a node (the byte column counts UTF-8 bytes). */
  location(node: Node): string {
    const before = this.cfg.text.slice(0, node.pos);
    const nl = before.lastIndexOf('\n');
    const col = Buffer.byteLength(nl < 0 ? before : before.slice(nl + 1), 'utf8');
    return `${this.cfg.parseName}:${before.split('\n').length}:${col}`;
  }

  /** errorf stops execution with Go's `template: LOC: executing "NAME" at <NODE>: message`. */
  errorf(message: string): never {
    if (this.node === null) throw new Failure(`template: ${this.name}: ${message}`);
    throw new Failure(`template: ${this.location(this.node)}: executing ${goQuote(this.name)} at <${nodeString(this.node)}>: ${message}`);
  }

  /** push declares a variable. */
  push(name: string, value: unknown): void {
    this.vars.push({ name, value });
  }

  /** mark returns the height of the variable stack. */
  mark(): number {
    return this.vars.length;
  }

  /** pop drops variables declared since mark. */
  pop(mark: number): void {
    this.vars.length = mark;
  }

  /** setVar assigns the innermost variable of that name. */
  setVar(name: string, value: unknown): void {
    const v = this.find(name);
    v.value = value;
  }

  /** setTopVar sets the n-th variable from the top (range iterations). */
  setTopVar(n: number, value: unknown): void {
    const v = this.vars[this.vars.length - n];
    if (v !== undefined) v.value = value;
  }

  /** varValue returns the innermost variable of that name. */
  varValue(name: string): unknown {
    return this.find(name).value;
  }

  private find(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) return v;
    }
    return this.errorf(`undefined variable: ${name}`);
  }
}
