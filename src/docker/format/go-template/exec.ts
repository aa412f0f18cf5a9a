// Walking the parse tree: text, actions, if/with/else, range (slices, maps in sorted key order,
// integers) with break/continue, and template invocations. Fidelity: text/template exec.go
// (walk, walkIfOrWith, walkRange, walkTemplate, printValue, execute).
import { evalPipeline } from './eval.js';
import { ExecError, Failure, LimitExceeded } from './errors.js';
import { State, type ExecConfig } from './exec-state.js';
import { noFlags } from './fmt-number.js';
import { formatArg } from './fmt-value.js';
import type { BranchNode, ListNode, Node, TemplateNode } from './nodes.js';
import { nodeString } from './nodes.js';
import { goQuote } from './quote.js';
import { goTypeName, kindOf, sortedEntries, truth } from './values.js';

const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

function printValue(s: State, node: Node, v: unknown): void {
  s.at(node);
  if (v === undefined) {
    s.write('<no value>');
    return;
  }
  if (kindOf(v, s.cfg.ctx) === 'func') s.errorf(`can't print ${nodeString(node)} of type ${goTypeName(v, s.cfg.ctx)}`);
  s.write(formatArg(v, 'v', noFlags(), s.cfg.ctx));
}

function walk(s: State, dot: unknown, node: Node): void {
  s.at(node);
  s.tick();
  switch (node.type) {
    case 'action': {
      const val = evalPipeline(s, dot, node.pipe);
      if (node.pipe.decl.length === 0) printValue(s, node, val);
      return;
    }
    case 'break': throw BREAK;
    case 'continue': throw CONTINUE;
    case 'if':
    case 'with': return walkIfOrWith(s, dot, node);
    case 'list':
      for (const n of node.nodes) walk(s, dot, n);
      return;
    case 'range': return walkRange(s, dot, node);
    case 'template': return walkTemplate(s, dot, node);
    case 'text': return s.write(node.text);
    default: return s.errorf(`unknown node: ${nodeString(node)}`);
  }
}

function walkIfOrWith(s: State, dot: unknown, node: BranchNode): void {
  const mark = s.mark();
  try {
    const val = evalPipeline(s, dot, node.pipe);
    if (truth(val, s.cfg.ctx)) walk(s, node.type === 'with' ? val : dot, node.list);
    else if (node.elseList !== null) walk(s, dot, node.elseList);
  } finally {
    s.pop(mark);
  }
}

function walkRange(s: State, dot: unknown, r: BranchNode): void {
  s.at(r);
  const outer = s.mark();
  try {
    const val = evalPipeline(s, dot, r.pipe);
    const mark = s.mark();
    const { decl, isAssign } = r.pipe;
    const oneIteration = (index: unknown, elem: unknown): void => {
      if (decl.length > 0) {
        if (isAssign) s.setVar(decl[0]!.ident[0] as string, decl.length > 1 ? index : elem);
        else s.setTopVar(1, elem);
      }
      if (decl.length > 1) {
        if (isAssign) s.setVar(decl[1]!.ident[0] as string, elem);
        else s.setTopVar(2, index);
      }
      try {
        walk(s, elem, r.list);
      } catch (e) {
        if (e !== CONTINUE) throw e;
      } finally {
        s.pop(mark);
      }
    };
    try {
      if (iterate(s, val, decl.length, oneIteration)) return;
    } catch (e) {
      if (e === BREAK) return;
      throw e;
    }
    if (r.elseList !== null) walk(s, dot, r.elseList);
  } finally {
    s.pop(outer);
  }
}

/** iterate runs the body over val; it returns false when there was nothing to iterate over. */
function iterate(s: State, val: unknown, vars: number, body: (index: unknown, elem: unknown) => void): boolean {
  const kind = kindOf(val, s.cfg.ctx);
  const show = (): string => formatArg(val, 'v', noFlags(), s.cfg.ctx);
  switch (kind) {
    case 'slice':
      (val as unknown[]).forEach((elem, i) => body(i, elem));
      return (val as unknown[]).length > 0;
    case 'map': {
      const entries = sortedEntries(val as object).filter(([, v]) => v !== undefined);
      for (const [k, v] of entries) body(k, v);
      return entries.length > 0;
    }
    case 'int': {
      if (vars > 1) s.errorf(`can't use ${show()} to iterate over more than one variable`);
      const n = Number(val);
      for (let i = 0; i < n; i++) body(undefined, i);
      return n > 0;
    }
    case 'invalid':
    case 'nil': return false;
    default: return s.errorf(`range can't iterate over ${show()}`);
  }
}

function walkTemplate(s: State, dot: unknown, t: TemplateNode): void {
  s.at(t);
  const tree = s.cfg.trees.get(t.name);
  if (tree === undefined) s.errorf(`template ${goQuote(t.name)} not defined`);
  if (s.depth >= s.cfg.maxDepth) s.errorf(`exceeded maximum template depth (${s.cfg.maxDepth})`);
  const value = evalPipeline(s, dot, t.pipe);
  const saved = { vars: s.vars, name: s.name };
  s.depth++;
  s.name = t.name;
  // No dynamic scoping: the invoked template sees only $, set to its dot.
  s.vars = [{ name: '$', value }];
  walk(s, value, tree as ListNode);
  Object.assign(s, saved);
  s.depth--;
}

/** executeTree runs the named tree over data and returns its output or Go's error. */
export function executeTree(cfg: ExecConfig, name: string, data: unknown): string | ExecError {
  const root = data === null ? undefined : data;
  const s = new State(cfg, name, root);
  try {
    const tree = cfg.trees.get(name);
    if (tree === undefined) s.errorf(`${goQuote(name)} is an incomplete or empty template`);
    walk(s, root, tree as ListNode);
    return s.output();
  } catch (e) {
    if (e instanceof Failure) return new ExecError(e.message, s.output());
    if (e instanceof LimitExceeded) return new ExecError(`template: ${cfg.parseName}: executing ${goQuote(s.name)}: ${e.what} exceeded`, s.output());
    // Never throw to the caller: a stack overflow or a bug becomes an error value too.
    const why = e instanceof RangeError ? 'nesting too deep' : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return new ExecError(`template: ${cfg.parseName}: executing ${goQuote(s.name)}: ${why}`, s.output());
  }
}
