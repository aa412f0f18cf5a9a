// Template parsing: text, actions and control structures (if/else if/range/with/else with/
// define/template/block/break/continue). Fidelity: text/template/parse/parse.go (parse,
// parseDefinition, itemList, textOrAction, action, parseControl and the *Control functions).
import { Lexer, type Item } from './lexer.js';
import { nodeString, type BranchNode, type ElseNode, type EndNode, type ListNode, type Node, type TemplateNode } from './nodes.js';
import { pipeline } from './parse-pipeline.js';
import { MAX_STACK_DEPTH, Tree, type Shared } from './parse-tree.js';
import { goUnquote } from './quote.js';

/** parseTrees parses text into its named trees ("" is the top level); it throws Failure. */
export function parseTrees(text: string, name: string, hasFunction: (name: string) => boolean, maxStackDepth = MAX_STACK_DEPTH): Map<string, ListNode> {
  const shared: Shared = { lex: new Lexer(text), parseName: name, treeSet: new Map(), hasFunction, maxStackDepth, nesting: 0 };
  const t = new Tree(name, shared);
  t.root = { type: 'list', pos: t.peek().pos, nodes: [] };
  while (t.peek().typ !== 'eof') {
    if (t.peek().typ === 'leftDelim') {
      const delim = t.next();
      if (t.nextNonSpace().typ === 'define') {
        parseDefinition(new Tree('definition', shared));
        continue;
      }
      t.backup2(delim);
    }
    const n = textOrAction(t);
    if (n.type === 'end' || n.type === 'else') t.errorf(`unexpected ${nodeString(n)}`);
    t.root.nodes.push(n);
  }
  t.add();
  return shared.treeSet;
}

function parseDefinition(t: Tree): void {
  const context = 'define clause';
  const name = t.expectOneOf('string', 'rawString', context);
  t.name = unquote(t, name);
  t.expect('rightDelim', context);
  const [list, end] = itemList(t);
  if (end.type !== 'end') t.errorf(`unexpected ${nodeString(end)} in ${context}`);
  t.root = list;
  t.add();
}

function unquote(t: Tree, token: Item): string {
  const s = goUnquote(token.val);
  return s === undefined ? t.errorf('invalid syntax') : s;
}

function itemList(t: Tree): [ListNode, EndNode | ElseNode] {
  const list: ListNode = { type: 'list', pos: t.peekNonSpace().pos, nodes: [] };
  while (t.peekNonSpace().typ !== 'eof') {
    const n = textOrAction(t);
    if (n.type === 'end' || n.type === 'else') return [list, n];
    list.nodes.push(n);
  }
  return t.errorf('unexpected EOF');
}

function textOrAction(t: Tree): Node {
  const token = t.nextNonSpace();
  if (token.typ === 'text') return { type: 'text', pos: token.pos, text: token.val };
  if (token.typ !== 'leftDelim') t.unexpected(token, 'input');
  t.actionLine = token.line;
  try {
    return action(t);
  } finally {
    t.actionLine = 0;
  }
}

function action(t: Tree): Node {
  const token = t.nextNonSpace();
  switch (token.typ) {
    case 'block': return blockControl(t);
    case 'break':
    case 'continue': return loopControl(t, token);
    case 'else': return elseControl(t);
    case 'end': return { type: 'end', pos: t.expect('rightDelim', 'end').pos };
    case 'if':
    case 'range':
    case 'with': return branch(t, token.typ);
    case 'template': return templateControl(t);
  }
  t.backup();
  const start = t.peek();
  // Variables declared here are not popped: they persist until the enclosing {{end}}.
  return { type: 'action', pos: start.pos, line: start.line, pipe: pipeline(t, 'command', 'rightDelim') };
}

function loopControl(t: Tree, keyword: Item): Node {
  const name = keyword.typ as 'break' | 'continue';
  const token = t.nextNonSpace();
  if (token.typ !== 'rightDelim') t.unexpected(token, `{{${name}}}`);
  if (t.rangeDepth === 0) t.errorf(`{{${name}}} outside {{range}}`);
  return { type: name, pos: keyword.pos, line: keyword.line };
}

function elseControl(t: Tree): ElseNode {
  const peek = t.peekNonSpace();
  // `{{else if …}}` and `{{else with …}}` leave the keyword pending for parseControl.
  if (peek.typ === 'if' || peek.typ === 'with') return { type: 'else', pos: peek.pos, line: peek.line };
  const token = t.expect('rightDelim', 'else');
  return { type: 'else', pos: token.pos, line: token.line };
}

function branch(t: Tree, context: 'if' | 'range' | 'with'): BranchNode {
  t.enter();
  const mark = t.vars.length;
  try {
    const pipe = pipeline(t, context, 'rightDelim');
    if (context === 'range') t.rangeDepth++;
    const [list, next] = itemList(t);
    if (context === 'range') t.rangeDepth--;
    let elseList: ListNode | null = null;
    if (next.type === 'else') {
      const chained = (context === 'if' || context === 'with') && t.peek().typ === context;
      if (chained) {
        t.next();
        elseList = { type: 'list', pos: next.pos, nodes: [branch(t, context)] };
      } else {
        const [els, end] = itemList(t);
        if (end.type !== 'end') t.errorf(`expected end; found ${nodeString(end)}`);
        elseList = els;
      }
    }
    return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
  } finally {
    t.vars.length = mark;
    t.leave();
  }
}

function templateName(t: Tree, token: Item, context: string): string {
  if (token.typ !== 'string' && token.typ !== 'rawString') t.unexpected(token, context);
  return unquote(t, token);
}

function blockControl(t: Tree): TemplateNode {
  const context = 'block clause';
  const token = t.nextNonSpace();
  const name = templateName(t, token, context);
  const pipe = pipeline(t, context, 'rightDelim');
  const block = new Tree(name, t.shared);
  t.enter();
  const [root, end] = itemList(block);
  t.leave();
  if (end.type !== 'end') t.errorf(`unexpected ${nodeString(end)} in ${context}`);
  block.root = root;
  block.add();
  return { type: 'template', pos: token.pos, line: token.line, name, pipe };
}

function templateControl(t: Tree): TemplateNode {
  const context = 'template clause';
  const token = t.nextNonSpace();
  const name = templateName(t, token, context);
  let pipe = null;
  if (t.nextNonSpace().typ !== 'rightDelim') {
    t.backup();
    pipe = pipeline(t, context, 'rightDelim');
  }
  return { type: 'template', pos: token.pos, line: token.line, name, pipe };
}
