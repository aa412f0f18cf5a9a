// The login name is the first thing an attacker controls (before the password is even checked),
// so parseLoginName must accept any string without throwing, and whatever it accepts must be
// safe to show to other users: only the name alphabet, nothing that could carry a control
// sequence, and exactly the parts the raw name had.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_PATTERN, parseLoginName, userPart } from '../../../src/ssh/login-name.js';
import { check, reportCases } from './budget.js';

reportCases('login-name');

const part = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,31}$/),
  fc.constantFrom('manager1', 'worker2', 'default', 'red', '', 'A', 'a b', 'é', '😀', '\x1b]0;pwned\x07', '\x1b[2J', 'a\x00', 'a\n', '-a', '_'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const raw = fc.oneof(
  fc.array(part, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('+')),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
);

describe('parseLoginName', () => {
  it('never throws, and what it accepts is the raw name split on + with every part valid', () => {
    check('parse', fc.property(raw, (name) => {
      const result = parseLoginName(name);
      if (!result.ok) {
        expect(['user', 'node', 'team', 'shape']).toContain(result.problem);
        return;
      }
      const { user, node, team } = result.login;
      expect([user, node, team].filter((p) => p !== undefined).join('+')).toBe(name);
      expect(user).toMatch(NAME_PATTERN);
      if (team !== undefined) expect(team).toMatch(NAME_PATTERN);
      for (const p of [user, node, team]) if (p !== undefined) expect(p).toMatch(/^[a-z0-9_-]+$/);
    }), 3000);
  });

  it('rejects every name with a control character, space or non-ASCII character', () => {
    check('no controls', fc.property(raw, fc.constantFrom('\x1b', '\x07', '\x00', '\n', '\r', ' ', '\u009b', 'é', '\u202e'), fc.nat(), (name, bad, at) => {
      const i = name.length === 0 ? 0 : at % name.length;
      expect(parseLoginName(name.slice(0, i) + bad + name.slice(i)).ok).toBe(false);
    }), 2000);
  });

  it('userPart agrees with parseLoginName on the user', () => {
    check('userPart', fc.property(raw, (name) => {
      const result = parseLoginName(name);
      if (result.ok) expect(userPart(name)).toBe(result.login.user);
      const user = userPart(name);
      if (user !== undefined) expect(user).toMatch(NAME_PATTERN);
    }), 2000);
  });

  it('copes with names of any length', () => {
    for (const n of [0, 1, 32, 33, 200, 201, 65_536, 1 << 20]) {
      expect(() => parseLoginName('a'.repeat(n))).not.toThrow();
      expect(() => parseLoginName('+'.repeat(n))).not.toThrow();
    }
  });
});
