// Typed read access to parsed flag values, the way a docker command reads its options struct
// and asks flags.Changed("detach").
import { opsOf, type FlagStore } from './flag-parser.js';
import type { FlagKind, FlagSpec } from './spec.js';

/** ParsedFlags gives typed access to the values of one command's flags after parsing. */
export class ParsedFlags {
  private readonly byName = new Map<string, FlagSpec>();

  constructor(defs: readonly FlagSpec[], private readonly store: FlagStore) {
    for (const d of defs) if (!this.byName.has(d.name)) this.byName.set(d.name, d);
  }

  /** names lists the long names of every flag this command accepts. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** has reports whether the command declares a flag with this long name. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** changed reports whether the user set the flag explicitly (pflag's Changed). */
  changed(name: string): boolean {
    return this.store.changed.has(this.spec(name));
  }

  /** changedNames lists the long names of the flags the user set, in declaration order. */
  changedNames(): string[] {
    return [...this.byName.values()].filter((f) => this.store.changed.has(f)).map((f) => f.name);
  }

  /** get returns a flag's value: the parsed one, else its default. */
  get(name: string): unknown {
    const flag = this.spec(name);
    return this.store.values.has(flag) ? this.store.values.get(flag) : opsOf(flag).initial();
  }

  /** bool reads a bool flag. */
  bool(name: string): boolean {
    return this.typed(name, ['bool']) as boolean;
  }

  /** string reads a string flag. */
  string(name: string): string {
    return this.typed(name, ['string']) as string;
  }

  /** number reads an int, uint, uint64 or float flag. */
  number(name: string): number {
    return this.typed(name, ['int', 'uint', 'uint64', 'float']) as number;
  }

  /** duration reads a duration flag in nanoseconds. */
  duration(name: string): number {
    return this.typed(name, ['duration']) as number;
  }

  /** strings reads a stringArray or stringSlice flag. */
  strings(name: string): readonly string[] {
    return this.typed(name, ['stringArray', 'stringSlice']) as readonly string[];
  }

  /** custom reads a custom flag's value; the caller names the type its `set` produces. */
  custom<T>(name: string): T {
    return this.typed(name, ['custom']) as T;
  }

  private spec(name: string): FlagSpec {
    const flag = this.byName.get(name);
    if (flag === undefined) throw new Error(`flag accessed but not defined: ${name}`);
    return flag;
  }

  private typed(name: string, kinds: readonly FlagKind[]): unknown {
    const flag = this.spec(name);
    if (!kinds.includes(flag.kind)) throw new Error(`trying to get ${kinds.join('|')} value of flag of type ${flag.kind}`);
    return this.get(name);
  }
}
