// Go's path.Match, which reference.FamiliarMatch uses for `--filter reference=`: `*` and `?`
// never cross a `/`, `[...]` is a class (with `^` negation and ranges), `\` escapes.

function classMatch(cls: string, ch: string): boolean {
  const negate = cls.startsWith('^');
  const body = negate ? cls.slice(1) : cls;
  let hit = false;
  for (let i = 0; i < body.length; i++) {
    let lo = body[i] ?? '';
    if (lo === '\\') lo = body[++i] ?? '';
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let hi = body[i + 2] ?? '';
      i += 2;
      if (hi === '\\') hi = body[++i] ?? '';
      if (lo <= ch && ch <= hi) hit = true;
    } else if (lo === ch) hit = true;
  }
  return hit !== negate;
}

/** globMatch reports whether name matches the whole pattern (a malformed pattern matches nothing). */
export function globMatch(pattern: string, name: string): boolean {
  const go = (p: number, n: number): boolean => {
    if (p === pattern.length) return n === name.length;
    const c = pattern[p];
    if (c === '*') {
      for (let k = n; k <= name.length; k++) {
        if (go(p + 1, k)) return true;
        if (name[k] === '/') return false;
      }
      return false;
    }
    if (n === name.length) return false;
    const ch = name[n] ?? '';
    if (c === '?') return ch !== '/' && go(p + 1, n + 1);
    if (c === '[') {
      const end = pattern.indexOf(']', p + 2);
      if (end < 0 || ch === '/') return false;
      return classMatch(pattern.slice(p + 1, end), ch) && go(end + 1, n + 1);
    }
    if (c === '\\') return pattern[p + 1] === ch && go(p + 2, n + 1);
    return c === ch && go(p + 1, n + 1);
  };
  return go(0, 0);
}
