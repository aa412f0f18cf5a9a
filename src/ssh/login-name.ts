// Login names route a person to a node of a team: `<user>+<node>[+<team>]`, e.g. alice+manager1
// or bob+manager3+blue. A bare `<user>` is valid too (node picker, or an instructor's dashboard).

/** NAME_PATTERN is the rule for user and team names. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const NODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** LoginName is a parsed login name. */
export interface LoginName {
  user: string;
  node?: string;
  team?: string;
}

/** LoginNameResult is a parsed login name or the reason it is malformed. */
export type LoginNameResult = { ok: true; login: LoginName } | { ok: false; problem: 'user' | 'node' | 'team' | 'shape' };

/** parseLoginName splits and validates a login name; it never throws. */
export function parseLoginName(raw: string): LoginNameResult {
  if (typeof raw !== 'string' || raw.length > 200) return { ok: false, problem: 'shape' };
  const parts = raw.split('+');
  if (parts.length > 3) return { ok: false, problem: 'shape' };
  const [user = '', node, team] = parts;
  if (!NAME_PATTERN.test(user)) return { ok: false, problem: 'user' };
  if (node !== undefined && !NODE_PATTERN.test(node)) return { ok: false, problem: 'node' };
  if (team !== undefined && !NAME_PATTERN.test(team)) return { ok: false, problem: 'team' };
  return { ok: true, login: { user, ...(node !== undefined && { node }), ...(team !== undefined && { team }) } };
}

/** userPart returns the user name a raw login name starts with (for remembered keys), if valid. */
export function userPart(raw: string): string | undefined {
  const user = raw.split('+')[0] ?? '';
  return NAME_PATTERN.test(user) ? user : undefined;
}
