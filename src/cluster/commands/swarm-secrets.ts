// Join tokens and the unlock key, shaped as swarmkit makes them: ca/config.go GenerateJoinToken
// (`SWMTKN-1-<root CA digest, base36, 50 chars>-<secret, base36, 25 chars>`, the digest shared by
// the worker and manager tokens, a rotation changes only the secret) and manager/encryption
// HumanReadableKey (`SWMKEY-1-<32 bytes, base64 without padding>`).

import type { DecideContext } from '../context.js';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** clampLead keeps a base36 number below 2^bits by bounding its first digit (the value is random). */
function clampLead(digits: string, maxLead: number): string {
  return `${BASE36[BASE36.indexOf(digits[0] ?? '0') % maxLead] ?? '0'}${digits.slice(1)}`;
}

function newToken(ctx: DecideContext): string {
  // Three 25-char draws per token, in this order, so seeded clusters keep their IDs.
  const digest = `${ctx.entropy.swarmId()}${ctx.entropy.swarmId()}`;
  return `SWMTKN-1-${clampLead(digest, 6)}-${ctx.entropy.swarmId()}`;
}

/** tokenParts splits a token into its root CA digest and secret, or undefined if it is malformed. */
export function tokenParts(token: string): { digest: string; secret: string } | undefined {
  const parts = token.split('-');
  if (parts.length !== 4 || parts[0] !== 'SWMTKN' || parts[1] !== '1') return undefined;
  const [, , digest = '', secret = ''] = parts;
  return digest.length === 50 && secret.length === 25 ? { digest, secret } : undefined;
}

/** newJoinTokens makes a new swarm's worker and manager tokens (one root CA digest). */
export function newJoinTokens(ctx: DecideContext): { worker: string; manager: string } {
  const worker = newToken(ctx);
  const manager = newToken(ctx);
  const digest = tokenParts(worker)?.digest ?? '';
  return { worker, manager: `SWMTKN-1-${digest}-${tokenParts(manager)?.secret ?? ''}` };
}

/** rotatedToken keeps a token's root CA digest and draws a new 128-bit secret. */
export function rotatedToken(ctx: DecideContext, token: string): string {
  return `SWMTKN-1-${tokenParts(token)?.digest ?? ''}-${clampLead(ctx.entropy.swarmId(), 16)}`;
}

/** digestHex is the root CA digest of a token as sha256 hex (what the fingerprint error prints). */
export function digestHex(digest: string): string {
  let n = 0n;
  for (const c of digest.toLowerCase()) n = n * 36n + BigInt(Math.max(0, BASE36.indexOf(c)));
  return n.toString(16).padStart(64, '0');
}

/** newUnlockKey makes an autolock key from 32 random bytes. */
export function newUnlockKey(ctx: DecideContext): string {
  const hex = ctx.entropy.hexId();
  const bytes: number[] = [];
  for (let i = 0; i < 64; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
    const chunk = (a << 16) | (b << 8) | c;
    const n = Math.min(3, bytes.length - i) + 1;
    for (let j = 0; j < n; j++) out += BASE64[(chunk >> (18 - 6 * j)) & 63];
  }
  return `SWMKEY-1-${out}`;
}
