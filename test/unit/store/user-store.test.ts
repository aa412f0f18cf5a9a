import { describe, expect, it } from 'vitest';
import { sshFingerprint } from '../../../src/store/index.js';
import { useTempStores } from './temp-store.js';

// Generated with `ssh-keygen -t ed25519`; `ssh-keygen -lf` printed the fingerprint below.
const keyBase64 = 'AAAAC3NzaC1lZDI1NTE5AAAAIFw1FsGf/HzECYDPjJMR50M65QemXdrAM76yI93/DqYf';
const fingerprint = 'SHA256:01WBQoNr87FV5jSMGQjju9zJzpAYcqWJL35VZyVA+jg';
const aliceKey = { user: 'alice', keyType: 'ssh-ed25519', keyBase64, addedAt: 500 };

describe('UserStore', () => {
  const temp = useTempStores();

  it('ensure creates a user once and keeps the first createdAt', () => {
    const { users } = temp.open();
    expect(users.ensure('alice', 100)).toEqual({ name: 'alice', createdAt: 100 });
    expect(users.ensure('alice', 200)).toEqual({ name: 'alice', createdAt: 100 });
    expect(users.get('bob')).toBeUndefined();
  });

  it('assign sets and clears the team, creating the user when missing', () => {
    const { users } = temp.open();
    users.assign('bob', 'blue', 300);
    expect(users.get('bob')).toEqual({ name: 'bob', assignedTeam: 'blue', createdAt: 300 });
    users.assign('bob', 'red', 400);
    expect(users.get('bob')?.assignedTeam).toBe('red');
    users.assign('bob', undefined, 500);
    expect(users.get('bob')).toEqual({ name: 'bob', createdAt: 300 });
    users.ensure('alice', 1);
    expect(users.list().map((user) => user.name)).toEqual(['alice', 'bob']);
  });

  it('sshFingerprint prints what ssh-keygen -lf prints', () => {
    expect(sshFingerprint(keyBase64)).toBe(fingerprint);
  });

  it('rememberKey stores the key with its fingerprint and creates the user', () => {
    const { users } = temp.open();
    expect(users.rememberKey(aliceKey)).toEqual({ ...aliceKey, fingerprint });
    expect(users.get('alice')).toEqual({ name: 'alice', createdAt: 500 });
    expect(users.keysOf('alice')).toEqual([{ ...aliceKey, fingerprint }]);
    expect(users.findUserByKey('ssh-ed25519', keyBase64)).toEqual({ name: 'alice', createdAt: 500 });
  });

  it('findUserByKey needs both the key type and the blob to match', () => {
    const { users } = temp.open();
    users.rememberKey(aliceKey);
    expect(users.findUserByKey('ssh-rsa', keyBase64)).toBeUndefined();
    expect(users.findUserByKey('ssh-ed25519', 'AAAA')).toBeUndefined();
  });

  it('rememberKey of a known key keeps its first addedAt', () => {
    const { users } = temp.open();
    users.rememberKey(aliceKey);
    expect(users.rememberKey({ ...aliceKey, addedAt: 900 }).addedAt).toBe(500);
    expect(users.keysOf('alice')).toHaveLength(1);
  });

  it('rememberKey for another user moves the key to that user', () => {
    const { users } = temp.open();
    users.rememberKey(aliceKey);
    users.rememberKey({ user: 'alice', keyType: 'ssh-rsa', keyBase64: 'AAAAB3NzaC1yc2E=', addedAt: 600 });
    expect(users.rememberKey({ ...aliceKey, user: 'carol', addedAt: 700 })).toMatchObject({ user: 'carol', addedAt: 700 });
    expect(users.findUserByKey('ssh-ed25519', keyBase64)?.name).toBe('carol');
    expect(users.keysOf('alice').map((key) => key.keyType)).toEqual(['ssh-rsa']);
    expect(users.keysOf('nobody')).toEqual([]);
  });
});
