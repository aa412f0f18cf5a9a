import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../../src/shell/parser/index.js';
import { show } from './show.js';

const parse = (input: string): string => show(parseCommandLine(input));

describe('words and quoting', () => {
  it.each([
    ['docker service ls', '«docker» «service» «ls»'],
    ['  ls \t -l  ', '«ls» «-l»'],
    ['', ''],
    ['   # only a comment', ''],
    ['ls # comment', '«ls»'],
    ['echo a#b', '«echo» «a#b»'],
    ["echo 'a  b' \"c  d\"", "«echo» «'a  b'» «\"c  d\"»"],
    ["echo 'it'\\''s'", "«echo» «'it'''''s'»"], // 'it' then an escaped (quoted) ' then 's'
    ['echo "a\\"b\\$c\\\\d\\x"', '«echo» «"a"b$c\\d\\x"»'],
    ['echo a\\ b \\$HOME', "«echo» «a' 'b» «'$'HOME»"], // escaped characters are quoted parts (no globbing)
    ['echo a\\\nb', '«echo» «ab»'],
    ['ls \\\n-l', '«ls» «-l»'],
    ['echo "line\\\nnext"', '«echo» «"linenext"»'],
    ["echo ''", "«echo» «''»"],
    ['echo x"y"z', '«echo» «x"y"z»'],
    ['echo café 漢字 😀', '«echo» «café» «漢字» «😀»'],
    ['echo $"hi"', '«echo» «"hi"»'],
  ])('%j', (input, expected) => {
    expect(parse(input)).toBe(expected);
  });
});

describe('parameters and tilde', () => {
  it.each([
    ['echo $HOME ${USER}x', '«echo» «${HOME}» «${USER}x»'],
    ['echo $? $$ $# $0 $9 $10', '«echo» «${?}» «${$}» «${#}» «${0}» «${9}» «${1}0»'],
    ['echo ${10} $@ $* $! $-', '«echo» «${10}» «${@}» «${*}» «${!}» «${-}»'],
    ['echo "$A and ${B}"', '«echo» «"${A} and ${B}"»'],
    ["echo '$A'", "«echo» «'$A'»"],
    ['echo $ a$ $. $/', '«echo» «$» «a$» «$.» «$/»'],
    ['cd ~ ~/x ~bob/y ~+ a~', '«cd» «~» «~/x» «~bob/y» «~+» «a~»'],
    ['echo "~" ~"x"', '«echo» «"~"» «~"x"»'],
    ['A=1 B="x y" env', 'A=«1» B=«"x y"» «env»'],
    ['env A=1', '«env» «A=1»'],
    ['A= cmd', 'A=«» «cmd»'],
    ['1A=x', '«1A=x»'],
  ])('%j', (input, expected) => {
    expect(parse(input)).toBe(expected);
  });
});

describe('operators', () => {
  it.each([
    ['ls; pwd', '«ls» ; «pwd»'],
    ['ls;pwd;', '«ls» ; «pwd»'],
    ['ls\npwd\n\n', '«ls» ; «pwd»'],
    ['a && b || c', '«a» && «b» || «c»'],
    ['a &&\n b', '«a» && «b»'],
    ['a | b | c', '«a» | «b» | «c»'],
    ['a |\n b', '«a» | «b»'],
    ['a |& b', '«a» 2>&1 | «b»'],
    ['! grep x f', '! «grep» «x» «f»'],
    ['sleep 5 &', '«sleep» «5» &'],
    ['sleep 5 & ls', '«sleep» «5» & ; «ls»'],
    ['a&&b||c|d;e', '«a» && «b» || «c» | «d» ; «e»'],
  ])('%j', (input, expected) => {
    expect(parse(input)).toBe(expected);
  });
});

describe('redirections', () => {
  it.each([
    ['ls > out', '«ls» 1>«out»'],
    ['ls >> out', '«ls» 1>>«out»'],
    ['cat < in', '«cat» 0<«in»'],
    ['ls 2> err', '«ls» 2>«err»'],
    ['ls 2>> err', '«ls» 2>>«err»'],
    ['ls &> all', '«ls» both>«all»'],
    ['ls &>> all', '«ls» both>>«all»'],
    ['ls >&all', '«ls» both>«all»'],
    ['ls 2>&1', '«ls» 2>&1'],
    ['echo oops >&2', '«echo» «oops» 1>&2'],
    ['ls 2>&-', '«ls» 2>&close'],
    ['ls >out 2>&1 | wc', '«ls» 1>«out» 2>&1 | «wc»'],
    ['echo a2>x', '«echo» «a2» 1>«x»'],
    ['echo 2 >x', '«echo» «2» 1>«x»'],
    ['>out', '1>«out»'],
    ['cat <<< "$x y"', '«cat» 0<<<«"${x} y"»'],
    ['echo > "$HOME/f"', '«echo» 1>«"${HOME}/f"»'],
  ])('%j', (input, expected) => {
    expect(parse(input)).toBe(expected);
  });
});

describe('here-documents', () => {
  it.each([
    ['cat <<EOF\nhello $USER\n\\$x \\"q\\"\nEOF\n', '«cat» 0<<EOF«"hello ${USER}\n$x \\"q\\"\n"»'],
    ["cat <<'EOF'\n$USER\nEOF", "«cat» 0<<EOF«'$USER\n'»"],
    ['cat <<"E"OF\n$USER\nEOF', "«cat» 0<<EOF«'$USER\n'»"],
    ['cat <<E\\OF\n$USER\nEOF', "«cat» 0<<EOF«'$USER\n'»"],
    ['cat <<-EOF\n\t\tindented\n\tEOF\n', '«cat» 0<<EOF«"indented\n"»'],
    ['cat <<EOF | wc -l\na\nb\nEOF\necho done', '«cat» 0<<EOF«"a\nb\n"» | «wc» «-l» ; «echo» «done»'],
    ['cat <<A; cat <<B\n1\nA\n2\nB', '«cat» 0<<A«"1\n"» ; «cat» 0<<B«"2\n"»'],
    ['cat <<EOF\nEOF', '«cat» 0<<EOF«""»'],
    ['cat <<EOF\n EOF\nEOF', '«cat» 0<<EOF«" EOF\n"»'],
  ])('%j', (input, expected) => {
    expect(parse(input)).toBe(expected);
  });

  it.each([
    ['cat <<EOF'],
    ['cat <<EOF\n'],
    ['cat <<EOF\nline one'],
    ['cat <<EOF\nline one\nEOFX\n'],
    ['cat <<-EOF\n  EOF'],
  ])('%j needs more lines', (input) => {
    expect(parseCommandLine(input)).toMatchObject({ kind: 'incomplete', reason: 'heredoc' });
  });
});

describe('incomplete input', () => {
  it.each([
    ["echo 'abc", 'quote'],
    ['echo "abc', 'quote'],
    ['echo "a\nb', 'quote'],
    ['echo ${HOME', 'quote'],
    ['ls &&', 'operator'],
    ['ls ||  ', 'operator'],
    ['ls |', 'operator'],
    ['ls |\n\n', 'operator'],
    ['ls \\', 'backslash'],
  ])('%j is incomplete (%s)', (input, reason) => {
    expect(parseCommandLine(input)).toMatchObject({ kind: 'incomplete', reason });
  });

  it('reports bash end-of-file messages for when no more input comes', () => {
    expect(parseCommandLine("echo 'a")).toEqual({
      kind: 'incomplete',
      reason: 'quote',
      message: "unexpected EOF while looking for matching `''",
    });
    expect(parseCommandLine('ls &&')).toEqual({ kind: 'incomplete', reason: 'operator', message: 'syntax error: unexpected end of file' });
  });
});

describe('syntax errors use bash wording', () => {
  it.each([
    [';', ';'],
    [';;', ';;'],
    ['&& ls', '&&'],
    ['|| ls', '||'],
    ['| ls', '|'],
    ['& ls', '&'],
    ['ls | | x', '|'],
    ['ls && || x', '||'],
    ['ls ;;', ';;'],
    ['ls ; ;', ';'],
    ['ls &;', ';'],
    ['ls & &', '&'],
    ['ls >', 'newline'],
    ['ls > ;', ';'],
    ['ls 2>', 'newline'],
    ['cat <<', 'newline'],
    ['ls >&', 'newline'],
    ['echo )', ')'],
    ['ls -l (', '('],
    ['echo (', 'newline'],
    ['echo (a)', 'a'],
    ['ls\n&& x', '&&'],
    ['ls; | x', '|'],
  ])('%j', (input, token) => {
    expect(parseCommandLine(input)).toEqual({ kind: 'error', message: `syntax error near unexpected token \`${token}'` });
  });

  it.each([
    ['echo ${a:-b}', '${a:-b}: bad substitution'],
    ['echo $(date)', 'command substitution $(...) is not supported here'],
    ['echo `date`', 'command substitution (`...`) is not supported here'],
    ['(ls)', 'subshells ( ... ) are not supported here'],
    ['f() { ls; }', 'function definitions are not supported here'],
    ['ls 2>&file', 'file: ambiguous redirect'],
  ])('%j', (input, message) => {
    expect(parseCommandLine(input)).toEqual({ kind: 'error', message });
  });

  it('rejects input over 64 KiB', () => {
    expect(parseCommandLine('x'.repeat(64 * 1024 + 1))).toEqual({ kind: 'error', message: 'command line too long' });
  });
});
