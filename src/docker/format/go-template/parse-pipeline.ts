// Pipelines, commands, operands and terms. Fidelity: text/template/parse/parse.go (pipeline,
// checkPipeline, command, operand, term).
import type { Item, ItemType } from './lexer.js';
import { nodeString, type CommandNode, type Node, type PipeNode, type VariableNode } from './nodes.js';
import { parseNumber } from './numbers.js';
import type { Tree } from './parse-tree.js';
import { goQuote, goUnquote } from './quote.js';

const MAX_PIPELINE_CMDS = 100000;
const OPERAND_START = new Set<ItemType>(['bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen']);

function variable(v: Item): VariableNode {
  return { type: 'variable', pos: v.pos, ident: v.val.split('.') };
}

/** declarations parses `$x :=`, `$x =` and range's `$i, $v :=` at the start of a pipeline. */
function declarations(t: Tree, pipe: PipeNode, context: string): void {
  for (;;) {
    const v = t.peekNonSpace();
    if (v.typ !== 'variable') return;
    t.next();
    // Space is a token, so `$x foo` needs three tokens of lookahead to tell it from `$x := foo`.
    const tokenAfterVariable = t.peek();
    const next = t.peekNonSpace();
    if (next.typ === 'assign' || next.typ === 'declare') {
      pipe.isAssign = next.typ === 'assign';
      t.nextNonSpace();
      pipe.decl.push(variable(v));
      t.vars.push(v.val);
      return;
    }
    if (next.typ === 'char' && next.val === ',') {
      t.nextNonSpace();
      pipe.decl.push(variable(v));
      t.vars.push(v.val);
      if (context === 'range' && pipe.decl.length < 2) {
        const after = t.peekNonSpace().typ;
        if (after === 'variable' || after === 'rightDelim' || after === 'rightParen') continue;
        t.errorf('range can only initialize variables');
      }
      t.errorf(`too many declarations in ${context}`);
    }
    if (tokenAfterVariable.typ === 'space') t.backup3(v, tokenAfterVariable);
    else t.backup2(v);
    return;
  }
}

/** pipeline parses `declarations? command ('|' command)*` up to the end token. */
export function pipeline(t: Tree, context: string, end: ItemType): PipeNode {
  const start = t.peekNonSpace();
  const pipe: PipeNode = { type: 'pipe', pos: start.pos, line: start.line, isAssign: false, decl: [], cmds: [] };
  declarations(t, pipe, context);
  for (;;) {
    const token = t.nextNonSpace();
    if (token.typ === end) {
      checkPipeline(t, pipe, context);
      return pipe;
    }
    if (!OPERAND_START.has(token.typ)) t.unexpected(token, context);
    t.backup();
    pipe.cmds.push(command(t));
    if (pipe.cmds.length > MAX_PIPELINE_CMDS) t.errorf('pipeline too long');
  }
}

function checkPipeline(t: Tree, pipe: PipeNode, context: string): void {
  if (pipe.cmds.length === 0) t.errorf(`missing value for ${context}`);
  pipe.cmds.slice(1).forEach((c, i) => {
    const first = (c.args[0] as Node).type;
    if (first === 'bool' || first === 'dot' || first === 'nil' || first === 'number' || first === 'string') {
      t.errorf(`non executable command in pipeline stage ${i + 2}`);
    }
  });
}

function command(t: Tree): CommandNode {
  const cmd: CommandNode = { type: 'command', pos: t.peekNonSpace().pos, args: [] };
  for (;;) {
    t.peekNonSpace();
    const node = operand(t);
    if (node !== null) cmd.args.push(node);
    const token = t.next();
    if (token.typ === 'space') continue;
    if (token.typ === 'rightDelim' || token.typ === 'rightParen') t.backup();
    else if (token.typ !== 'pipe') t.unexpected(token, 'operand');
    break;
  }
  if (cmd.args.length === 0) t.errorf('empty command');
  return cmd;
}

function operand(t: Tree): Node | null {
  const node = term(t);
  if (node === null || t.peek().typ !== 'field') return node;
  const pos = t.peek().pos;
  const fields: string[] = [];
  while (t.peek().typ === 'field') fields.push(t.next().val.slice(1));
  switch (node.type) {
    case 'field': return { type: 'field', pos, ident: [...node.ident, ...fields] };
    case 'variable': return { type: 'variable', pos, ident: [...node.ident, ...fields] };
    case 'bool':
    case 'string':
    case 'number':
    case 'nil':
    case 'dot': return t.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
    default: return { type: 'chain', pos, node, field: fields };
  }
}

function term(t: Tree): Node | null {
  const token = t.nextNonSpace();
  const pos = token.pos;
  switch (token.typ) {
    case 'identifier':
      if (!t.shared.hasFunction(token.val)) t.errorf(`function ${goQuote(token.val)} not defined`);
      return { type: 'identifier', pos, ident: token.val };
    case 'dot': return { type: 'dot', pos };
    case 'nil': return { type: 'nil', pos };
    case 'variable': return t.useVar(pos, token.val);
    case 'field': return { type: 'field', pos, ident: token.val.slice(1).split('.') };
    case 'bool': return { type: 'bool', pos, value: token.val === 'true' };
    case 'charConstant':
    case 'complex':
    case 'number': {
      const num = parseNumber(token.val, token.typ);
      return typeof num === 'string' ? t.errorf(num) : { type: 'number', pos, num };
    }
    case 'leftParen':
      t.enterParen();
      try {
        return pipeline(t, 'parenthesized pipeline', 'rightParen');
      } finally {
        t.stackDepth--;
      }
    case 'string':
    case 'rawString': {
      const text = goUnquote(token.val);
      return text === undefined ? t.errorf('invalid syntax') : { type: 'string', pos, quoted: token.val, text };
    }
    default:
      t.backup();
      return null;
  }
}
