import { describe, expect, it } from 'vitest';
import { expandWord, expandWords, parseCommandLine, type Word } from '../../../../src/shell/parser/index.js';

const VARS: Record<string, string> = {
  HOME: '/home/alice',
  PWD: '/tmp',
  SPACED: '  a   b  ',
  EMPTY: '',
  ONE: 'one',
  '?': '0',
  '1': 'first',
};
const lookup = (name: string): string | undefined => VARS[name];

function words(input: string): Word[] {
  const result = parseCommandLine(input);
  if (result.kind !== 'ok') throw new Error(`parse failed: ${JSON.stringify(result)}`);
  return result.list[0]?.first.commands[0]?.words ?? [];
}

describe('expandWords', () => {
  it.each([
    ['echo $ONE "$ONE" \'$ONE\'', ['echo', 'one', 'one', '$ONE']],
    ['echo $SPACED', ['echo', 'a', 'b']],
    ['echo "$SPACED"', ['echo', '  a   b  ']],
    ['echo x$SPACED.y', ['echo', 'x', 'a', 'b', '.y']],
    ['echo $EMPTY $UNSET end', ['echo', 'end']],
    ['echo "$EMPTY" "" \'\'', ['echo', '', '', '']],
    ['echo $EMPTY"" x', ['echo', '', 'x']],
    ['echo ~ ~/d ~+ ~bob "~"', ['echo', '/home/alice', '/home/alice/d', '/tmp', '~bob', '~']],
    ['echo $? $1 ${1}x', ['echo', '0', 'first', 'firstx']],
    ['echo a\\ b', ['echo', 'a b']],
  ])('%j', (input, expected) => {
    expect(expandWords(words(input), lookup)).toEqual(expected);
  });
});

describe('expandWord', () => {
  it('joins an unquoted expansion without splitting it', () => {
    expect(expandWord(words('x$SPACED')[0] as Word, lookup)).toBe('x  a   b  ');
  });

  it('expands an unquoted here-document body and leaves a quoted one alone', () => {
    for (const [input, expected] of [
      ['cat <<EOF\n$HOME \\$HOME\nEOF', '/home/alice $HOME\n'],
      ["cat <<'EOF'\n$HOME\nEOF", '$HOME\n'],
    ] as const) {
      const result = parseCommandLine(input);
      const redirect = result.kind === 'ok' ? result.list[0]?.first.commands[0]?.redirects[0] : undefined;
      expect(redirect?.kind).toBe('heredoc');
      if (redirect?.kind === 'heredoc') expect(expandWord(redirect.body, lookup)).toBe(expected);
    }
  });
});
