// Parser tables ported from Go's text/template/parse/parse_test.go (parseTests, errorTests,
// numberTests): the tree printed back with text as %q, or the error Go reports.
import { describe, expect, it } from 'vitest';
import { nodeString } from '../../../../../src/docker/format/go-template/nodes.js';
import { parseNumber } from '../../../../../src/docker/format/go-template/numbers.js';
import { parseTrees } from '../../../../../src/docker/format/go-template/parser.js';
import { Failure } from '../../../../../src/docker/format/go-template/errors.js';

// parse_test.go parses with only printf and contains defined, and maxStackDepth = 3.
const FUNCS = new Set(['printf', 'contains']);

function parse(input: string, name = 'test'): string {
  try {
    const trees = parseTrees(input, name, (f) => FUNCS.has(f), 3);
    const root = trees.get(name);
    return root === undefined ? '' : nodeString(root, true);
  } catch (e) {
    if (e instanceof Failure) return `ERROR: ${e.message}`;
    throw e;
  }
}

// parse_test.go parseTests (noError): input → the tree's String() with textFormat = "%q".
const ok: [string, string, string][] = [
  ['empty', '', ''],
  ['comment', '{{/*\n\n\n*/}}', ''],
  ['spaces', ' \t\n', '" \\t\\n"'],
  ['text', 'some text', '"some text"'],
  ['field', '{{.X}}', '{{.X}}'],
  ['simple command', '{{printf}}', '{{printf}}'],
  ['$ invocation', '{{$}}', '{{$}}'],
  ['variable invocation', '{{with $x := 3}}{{$x 23}}{{end}}', '{{with $x := 3}}{{$x 23}}{{end}}'],
  ['variable with fields', '{{$.I}}', '{{$.I}}'],
  ['multi-word command', '{{printf `%d` 23}}', '{{printf `%d` 23}}'],
  ['pipeline', '{{.X|.Y}}', '{{.X | .Y}}'],
  ['pipeline with decl', '{{$x := .X|.Y}}', '{{$x := .X | .Y}}'],
  ['nested pipeline', '{{.X (.Y .Z) (.A | .B .C) (.E)}}', '{{.X (.Y .Z) (.A | .B .C) (.E)}}'],
  ['field applied to parentheses', '{{(.Y .Z).Field}}', '{{(.Y .Z).Field}}'],
  ['simple if', '{{if .X}}hello{{end}}', '{{if .X}}"hello"{{end}}'],
  ['if with else', '{{if .X}}true{{else}}false{{end}}', '{{if .X}}"true"{{else}}"false"{{end}}'],
  ['if with else if', '{{if .X}}true{{else if .Y}}false{{end}}', '{{if .X}}"true"{{else}}{{if .Y}}"false"{{end}}{{end}}'],
  ['if else chain', '+{{if .X}}X{{else if .Y}}Y{{else if .Z}}Z{{end}}+', '"+"{{if .X}}"X"{{else}}{{if .Y}}"Y"{{else}}{{if .Z}}"Z"{{end}}{{end}}{{end}}"+"'],
  ['simple range', '{{range .X}}hello{{end}}', '{{range .X}}"hello"{{end}}'],
  ['chained field range', '{{range .X.Y.Z}}hello{{end}}', '{{range .X.Y.Z}}"hello"{{end}}'],
  ['nested range', '{{range .X}}hello{{range .Y}}goodbye{{end}}{{end}}', '{{range .X}}"hello"{{range .Y}}"goodbye"{{end}}{{end}}'],
  ['range with else', '{{range .X}}true{{else}}false{{end}}', '{{range .X}}"true"{{else}}"false"{{end}}'],
  ['range over pipeline', '{{range .X|.M}}true{{else}}false{{end}}', '{{range .X | .M}}"true"{{else}}"false"{{end}}'],
  ['range 1 var', '{{range $x := .SI}}{{.}}{{end}}', '{{range $x := .SI}}{{.}}{{end}}'],
  ['range 2 vars', '{{range $x, $y := .SI}}{{.}}{{end}}', '{{range $x, $y := .SI}}{{.}}{{end}}'],
  ['range with break', '{{range .SI}}{{.}}{{break}}{{end}}', '{{range .SI}}{{.}}{{break}}{{end}}'],
  ['range with continue', '{{range .SI}}{{.}}{{continue}}{{end}}', '{{range .SI}}{{.}}{{continue}}{{end}}'],
  ['constants', "{{range .SI 1 -3.2i true false 'a' nil}}{{end}}", "{{range .SI 1 -3.2i true false 'a' nil}}{{end}}"],
  ['template', '{{template `x`}}', '{{template "x"}}'],
  ['template with arg', '{{template `x` .Y}}', '{{template "x" .Y}}'],
  ['with', '{{with .X}}hello{{end}}', '{{with .X}}"hello"{{end}}'],
  ['with with else', '{{with .X}}hello{{else}}goodbye{{end}}', '{{with .X}}"hello"{{else}}"goodbye"{{end}}'],
  ['with with else with', '{{with .X}}hello{{else with .Y}}goodbye{{end}}', '{{with .X}}"hello"{{else}}{{with .Y}}"goodbye"{{end}}{{end}}'],
  ['trim left', 'x \r\n\t{{- 3}}', '"x"{{3}}'],
  ['trim right', '{{3 -}}\n\n\ty', '{{3}}"y"'],
  ['trim left and right', 'x \r\n\t{{- 3 -}}\n\n\ty', '"x"{{3}}"y"'],
  ['trim with extra spaces', 'x\n{{-  3   -}}\ny', '"x"{{3}}"y"'],
  ['comment trim left', 'x \r\n\t{{- /* hi */}}', '"x"'],
  ['comment trim right', '{{/* hi */ -}}\n\n\ty', '"y"'],
  ['comment trim left and right', 'x \r\n\t{{- /* */ -}}\n\n\ty', '"x""y"'],
  ['block definition', '{{block "foo" .}}hello{{end}}', '{{template "foo" .}}'],
  ['newline in assignment', '{{ $x \n := \n 1 \n }}', '{{$x := 1}}'],
  ['newline in pipeline', '{{\n"x"\n|\nprintf\n}}', '{{"x" | printf}}'],
  ['newline in comment', '{{-\n/*\nhello\n*/\n-}}', ''],
  ['spaces around continue', '{{range .SI}}{{.}}{{ continue }}{{end}}', '{{range .SI}}{{.}}{{continue}}{{end}}'],
  ['bug0a', '{{$x := 0}}{{$x}}', '{{$x := 0}}{{$x}}'],
  ['bug1c', '{{$x:=.}}{{$x +2}}', '{{$x := .}}{{$x +2}}'],
  ['bug2a', '{{range $x := 0}}{{$x}}{{end}}', '{{range $x := 0}}{{$x}}{{end}}'],
  ['bug2b', '{{range $x = 0}}{{$x}}{{end}}', '{{range $x = 0}}{{$x}}{{end}}'],
  ['paren nesting at limit', '{{ ((( 1 ))) }}', '{{(((1)))}}'],
  ['paren nesting in pipeline', '{{ ((( 1 ))) | printf }}', '{{(((1))) | printf}}'],
  ['paren nesting with other constructs', '{{ if ((( true ))) }}YES{{ end }}', '{{if (((true)))}}"YES"{{end}}'],
];

// parse_test.go parseTests (hasError): each input must fail to parse.
const failing: [string, string][] = [
  ['emptyAction', '{{}}'], ['newline in empty action', '{{\n}}'], ['unclosed action', 'hello{{range'],
  ['unmatched end', '{{end}}'], ['unmatched else', '{{else}}'], ['unmatched else after if', '{{if .X}}hello{{end}}{{else}}'],
  ['multiple else', '{{if .X}}1{{else}}2{{else}}3{{end}}'], ['missing end', 'hello{{range .x}}'],
  ['missing end after else', 'hello{{range .x}}{{else}}'], ['undefined function', 'hello{{undefined}}'],
  ['undefined variable', '{{$x}}'], ['variable undefined after end', '{{with $x := 4}}{{end}}{{$x}}'],
  ['variable undefined in template', '{{template $v}}'], ['declare with field', '{{with $x.Y := 4}}{{end}}'],
  ['template with field ref', '{{template .X}}'], ['invalid punctuation', '{{printf 3, 4}}'],
  ['multidecl outside range', '{{with $v, $u := 3}}{{end}}'], ['too many decls in range', '{{range $u, $v, $w := 3}}{{end}}'],
  ['dot applied to parentheses', '{{printf (printf .).}}'], ['adjacent args', '{{printf 3`x`}}'],
  ['adjacent args with .', '{{printf `x`.}}'], ['extra end after if', '{{if .X}}a{{else if .Y}}b{{end}}{{end}}'],
  ['break outside range', '{{range .}}{{end}} {{break}}'], ['continue outside range', '{{range .}}{{end}} {{continue}}'],
  ['break in range else', '{{range .}}{{else}}{{break}}{{end}}'], ['continue in range else', '{{range .}}{{else}}{{continue}}{{end}}'],
  ['bug0b', '{{$x += 1}}{{$x}}'], ['bug0c', '{{$x ! 2}}{{$x}}'], ['bug0d', '{{$x % 3}}{{$x}}'],
  ['bug0e', '{{range $x := $y := 3}}{{end}}'], ['bug1a', '{{$x:=.}}{{$x!2}}'], ['bug1b', '{{$x:=.}}{{$x+2}}'],
  ['dot after integer', '{{1.E}}'], ['dot after float', '{{0.1.E}}'], ['dot after boolean', '{{true.E}}'],
  ['dot after char', "{{'a'.any}}"], ['dot after string', '{{"hello".guys}}'], ['dot after dot', '{{..E}}'],
  ['dot after nil', '{{nil.E}}'], ['wrong pipeline dot', '{{12|.}}'], ['wrong pipeline number', '{{.|12|printf}}'],
  ['wrong pipeline string', '{{.|printf|"error"}}'], ['wrong pipeline char', "{{12|printf|'e'}}"],
  ['wrong pipeline boolean', '{{.|true}}'], ['wrong pipeline nil', "{{'c'|nil}}"], ['empty pipeline', '{{printf "%d" ( ) }}'],
  ['block without pipeline', '{{block "foo"}}hello{{end}}'],
];

// parse_test.go errorTests: the error names the template and line, and contains this text.
const errors: [string, string, string][] = [
  ['unclosed1', 'line1\n{{', 'unclosed1:2: unclosed action'],
  ['unclosed2', 'line1\n{{define `x`}}line2\n{{', 'unclosed2:3: unclosed action'],
  ['unclosed3', 'line1\n{{"x"\n"y"\n', 'unclosed3:4: unclosed action started at unclosed3:2'],
  ['unclosed4', '{{\n\n\n\n\n', 'unclosed4:6: unclosed action started at unclosed4:1'],
  ['var1', 'line1\n{{\nx\n}}', 'var1:3: function "x" not defined'],
  ['function', '{{foo}}', 'function "foo" not defined'],
  ['comment1', '{{/*}}', 'comment1:1: unclosed comment'],
  ['comment2', '{{/*\nhello\n}}', 'comment2:1: unclosed comment'],
  ['lparen', '{{.X (1 2 3}}', 'unclosed left paren'],
  ['rparen', '{{.X 1 2 3 ) }}', 'unexpected right paren'],
  ['rparen2', '{{(.X 1 2 3', 'unclosed action'],
  ['space', '{{`x`3}}', 'in operand'],
  ['idchar', '{{a#}}', "'#'"],
  ['charconst', "{{'a}}", 'unterminated character constant'],
  ['stringconst', '{{"a}}', 'unterminated quoted string'],
  ['rawstringconst', '{{`a}}', 'unterminated raw quoted string'],
  ['number', '{{0xi}}', 'number syntax'],
  ['multidefine', '{{define `a`}}a{{end}}{{define `a`}}b{{end}}', 'multiple definition of template'],
  ['eof', '{{range .X}}', 'unexpected EOF'],
  ['variable', '{{$x := 23}}{{with $x.y := 3}}{{$x 23}}{{end}}', 'unexpected ":="'],
  ['multidecl', '{{$a,$b,$c := 23}}', 'too many declarations'],
  ['undefvar', '{{$a}}', 'undefined variable'],
  ['wrongdot', '{{true.any}}', 'unexpected . after term'],
  ['wrongpipeline', '{{12|false}}', 'non executable command in pipeline'],
  ['emptypipeline', '{{ ( ) }}', 'missing value for parenthesized pipeline'],
  ['multilinerawstring', '{{ $v := `\n` }} {{', 'multilinerawstring:2: unclosed action'],
  ['rangeundefvar', '{{range $k}}{{end}}', 'undefined variable'],
  ['rangeundefvars', '{{range $k, $v}}{{end}}', 'undefined variable'],
  ['rangemissingvalue1', '{{range $k,}}{{end}}', 'missing value for range'],
  ['rangemissingvalue2', '{{range $k, $v := }}{{end}}', 'missing value for range'],
  ['rangenotvariable1', '{{range $k, .}}{{end}}', 'range can only initialize variables'],
  ['rangenotvariable2', '{{range $k, 123 := .}}{{end}}', 'range can only initialize variables'],
  ['paren nesting exceeds limit', '{{ (((( 1 )))) }}', 'template: paren nesting exceeds limit:1: max expression depth exceeded'],
  ['X', 'hello\n\n{{`unterminated\n\n\n\n}}\n some more\n\n', 'X:3: unterminated raw quoted string'],
];

describe('parse: trees Go prints back (parse_test.go parseTests)', () => {
  it.each(ok)('%s', (_name, input, want) => {
    expect(parse(input)).toBe(want);
  });
});

describe('parse: inputs Go rejects (parse_test.go parseTests, hasError)', () => {
  it.each(failing)('%s', (_name, input) => {
    expect(parse(input)).toMatch(/^ERROR: template: test:\d+: /);
  });
});

describe('parse: error text (parse_test.go errorTests)', () => {
  it.each(errors)('%s', (name, input, want) => {
    expect(parse(input, name)).toContain(want);
  });
});

describe('parse: block defines a template (parse_test.go TestBlock)', () => {
  it('a{{block "inner" .}}bar{{.}}baz{{end}}b', () => {
    const trees = parseTrees('a{{block "inner" .}}bar{{.}}baz{{end}}b', 'outer', () => false);
    expect(nodeString(trees.get('outer')!)).toBe('a{{template "inner" .}}b');
    expect(nodeString(trees.get('inner')!)).toBe('bar{{.}}baz');
  });
});

// parse_test.go numberTests: which Go types a literal fits (int, uint, float, complex).
const numbers: [string, boolean, boolean, boolean, boolean, number][] = [
  ['0', true, true, true, false, 0], ['-0', true, true, true, false, 0], ['73', true, true, true, false, 73],
  ['7_3', true, true, true, false, 73], ['0b10_010_01', true, true, true, false, 73], ['073', true, true, true, false, 0o73],
  ['0o73', true, true, true, false, 0o73], ['0x73', true, true, true, false, 0x73], ['0x7_3', true, true, true, false, 0x73],
  ['-73', true, false, true, false, -73], ['+73', true, false, true, false, 73], ['1e9', true, true, true, false, 1e9],
  ['-1.2', false, false, true, false, -1.2], ['1e19', false, true, true, false, 1e19], ['1e1_9', false, true, true, false, 1e19],
  ['-1e19', false, false, true, false, -1e19], ['0x_1p4', true, true, true, false, 16], ['0x_1p-4', false, false, true, false, 1 / 16],
  ['0xdeadbeef', true, true, true, false, 0xdeadbeef], ['0xef', true, true, true, false, 0xef], ['4i', false, false, false, true, 0],
  ['0i', true, true, true, true, 0], ['13+0i', true, true, true, true, 13], ['-1.2+0i', false, false, true, true, -1.2],
];

describe('numbers (parse_test.go numberTests)', () => {
  it.each(numbers)('%s', (text, isInt, isUint, isFloat, isComplex, value) => {
    const typ = /^[+-]?[0-9.]+[+-][0-9.]+i$/.test(text) ? 'complex' : 'number';
    const n = parseNumber(text, typ);
    if (typeof n === 'string') throw new Error(n);
    expect([n.isInt, n.isUint, n.isFloat, n.isComplex]).toEqual([isInt, isUint, isFloat, isComplex]);
    if (isFloat) expect(n.float).toBe(value);
  });

  it.each(['+-2', '0x123.', '1e.', '0xi.', "'x", "'xx'", "'433937734937734969526500969526500'"])('%s is an error', (text) => {
    expect(typeof parseNumber(text, text.startsWith("'") ? 'charConstant' : 'number')).toBe('string');
  });

  it.each([["'a'", 97], ["'\\n'", 10], ["'\\\\'", 92], ["'\\''", 39], ["'\\xFF'", 255], ["'パ'", 0x30d1], ["'\\u30d1'", 0x30d1], ["'\\U000030d1'", 0x30d1]] as const)('%s is a rune', (text, value) => {
    const n = parseNumber(text, 'charConstant');
    expect(typeof n === 'string' ? n : Number(n.int)).toBe(value);
  });
});
