import { createHash } from 'node:crypto';

/**
 * sshFingerprint is the fingerprint OpenSSH prints for a public key (`ssh-keygen -lf`): "SHA256:"
 * and the unpadded base64 of the SHA-256 of the key blob. Mirrors openssh-portable sshkey.c
 * (sshkey_fingerprint_raw, fingerprint_b64).
 */
export function sshFingerprint(keyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}
