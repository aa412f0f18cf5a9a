// Parse-tree nodes and their String() forms, which exec errors quote as `<…>`.
// Fidelity: text/template/parse/node.go (writeTo of every node type).
import type { NumberValue } from './numbers.js';
import { goQuote } from './quote.js';

/** ListNode is a sequence of nodes. */
export interface ListNode { readonly type: 'list'; readonly pos: number; readonly nodes: Node[] }
/** TextNode is plain text. */
export interface TextNode { readonly type: 'text'; readonly pos: number; readonly text: string }
/** PipeNode is a pipeline with optional variable declarations or assignments. */
export interface PipeNode {
  readonly type: 'pipe'; readonly pos: number; readonly line: number;
  isAssign: boolean; readonly decl: VariableNode[]; readonly cmds: CommandNode[];
}
/** ActionNode is a non-control action such as `{{.Name}}`. */
export interface ActionNode { readonly type: 'action'; readonly pos: number; readonly line: number; readonly pipe: PipeNode }
/** CommandNode is one element of a pipeline: a function or field with its arguments. */
export interface CommandNode { readonly type: 'command'; readonly pos: number; readonly args: Node[] }
/** IdentifierNode names a function. */
export interface IdentifierNode { readonly type: 'identifier'; readonly pos: number; readonly ident: string }
/** VariableNode is `$x` or `$x.Field.Chain`. */
export interface VariableNode { readonly type: 'variable'; readonly pos: number; readonly ident: string[] }
/** DotNode is `.`. */
export interface DotNode { readonly type: 'dot'; readonly pos: number }
/** NilNode is the untyped `nil`. */
export interface NilNode { readonly type: 'nil'; readonly pos: number }
/** FieldNode is `.A.B.C`. */
export interface FieldNode { readonly type: 'field'; readonly pos: number; readonly ident: string[] }
/** ChainNode is a term followed by fields: `(index . 0).Name`. */
export interface ChainNode { readonly type: 'chain'; readonly pos: number; readonly node: Node; readonly field: string[] }
/** BoolNode is true or false. */
export interface BoolNode { readonly type: 'bool'; readonly pos: number; readonly value: boolean }
/** NumberNode is a number literal with its values under every Go type that can hold it. */
export interface NumberNode { readonly type: 'number'; readonly pos: number; readonly num: NumberValue }
/** StringNode is a quoted string; quoted is the source text, text the unquoted value. */
export interface StringNode { readonly type: 'string'; readonly pos: number; readonly quoted: string; readonly text: string }
/** EndNode is `{{end}}`; it never appears in a finished tree. */
export interface EndNode { readonly type: 'end'; readonly pos: number }
/** ElseNode is `{{else}}`; it never appears in a finished tree. */
export interface ElseNode { readonly type: 'else'; readonly pos: number; readonly line: number }
/** BranchNode is `if`, `range` or `with` with its lists. */
export interface BranchNode {
  readonly type: 'if' | 'range' | 'with'; readonly pos: number; readonly line: number;
  readonly pipe: PipeNode; readonly list: ListNode; readonly elseList: ListNode | null;
}
/** TemplateNode is `{{template "name" pipeline}}`. */
export interface TemplateNode { readonly type: 'template'; readonly pos: number; readonly line: number; readonly name: string; readonly pipe: PipeNode | null }
/** BreakNode is `{{break}}`. */
export interface BreakNode { readonly type: 'break'; readonly pos: number; readonly line: number }
/** ContinueNode is `{{continue}}`. */
export interface ContinueNode { readonly type: 'continue'; readonly pos: number; readonly line: number }

/** Node is any parse-tree node. */
export type Node =
  | ListNode | TextNode | PipeNode | ActionNode | CommandNode | IdentifierNode | VariableNode | DotNode | NilNode
  | FieldNode | ChainNode | BoolNode | NumberNode | StringNode | EndNode | ElseNode | BranchNode | TemplateNode
  | BreakNode | ContinueNode;

function pipeString(p: PipeNode): string {
  let s = '';
  if (p.decl.length > 0) s = `${p.decl.map((d) => nodeString(d)).join(', ')}${p.isAssign ? ' = ' : ' := '}`;
  return s + p.cmds.map((c) => nodeString(c)).join(' | ');
}

function commandString(c: CommandNode): string {
  return c.args.map((a) => (a.type === 'pipe' ? `(${pipeString(a)})` : nodeString(a))).join(' ');
}

/** nodeString is node.String(): the source form Go prints in `executing "" at <…>`; quoteText shows text as %q (Go's tests). */
export function nodeString(n: Node, quoteText = false): string {
  switch (n.type) {
    case 'list': return n.nodes.map((x) => nodeString(x, quoteText)).join('');
    case 'text': return quoteText ? goQuote(n.text) : n.text;
    case 'pipe': return pipeString(n);
    case 'action': return `{{${pipeString(n.pipe)}}}`;
    case 'command': return commandString(n);
    case 'identifier': return n.ident;
    case 'variable': return n.ident.join('.');
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'field': return n.ident.map((id) => `.${id}`).join('');
    case 'chain': return (n.node.type === 'pipe' ? `(${pipeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => `.${f}`).join('');
    case 'bool': return n.value ? 'true' : 'false';
    case 'number': return n.num.text;
    case 'string': return n.quoted;
    case 'end': return '{{end}}';
    case 'else': return '{{else}}';
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
    case 'template': return `{{template ${goQuote(n.name)}${n.pipe ? ` ${pipeString(n.pipe)}` : ''}}}`;
    default: {
      const els = n.elseList ? `{{else}}${nodeString(n.elseList, quoteText)}` : '';
      return `{{${n.type} ${pipeString(n.pipe)}}}${nodeString(n.list, quoteText)}${els}{{end}}`;
    }
  }
}
