// Evaluation of pipelines, commands, fields, chains and variables. Fidelity: text/template
// exec.go (evalPipeline, evalCommand, notAFunction, evalFieldNode, evalChainNode,
// evalVariableNode, evalFieldChain, evalField).
import { evalArg, evalCall, evalFunction, idealConstant } from './eval-call.js';
import type { State } from './exec-state.js';
import { nodeString, type ChainNode, type CommandNode, type FieldNode, type Node, type PipeNode, type VariableNode } from './nodes.js';
import { goQuote } from './quote.js';
import { GoFunc, goTypeName, kindOf, mapLookup, mapZero, type Signature } from './values.js';

/** MISSING marks "no value from a previous pipeline stage" (exec.go missingVal). */
export const MISSING: unique symbol = Symbol('missing');

/** Final is a pipeline's previous value, or MISSING. */
export type Final = unknown;

/** evalPipeline evaluates a pipeline and declares or assigns its variables. */
export function evalPipeline(s: State, dot: unknown, pipe: PipeNode | null): unknown {
  if (pipe === null) return undefined;
  s.at(pipe);
  let value: unknown = MISSING;
  for (const cmd of pipe.cmds) {
    value = evalCommand(s, dot, cmd, value);
    // A nil read through interface{} (decoded JSON) is no value at all, as Elem() of a nil interface.
    if (value === null && s.cfg.ctx.objects === 'map') value = undefined;
  }
  for (const v of pipe.decl) {
    if (pipe.isAssign) s.setVar(v.ident[0] as string, value);
    else s.push(v.ident[0] as string, value);
  }
  return value;
}

/** notAFunction fails when a non-function is given arguments. */
export function notAFunction(s: State, args: readonly Node[], final: Final): void {
  if (args.length > 1 || final !== MISSING) s.errorf(`can't give argument to non-function ${nodeString(args[0] as Node)}`);
}

function evalCommand(s: State, dot: unknown, cmd: CommandNode, final: Final): unknown {
  s.tick();
  const first = cmd.args[0] as Node;
  switch (first.type) {
    case 'field': return evalFieldNode(s, dot, first, cmd.args, final);
    case 'chain': return evalChainNode(s, dot, first, cmd.args, final);
    case 'identifier': return evalFunction(s, dot, first, cmd, cmd.args, final);
    case 'pipe':
      notAFunction(s, cmd.args, final);
      return evalPipeline(s, dot, first);
    case 'variable': return evalVariableNode(s, dot, first, cmd.args, final);
    default: break;
  }
  s.at(first);
  notAFunction(s, cmd.args, final);
  switch (first.type) {
    case 'bool': return first.value;
    case 'dot': return dot;
    case 'nil': return s.errorf('nil is not a command');
    case 'number': return idealConstant(s, first);
    case 'string': return first.text;
    default: return s.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }
}

/** evalFieldNode evaluates `.A.B` against dot. */
export function evalFieldNode(s: State, dot: unknown, field: FieldNode, args: readonly Node[] | null, final: Final): unknown {
  s.at(field);
  return evalFieldChain(s, dot, dot, field, field.ident, args, final);
}

/** evalChainNode evaluates `(pipeline).A.B`. */
export function evalChainNode(s: State, dot: unknown, chain: ChainNode, args: readonly Node[] | null, final: Final): unknown {
  s.at(chain);
  if (chain.node.type === 'nil') s.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
  const receiver = evalArg(s, dot, null, chain.node);
  return evalFieldChain(s, dot, receiver, chain, chain.field, args, final);
}

/** evalVariableNode evaluates `$x` or `$x.A.B`. */
export function evalVariableNode(s: State, dot: unknown, v: VariableNode, args: readonly Node[] | null, final: Final): unknown {
  s.at(v);
  const value = s.varValue(v.ident[0] as string);
  if (v.ident.length === 1) {
    notAFunction(s, args ?? [], final);
    return value;
  }
  return evalFieldChain(s, dot, value, v, v.ident.slice(1), args, final);
}

function evalFieldChain(s: State, dot: unknown, receiver: unknown, node: Node, ident: readonly string[], args: readonly Node[] | null, final: Final): unknown {
  let r = receiver;
  for (let i = 0; i < ident.length - 1; i++) r = evalField(s, dot, ident[i] as string, node, null, MISSING, r);
  return evalField(s, dot, ident[ident.length - 1] as string, node, args, final, r);
}

/** staticType is the receiver's type as Go reports it; values inside decoded JSON are interface {}. */
function staticType(s: State, v: unknown): string {
  const { ctx } = s.cfg;
  if (ctx.objects === 'map' && v !== ctx.root) return 'interface {}';
  return goTypeName(v, ctx);
}

function method(receiver: object, name: string): GoFunc | undefined {
  const m: unknown = (receiver as Record<string, unknown>)[name];
  if (!Object.prototype.hasOwnProperty.call(receiver, name)) return undefined;
  if (m instanceof GoFunc) return m;
  if (typeof m !== 'function') return undefined;
  const sig: Signature = { params: [], result: 'string' };
  return new GoFunc(sig, () => (m as () => unknown).call(receiver));
}

function evalField(s: State, dot: unknown, name: string, node: Node, args: readonly Node[] | null, final: Final, receiver: unknown): unknown {
  const { ctx, missingKey } = s.cfg;
  if (receiver === undefined) {
    if (missingKey === 'error') s.errorf(`nil data; no entry for key ${goQuote(name)}`);
    return undefined;
  }
  const typ = staticType(s, receiver);
  if (receiver === null) s.errorf(`nil pointer evaluating interface {}.${name}`);
  const kind = kindOf(receiver, ctx);
  const m = kind === 'struct' ? method(receiver as object, name) : undefined;
  if (m !== undefined) return evalCall(s, dot, m, false, node, name, args, final);
  const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
  if (kind === 'struct') {
    const { found, value } = mapLookup(receiver as object, name);
    if (found) {
      if (!/^\p{Lu}/u.test(name)) s.errorf(`${name} is an unexported field of struct type ${typ}`);
      if (hasArgs) s.errorf(`${name} has arguments but cannot be invoked as function`);
      return value;
    }
  } else if (kind === 'map') {
    if (hasArgs) s.errorf(`${name} is not a method but has arguments`);
    const { found, value } = mapLookup(receiver as object, name);
    if (found) return value;
    if (missingKey === 'error') s.errorf(`map has no entry for key ${goQuote(name)}`);
    return missingKey === 'zero' ? mapZero(receiver as object, ctx) : undefined;
  }
  return s.errorf(`can't evaluate field ${name} in type ${typ}`);
}
