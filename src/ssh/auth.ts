// Authentication for one SSH connection. Students use the join code (password or
// keyboard-interactive) or a key remembered from an earlier password login; instructors use the
// instructor code or a key from keys/instructors.pub. Every public key the client offers is noted,
// so that a successful password login can remember it for that user name.

import { createHash, timingSafeEqual } from 'node:crypto';
import ssh2 from 'ssh2';
import type { AuthContext, PublicKeyAuthContext } from 'ssh2';
import { userPart } from './login-name.js';

/** Role is what a successful login may do. */
export type Role = 'student' | 'instructor';

/** OfferedKey is a public key as authorized_keys spells it. */
export interface OfferedKey {
  type: string;
  base64: string;
}

/** AuthDeps are the lookups authentication needs. */
export interface AuthDeps {
  joinCode(): string;
  instructorCode(): string;
  /** userOfKey returns the student name a key was remembered for. */
  userOfKey(key: OfferedKey): string | undefined;
  instructorKeys(): OfferedKey[];
  /** maxTries is the failed attempts allowed before the connection is closed (default 6; the server passes limits.maxAuthTries). */
  maxTries?: number;
}

/** AuthOutcome is what to do after one authentication request. */
export type AuthOutcome = 'accepted' | 'rejected' | 'closed';

const METHODS: ('publickey' | 'password' | 'keyboard-interactive')[] = ['publickey', 'password', 'keyboard-interactive'];

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return expected.length > 0 && timingSafeEqual(a, b);
}

/** ConnectionAuth tracks one connection's authentication attempts. */
export class ConnectionAuth {
  role: Role | undefined;
  method: 'password' | 'publickey' | undefined;
  readonly offered: OfferedKey[] = [];
  private failures = 0;

  constructor(private readonly deps: AuthDeps) {}

  /** handle answers one request; it calls ctx.accept/reject itself and reports the outcome. */
  handle(ctx: AuthContext, onDone: (outcome: AuthOutcome) => void): void {
    switch (ctx.method) {
      case 'password':
        onDone(this.decidePassword(ctx, ctx.password));
        return;
      case 'keyboard-interactive':
        ctx.prompt([{ prompt: 'Password: ', echo: false }], (answers) => onDone(this.decidePassword(ctx, answers[0] ?? '')));
        return;
      case 'publickey':
        onDone(this.decideKey(ctx));
        return;
      default:
        ctx.reject(METHODS);
        onDone('rejected');
    }
  }

  private decidePassword(ctx: AuthContext, password: string): AuthOutcome {
    const role: Role | undefined = sameSecret(password, this.deps.instructorCode())
      ? 'instructor'
      : sameSecret(password, this.deps.joinCode())
        ? 'student'
        : undefined;
    // A malformed login name still authenticates: the session then explains the problem (DESIGN.md).
    if (role) return this.accept(ctx, role, 'password');
    return this.fail(ctx);
  }

  private decideKey(ctx: PublicKeyAuthContext): AuthOutcome {
    let parsed;
    try {
      parsed = ssh2.utils.parseKey(ctx.key.data);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed instanceof Error) return this.fail(ctx);
    const key: OfferedKey = { type: parsed.type, base64: ctx.key.data.toString('base64') };
    if (!this.offered.some((k) => k.base64 === key.base64)) this.offered.push(key);
    const user = userPart(ctx.username);
    const instructor = this.deps.instructorKeys().some((k) => k.base64 === key.base64);
    const role: Role | undefined = instructor ? 'instructor' : user !== undefined && this.deps.userOfKey(key) === user ? 'student' : undefined;
    if (!role) {
      // An unknown key is a normal step of a login that goes on to the password; not a failure.
      ctx.reject(METHODS);
      return 'rejected';
    }
    if (!ctx.signature || !ctx.blob) {
      ctx.accept(); // the client asks whether this key would do; it signs next
      return 'rejected';
    }
    if (!parsed.verify(ctx.blob, ctx.signature, ctx.hashAlgo)) return this.fail(ctx);
    return this.accept(ctx, role, 'publickey');
  }

  private accept(ctx: AuthContext, role: Role, method: 'password' | 'publickey'): AuthOutcome {
    this.role = role;
    this.method = method;
    ctx.accept();
    return 'accepted';
  }

  private fail(ctx: AuthContext): AuthOutcome {
    this.failures++;
    ctx.reject(METHODS);
    return this.failures >= (this.deps.maxTries ?? 6) ? 'closed' : 'rejected';
  }
}
