// The server's host key: an ed25519 key generated on first start and kept in the keys directory,
// so clients' known_hosts stay valid across restarts. ed25519 signatures are cheap, which matters
// when a whole class connects at once.

import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ssh2 from 'ssh2';

/** HOST_KEY_FILE is the private host key's file name inside the keys directory. */
export const HOST_KEY_FILE = 'ssh_host_ed25519_key';

/** loadOrCreateHostKey returns the PEM/OpenSSH private key text, generating it once. */
export function loadOrCreateHostKey(keysDir: string): { privateKey: string; created: boolean } {
  const file = join(keysDir, HOST_KEY_FILE);
  if (existsSync(file)) return { privateKey: readFileSync(file, 'utf8'), created: false };
  mkdirSync(keysDir, { recursive: true });
  const pair = generateUsableKeyPair();
  writeFileSync(file, pair.private, { mode: 0o600 });
  chmodSync(file, 0o600);
  writeFileSync(`${file}.pub`, `${pair.public}\n`, { mode: 0o644 });
  return { privateKey: pair.private, created: true };
}

/** readInstructorKeys parses keys/instructors.pub (authorized_keys format); absent file = no keys. */
export function readInstructorKeys(keysDir: string): { type: string; base64: string }[] {
  const file = join(keysDir, 'instructors.pub');
  if (!existsSync(file)) return [];
  const keys: { type: string; base64: string }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /(?:^|\s)((?:ssh|ecdsa|sk)-[\w@.-]+)\s+([A-Za-z0-9+/=]+)/.exec(trimmed);
    if (match?.[1] && match[2]) keys.push({ type: match[1], base64: match[2] });
  }
  return keys;
}

/**
 * generateUsableKeyPair generates an ed25519 pair that ssh2 can load back: about one key in 200
 * from ssh2's own generator is refused by its parser ("Malformed OpenSSH private key"), which
 * would make the very first start fail.
 */
function generateUsableKeyPair(): { private: string; public: string } {
  for (let attempt = 0; ; attempt++) {
    const pair = ssh2.utils.generateKeyPairSync('ed25519', { comment: 'swarmlab host key' });
    const parsed = ssh2.utils.parseKey(pair.private);
    if (!(parsed instanceof Error) || attempt >= 20) return pair;
  }
}
