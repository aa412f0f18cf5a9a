// Go's regexp.MatchString for filter values (`name=^web`, `id=3f`), run on JS RegExp. Go's RE2
// is linear-time; V8's backtracking is not, and a user-typed pattern like `(a*)*b` would stall
// the whole server. So patterns that could backtrack badly (a quantified group that itself
// repeats or alternates, or many quantifiers) and patterns Go would reject (lookaround,
// backreferences) match nothing, as a Go compile error does in filters.Args.Match. Compiled
// patterns are cached.

const MAX_PATTERN = 256;
const MAX_QUANTIFIERS = 4;
const cache = new Map<string, RegExp | null>();

/** isRiskyOrUnsupported says whether a pattern is outside the safe subset translated to JS. */
function isRiskyOrUnsupported(pattern: string): boolean {
  if (pattern.length > MAX_PATTERN) return true;
  // Lookaround and backreferences do not exist in RE2.
  if (/\(\?<?[=!]|\\[1-9]|\\k</.test(pattern)) return true;
  let quantifiers = 0;
  const groups: { repeats: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      if (pattern[i + 1] === ']') i++;
      continue;
    }
    const top = groups[groups.length - 1];
    if (ch === '(') groups.push({ repeats: false });
    else if (ch === '|' && top) top.repeats = true;
    else if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
      if (ch === '?' && pattern[i - 1] === '(') continue;
      quantifiers++;
      if (top) top.repeats = true;
    } else if (ch === ')') {
      const closed = groups.pop();
      const next = pattern[i + 1];
      if (closed?.repeats && (next === '*' || next === '+' || next === '?' || next === '{')) return true;
      if (closed?.repeats && groups.length > 0) (groups[groups.length - 1] as { repeats: boolean }).repeats = true;
    }
  }
  return quantifiers > MAX_QUANTIFIERS;
}

/** compile translates Go syntax that JS spells differently, or returns null when Go or we would refuse it. */
function compile(pattern: string): RegExp | null {
  if (isRiskyOrUnsupported(pattern)) return null;
  let source = pattern.replace(/\(\?P</g, '(?<').replace(/\\z/g, '$(?![\\s\\S])');
  let flags = '';
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if ((leading[1] as string).includes('U')) return null;
    flags = [...new Set((leading[1] as string).split(''))].join('');
    source = source.slice(leading[0].length);
  }
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/** goRegexpMatch is regexp.MatchString(pattern, source) with errors (and unsafe patterns) as no match. */
export function goRegexpMatch(pattern: string, source: string): boolean {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = compile(pattern);
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, re);
  }
  return re !== null && re.test(source);
}
