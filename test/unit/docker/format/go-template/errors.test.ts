// Exact error text, as Go's text/template and docker print it. Each case cites the Go source
// that builds the message (text/template/parse/parse.go, lex.go, exec.go, funcs.go).
import { describe, expect, it } from 'vitest';
import { INSPECT_RAW_OPTIONS, parseTemplate, type ExecOptions } from '../../../../../src/docker/format/go-template/index.js';

function message(input: string, data: unknown, options: ExecOptions = {}): string {
  const tmpl = parseTemplate(input);
  if (!('execute' in tmpl)) return tmpl.message;
  const out = tmpl.execute(data, options);
  return typeof out === 'string' ? `OK: ${out}` : out.message;
}

const row = { Name: 'web', ID: 'abc123', Labels: new Map([['a', 'b']]), Replicas: 3 };
const svc: ExecOptions = { typeName: '*formatter.serviceContext' };

// parse.go errorf: "template: NAME:LINE: msg"; lex.go errorf messages; item.String() for tokens.
const parseErrors: [string, string][] = [
  ['{{ .foo }', 'template: :1: unexpected "}" in operand'], // command(): unexpected(token, "operand")
  ['{{.Name}', "template: :1: bad character U+007D '}'"], // lexFieldOrVariable: atTerminator fails on a lone '}'
  ['{{.Name', 'template: :1: unclosed action'], // lexInsideAction: eof
  ['{{.Name\n', 'template: :2: unclosed action started at :1'], // unexpected(): " in action started at" minus "action"
  ['{{if .Name}}x', 'template: :1: unexpected EOF'], // itemList
  ['{{end}}', 'template: :1: unexpected {{end}}'], // parse(): nodeEnd at top level
  ['{{else}}', 'template: :1: unexpected {{else}}'],
  ['{{if 1}}a{{else}}b{{else}}c{{end}}', 'template: :1: expected end; found {{else}}'], // parseControl
  ['{{range}}{{end}}', 'template: :1: missing value for range'], // checkPipeline
  ['{{}}', 'template: :1: missing value for command'],
  ['{{$x}}', 'template: :1: undefined variable "$x"'], // useVar
  ['{{with $x := .Name}}{{$x}}{{end}}{{$x}}', 'template: :1: undefined variable "$x"'], // popVars at {{end}}
  ['{{foo}}', 'template: :1: function "foo" not defined'], // term()
  ['{{toString}}', 'template: :1: function "toString" not defined'], // not an Object.prototype leak
  ['{{/* unclosed', 'template: :1: unclosed comment'], // lexComment
  ['{{/* c */ x}}', 'template: :1: comment ends before closing delimiter'],
  ['{{"\\z"}}', 'template: :1: invalid syntax'], // strconv.Unquote → ErrSyntax
  ['{{"abc}}', 'template: :1: unterminated quoted string'],
  ['{{3x}}', 'template: :1: bad number syntax: "3x"'], // lexNumber
  ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
  ['{{range .}}{{continue 1}}{{end}}', 'template: :1: unexpected "1" in {{continue}}'],
  ['{{.A|1}}', 'template: :1: non executable command in pipeline stage 2'],
  ['{{true.X}}', 'template: :1: unexpected . after term "true"'],
  ['{{)}}', 'template: :1: unexpected right paren'],
  ['{{(1}}', 'template: :1: unclosed left paren'],
  ['{{a#}}', "template: :1: bad character U+0023 '#'"],
  ['{{\u0001}}', 'template: :1: unrecognized character in action: U+0001'],
  ['{{define "a"}}x{{end}}{{define "a"}}y{{end}}', 'template: :1: template: multiple definition of template "a"'],
  ['{{123456789012345678901}}', 'template: :1: integer overflow: "123456789012345678901"'], // newNumber: no uint64 either
];

// exec.go errorf: "template: NAME:LINE:BYTE: executing \"NAME\" at <NODE>: msg".
const execErrors: [string, string][] = [
  ['{{.Nope}}', 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.serviceContext'],
  ['a\n{{.Nope}}', 'template: :2:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.serviceContext'],
  ['é{{.Nope}}', 'template: :1:4: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.serviceContext'], // byte column
  ['{{.Name.Foo}}', 'template: :1:7: executing "" at <.Name.Foo>: can\'t evaluate field Foo in type string'], // chain position
  ['{{.Name 1}}', 'template: :1:2: executing "" at <.Name>: Name has arguments but cannot be invoked as function'],
  ['{{upper 3}}', 'template: :1:8: executing "" at <3>: expected string; found 3'], // evalString
  ['{{upper .Replicas}}', 'template: :1:8: executing "" at <.Replicas>: wrong type for value; expected string; got int'],
  ['{{pad .Name "a" 1}}', 'template: :1:12: executing "" at <"a">: expected integer; found "a"'],
  ['{{truncate .Name -1}}', 'template: :1:2: executing "" at <truncate .Name -1>: error calling truncate: runtime error: slice bounds out of range [:-1]'],
  ['{{join .Name ","}}', 'template: :1:2: executing "" at <join .Name ",">: error calling join: expected slice, got string'],
  ['{{index .Labels 1}}', 'template: :1:2: executing "" at <index .Labels 1>: error calling index: value has type int; should be string'],
  ['{{len .Replicas}}', 'template: :1:2: executing "" at <len .Replicas>: error calling len: len of type int'],
  ['{{split .Name}}', 'template: :1:2: executing "" at <split>: wrong number of args for split: want 2 got 1'],
  ['{{printf}}', 'template: :1:2: executing "" at <printf>: wrong number of args for printf: want at least 1 got 0'],
  ['{{eq .Name 3}}', 'template: :1:2: executing "" at <eq .Name 3>: error calling eq: incompatible types for comparison: string and int'],
  ['{{range .Name}}{{end}}', 'template: :1:8: executing "" at <.Name>: range can\'t iterate over web'],
  ['{{nil}}', 'template: :1:2: executing "" at <nil>: nil is not a command'],
  ['{{template "x"}}', 'template: :1:11: executing "" at <{{template "x"}}>: template "x" not defined'],
  ['{{call .Name}}', 'template: :1:2: executing "" at <call .Name>: error calling call: non-function .Name of type string'],
  ['{{12345678901234567890}}', 'template: :1:2: executing "" at <12345678901234567890>: 12345678901234567890 overflows int'], // idealConstant
  ['{{$x := 1}}{{$x.Foo}}', 'template: :1:15: executing "" at <$x.Foo>: can\'t evaluate field Foo in type int'],
];

describe('parse errors', () => {
  it.each(parseErrors)('%j', (input, want) => {
    expect(message(input, row, svc)).toBe(want);
  });
});

describe('exec errors', () => {
  it.each(execErrors)('%j', (input, want) => {
    expect(message(input, row, svc)).toBe(want);
  });

  it('names the defined template and its line (exec_test.go TestExecError)', () => {
    const text = 'line 1\nline 2\nline 3\n{{template "one" .}}\n{{define "one"}}{{template "two" .}}{{end}}\n{{define "two"}}{{template "three" .}}{{end}}\n{{define "three"}}{{index "hi" $}}{{end}}';
    const tmpl = parseTemplate(text, { name: 'top' });
    if (!('execute' in tmpl)) throw tmpl;
    const out = tmpl.execute(5);
    expect(typeof out === 'string' ? out : out.message).toBe('template: top:7:20: executing "three" at <index "hi" $>: error calling index: index out of range: 5');
  });

  it('int data has no fields (exec_test.go TestExecuteGivesExecError)', () => {
    expect(message('hello, {{.X.Y}}', 0)).toContain('field X in type int');
  });

  it('stops recursive templates (exec_test.go TestMaxExecDepth)', () => {
    expect(message('{{define "t"}}{{template "t" .}}{{end}}{{template "t" .}}', 0)).toContain('exceeded maximum template depth');
  });

  it('keeps what was written before the error', () => {
    const tmpl = parseTemplate('ab{{.Nope}}cd');
    if (!('execute' in tmpl)) throw tmpl;
    const out = tmpl.execute(row, svc);
    expect(typeof out === 'string' ? out : out.partial).toBe('ab');
  });
});

// cli/command/inspect/inspector.go tryRawInspectFallback: decoded JSON with missingkey=error.
describe('inspect raw fallback errors', () => {
  const raw = { State: { Status: 'running', Nil: null }, Name: 'x' };
  it.each([
    ['{{.State.Health.Status}}', 'template: :1:8: executing "" at <.State.Health.Status>: map has no entry for key "Health"'],
    ['{{.State.Status.Foo}}', 'template: :1:8: executing "" at <.State.Status.Foo>: can\'t evaluate field Foo in type interface {}'],
    ['{{.State.Nil.Foo}}', 'template: :1:8: executing "" at <.State.Nil.Foo>: nil pointer evaluating interface {}.Foo'],
    ['{{len .State.Nil}}', 'template: :1:2: executing "" at <len .State.Nil>: error calling len: len of nil pointer'],
    ['{{.State.Nil}}', 'OK: <no value>'],
    ['{{index .State "Nope"}}', 'OK: <no value>'],
    ['{{.}}', 'OK: map[Name:x State:map[Nil:<nil> Status:running]]'],
    ['{{range .State}}{{.}},{{end}}', 'OK: <no value>,running,'],
  ])('%s', (input, want) => {
    expect(message(input, raw, INSPECT_RAW_OPTIONS)).toBe(want);
  });
});
