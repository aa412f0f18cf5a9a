// The parser's per-template state: a three-token lookahead buffer over the shared lexer, the
// variables in scope, and Go's error reporting. Fidelity: text/template/parse/parse.go (next,
// backup2/3, peek, nextNonSpace, errorf, unexpected, useVar, add, IsEmptyTree).
import { Failure } from './errors.js';
import { itemString, type Item, type ItemType, type Lexer } from './lexer.js';
import type { ListNode, Node, VariableNode } from './nodes.js';
import { goQuote } from './quote.js';

/** MAX_STACK_DEPTH bounds nested parentheses (Go's maxStackDepth is 10000; JS stacks are smaller). */
export const MAX_STACK_DEPTH = 1000;

/** MAX_NESTING bounds nested control structures, which Go does not bound at all. */
export const MAX_NESTING = 1000;

/** Shared is what every tree parsed from one text shares. */
export interface Shared {
  readonly lex: Lexer;
  readonly parseName: string;
  readonly treeSet: Map<string, ListNode>;
  readonly hasFunction: (name: string) => boolean;
  readonly maxStackDepth: number;
  nesting: number;
}

const EOF_ITEM: Item = { typ: 'eof', pos: 0, val: 'EOF', line: 1 };

/** Tree is the parse state of one template (the top level, a define or a block). */
export class Tree {
  root: ListNode | null = null;
  vars: string[] = ['$'];
  actionLine = 0;
  rangeDepth = 0;
  stackDepth = 0;
  private readonly token: Item[] = [EOF_ITEM, EOF_ITEM, EOF_ITEM];
  private peekCount = 0;

  constructor(
    public name: string,
    readonly shared: Shared,
  ) {}

  /** next returns the next token. */
  next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.shared.lex.nextItem();
    return this.token[this.peekCount] as Item;
  }

  /** backup backs the input stream up one token. */
  backup(): void {
    this.peekCount++;
  }

  /** backup2 backs up two tokens; the zeroth is already there. */
  backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  /** backup3 backs up three tokens; the zeroth is already there. */
  backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  /** peek returns but does not consume the next token. */
  peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1] as Item;
    this.peekCount = 1;
    this.token[0] = this.shared.lex.nextItem();
    return this.token[0];
  }

  /** nextNonSpace returns the next non-space token. */
  nextNonSpace(): Item {
    let token = this.next();
    while (token.typ === 'space') token = this.next();
    return token;
  }

  /** peekNonSpace returns but does not consume the next non-space token. */
  peekNonSpace(): Item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  /** errorf stops parsing with `template: NAME:LINE: message`. */
  errorf(message: string): never {
    this.root = null;
    throw new Failure(`template: ${this.shared.parseName}:${(this.token[0] as Item).line}: ${message}`);
  }

  /** expect consumes the next token and guarantees it has the required type. */
  expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  /** expectOneOf consumes the next token and guarantees it has one of the required types. */
  expectOneOf(a: ItemType, b: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== a && token.typ !== b) this.unexpected(token, context);
    return token;
  }

  /** unexpected complains about the token; a lexer error names the line its action started on. */
  unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.shared.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  /** useVar returns a node for a variable reference, which must be in scope. */
  useVar(pos: number, name: string): VariableNode {
    const ident = name.split('.');
    if (!this.vars.includes(ident[0] as string)) this.errorf(`undefined variable ${goQuote(ident[0] as string)}`);
    return { type: 'variable', pos, ident };
  }

  /** add records this tree in the tree set, refusing a second non-empty definition. */
  add(): void {
    const existing = this.shared.treeSet.get(this.name);
    if (existing === undefined || isEmptyTree(existing)) {
      this.shared.treeSet.set(this.name, this.root as ListNode);
      return;
    }
    if (!isEmptyTree(this.root as ListNode)) this.errorf(`template: multiple definition of template ${goQuote(this.name)}`);
  }

  /** enterParen counts one more parenthesized pipeline, as Go's stackDepth does. */
  enterParen(): void {
    if (this.stackDepth >= this.shared.maxStackDepth) this.errorf('max expression depth exceeded');
    this.stackDepth++;
  }

  /** enter counts one more nested control structure, failing past MAX_NESTING. */
  enter(): void {
    if (++this.shared.nesting > MAX_NESTING) this.errorf('max expression depth exceeded');
  }

  /** leave undoes enter. */
  leave(): void {
    this.shared.nesting--;
  }
}

/** isEmptyTree reports whether a tree holds nothing but space. */
export function isEmptyTree(n: Node): boolean {
  if (n.type === 'list') return n.nodes.every(isEmptyTree);
  if (n.type === 'text') return n.text.trim() === '';
  return false;
}
