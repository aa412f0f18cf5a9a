// Function and method calls and their arguments: arity checks, and/or short-circuit, argument
// conversion to the parameter types, and `error calling NAME: …`. Fidelity: text/template
// exec.go (evalFunction, evalCall, validateType, evalArg, evalEmptyInterface, idealConstant).
import { MAX_STRING } from './docker-funcs.js';
import { evalChainNode, evalFieldNode, evalPipeline, evalVariableNode, MISSING, type Final } from './eval.js';
import { LimitExceeded } from './errors.js';
import type { State } from './exec-state.js';
import { nodeString, type Node, type NumberNode } from './nodes.js';
import { goQuote } from './quote.js';
import { GoFloat, goTypeName, kindOf, truth, type GoFunc, type ParamType } from './values.js';

/** ArgType is a parameter type, or null where Go passes no type (a chain's receiver). */
type ArgType = ParamType | null;

/** idealConstant gives a number literal its Go type from its syntax: int, float64 or complex128. */
export function idealConstant(s: State, n: NumberNode): unknown {
  s.at(n);
  const { num } = n;
  if (num.isComplex) return num.complex;
  const hexInt = /^0[xX]/.test(num.text) && !/[pP]/.test(num.text);
  if (num.isFloat && !hexInt && !num.text.startsWith("'") && /[.eEpP]/.test(num.text)) {
    return Number.isInteger(num.float) ? new GoFloat(num.float) : num.float;
  }
  if (num.isInt) return num.int >= -(2n ** 53n) && num.int <= 2n ** 53n ? Number(num.int) : num.int;
  if (num.isUint) s.errorf(`${num.text} overflows int`);
  return undefined;
}

/** evalFunction calls a function named in the template. */
export function evalFunction(s: State, dot: unknown, node: Node & { ident: string }, cmd: Node, args: readonly Node[] | null, final: Final): unknown {
  s.at(node);
  const f = s.cfg.funcs.get(node.ident);
  if (f === undefined) return s.errorf(`${goQuote(node.ident)} is not a defined function`);
  return evalCall(s, dot, f, s.cfg.builtins.get(node.ident) === f, cmd, node.ident, args, final);
}

/** evalCall checks arity, converts arguments and calls a function or method. */
export function evalCall(s: State, dot: unknown, fun: GoFunc, isBuiltin: boolean, node: Node, name: string, args: readonly Node[] | null, final: Final): unknown {
  const argNodes = args === null ? [] : args.slice(1);
  const { params, variadic } = fun.sig;
  const numIn = argNodes.length + (final === MISSING ? 0 : 1);
  let numFixed = argNodes.length;
  if (variadic !== undefined) {
    numFixed = params.length;
    if (numIn < numFixed) s.errorf(`wrong number of args for ${name}: want at least ${params.length} got ${argNodes.length}`);
  } else if (numIn !== params.length) {
    s.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
  }
  if (isBuiltin && (fun.special === 'and' || fun.special === 'or')) {
    let v: unknown;
    for (const arg of argNodes) {
      v = evalArg(s, dot, 'value', arg);
      if (truth(v, s.cfg.ctx) === (fun.special === 'or')) return v;
    }
    return final === MISSING ? v : validateType(s, final, 'value');
  }
  const argv: unknown[] = [];
  let i = 0;
  for (; i < numFixed && i < argNodes.length; i++) argv.push(evalArg(s, dot, params[i] ?? 'any', argNodes[i] as Node));
  if (variadic !== undefined) for (; i < argNodes.length; i++) argv.push(evalArg(s, dot, variadic, argNodes[i] as Node));
  if (final !== MISSING) {
    const t = variadic === undefined ? params[params.length - 1] : numIn - 1 < numFixed ? params[numIn - 1] : variadic;
    argv.push(validateType(s, final, t ?? 'any'));
  }
  if (isBuiltin && fun.special === 'call') argv.unshift(argNodes.length > 0 ? nodeString(argNodes[0] as Node) : '<func Value>');
  return invoke(s, fun, argv, node, name);
}

function invoke(s: State, fun: GoFunc, argv: readonly unknown[], node: Node, name: string): unknown {
  let result: unknown;
  try {
    result = fun.fn(argv, s.cfg.ctx);
  } catch (e) {
    if (e instanceof LimitExceeded) throw e;
    s.at(node);
    // Go recovers a panicking function (safeCall) and reports it like a returned error.
    return s.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof result === 'string' && result.length > MAX_STRING) throw new LimitExceeded(`string size (${MAX_STRING})`);
  return result;
}

function typeLabel(t: ParamType): string {
  return t === 'any' ? 'interface {}' : t === 'value' ? 'reflect.Value' : t;
}

/** validateType checks a computed value against a parameter type, as Go's validateType does. */
export function validateType(s: State, value: unknown, typ: ArgType): unknown {
  if (value === undefined) {
    if (typ === 'any') return null;
    if (typ === null || typ === 'value') return undefined;
    return s.errorf(`invalid value; expected ${typ}`);
  }
  if (typ === 'string' || typ === 'int') {
    if (kindOf(value, s.cfg.ctx) !== typ) {
      const got = value === null ? 'interface {}' : goTypeName(value, s.cfg.ctx);
      s.errorf(`wrong type for value; expected ${typ}; got ${got}`);
    }
  }
  return value;
}

/** evalArg evaluates one argument node for a parameter of the given type. */
export function evalArg(s: State, dot: unknown, typ: ArgType, n: Node): unknown {
  s.at(n);
  switch (n.type) {
    case 'dot': return validateType(s, dot, typ);
    case 'nil':
      if (typ === 'any') return null;
      if (typ === 'value' || typ === null) return undefined;
      return s.errorf(`cannot assign nil to ${typeLabel(typ)}`);
    case 'field': return validateType(s, evalFieldNode(s, dot, n, [n], MISSING), typ);
    case 'variable': return validateType(s, evalVariableNode(s, dot, n, null, MISSING), typ);
    case 'pipe': return validateType(s, evalPipeline(s, dot, n), typ);
    case 'identifier': return validateType(s, evalFunction(s, dot, n, n, null, MISSING), typ);
    case 'chain': return validateType(s, evalChainNode(s, dot, n, null, MISSING), typ);
    default: break;
  }
  if (typ === 'string') return n.type === 'string' ? n.text : s.errorf(`expected string; found ${nodeString(n)}`);
  if (typ === 'int') {
    if (n.type === 'number' && n.num.isInt) return idealConstant(s, n);
    return s.errorf(`expected integer; found ${nodeString(n)}`);
  }
  switch (n.type) {
    case 'bool': return n.value;
    case 'number': return idealConstant(s, n);
    case 'string': return n.text;
    default: return s.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }
}
