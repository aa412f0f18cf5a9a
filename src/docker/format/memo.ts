// Pure functions of a string that commands recompute on every call (a list format's parse, an
// image's registry digest) remember their answers. Bounded, since users type strings of their own.

/** memoize wraps a pure function of one string with a cache of at most `max` answers (oldest go first). */
export function memoize<T>(fn: (key: string) => T, max = 256): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const value = fn(key);
    if (answers.size >= max) {
      const oldest = answers.keys().next();
      if (!oldest.done) answers.delete(oldest.value);
    }
    answers.set(key, value);
    return value;
  };
}
