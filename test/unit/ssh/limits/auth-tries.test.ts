import { describe, expect, it } from 'vitest';
import type { AuthContext } from 'ssh2';
import { ConnectionAuth, type AuthOutcome } from '../../../../src/ssh/auth.js';

function passwordAttempt(password: string): AuthContext {
  return { method: 'password', password, username: 'alice+manager1', accept: () => undefined, reject: () => undefined } as unknown as AuthContext;
}

function tries(maxTries: number | undefined): AuthOutcome[] {
  const auth = new ConnectionAuth({
    joinCode: () => 'join',
    instructorCode: () => 'teach',
    userOfKey: () => undefined,
    instructorKeys: () => [],
    ...(maxTries !== undefined && { maxTries }),
  });
  const outcomes: AuthOutcome[] = [];
  for (let i = 0; i < 8; i++) auth.handle(passwordAttempt('wrong'), (o) => outcomes.push(o));
  return outcomes;
}

describe('auth tries per connection', () => {
  it('closes after the 6th failure by default, like sshd MaxAuthTries', () => {
    expect(tries(undefined).indexOf('closed')).toBe(5);
  });

  it('closes after the configured number of failures', () => {
    expect(tries(2).indexOf('closed')).toBe(1);
  });
});
