import { describe, expect, it } from 'vitest';
import { HomeDirectories } from '../../../../src/shell/fs/home-directories.js';
import { memoryHomeStorage } from '../../../../src/shell/fs/home-storage.js';
import { NodeFs } from '../../../../src/shell/fs/node-fs.js';
import { promptPath, resolvePath } from '../../../../src/shell/fs/path.js';

const alice = { team: 'blue', node: 'manager1', user: 'alice' };
const fsOf = (homes: HomeDirectories, key = alice) => new NodeFs(homes.open(key), () => 5);

describe('HomeDirectories', () => {
  it('sessions of one user on one node share a home; other users and nodes do not', () => {
    const homes = new HomeDirectories(memoryHomeStorage());
    const one = fsOf(homes);
    const two = fsOf(homes);
    expect(one.writeFile('f', 'x')).toBeUndefined();
    expect(two.readFile('f')).toEqual({ text: 'x' });
    expect(fsOf(homes, { ...alice, user: 'bob' }).readFile('f')).toBe('ENOENT');
    expect(fsOf(homes, { ...alice, node: 'worker1' }).readFile('f')).toBe('ENOENT');
  });

  it('a fresh HomeDirectories over the same storage loads the same files (a restart)', () => {
    const storage = memoryHomeStorage();
    const before = fsOf(new HomeDirectories(storage));
    before.mkdir('app');
    before.writeFile('app/compose.yml', 'services: {}\n');
    before.rename('app', 'stack');
    const after = fsOf(new HomeDirectories(storage));
    expect(after.list('.')).toEqual(['stack']);
    expect(after.readFile('stack/compose.yml')).toEqual({ text: 'services: {}\n' });
  });

  it('the team total counts every user of the team, loaded from storage', () => {
    const storage = memoryHomeStorage();
    const limits = { maxFileBytes: 100, maxHomeEntries: 10, maxTeamFileBytes: 10 };
    fsOf(new HomeDirectories(storage, limits)).writeFile('a', '123456');
    const bob = fsOf(new HomeDirectories(storage, limits), { ...alice, user: 'bob' });
    expect(bob.writeFile('b', '12345')).toBe('ENOSPC');
    expect(bob.writeFile('b', '1234')).toBeUndefined();
    expect(fsOf(new HomeDirectories(storage, limits), { ...alice, team: 'red' }).writeFile('c', '123456789')).toBeUndefined();
  });

  it('a home that cannot be loaded fails with EIO and is retried on the next open', () => {
    let fail = true;
    const storage = { ...memoryHomeStorage(), load: () => (fail ? ('EIO' as const) : []) };
    const homes = new HomeDirectories(storage);
    expect(fsOf(homes).list('.')).toBe('EIO');
    expect(fsOf(homes).writeFile('x', '')).toBe('EIO');
    fail = false;
    expect(fsOf(homes).list('.')).toEqual([]);
  });
});

describe('NodeFs', () => {
  it('rename replaces a file and an empty directory, not a full one', () => {
    const fs = fsOf(new HomeDirectories(memoryHomeStorage()));
    fs.writeFile('a', '1');
    fs.writeFile('b', '2');
    expect(fs.rename('a', 'b')).toBeUndefined();
    expect(fs.readFile('b')).toEqual({ text: '1' });
    fs.mkdir('d');
    fs.mkdir('e');
    fs.writeFile('e/x', '');
    expect(fs.rename('d', 'e')).toBe('ENOTEMPTY');
    fs.mkdir('f');
    expect(fs.rename('d', 'f')).toBeUndefined();
    expect((fs.list('.') as string[]).sort()).toEqual(['b', 'e', 'f']);
  });

  it('a trailing slash demands a directory', () => {
    const fs = fsOf(new HomeDirectories(memoryHomeStorage()));
    fs.writeFile('f', '');
    expect(fs.stat('f/')).toBe('ENOTDIR');
    expect(fs.writeFile('g/', 'x')).toBe('EISDIR');
  });

  it('file names that look like error codes are ordinary names', () => {
    const fs = fsOf(new HomeDirectories(memoryHomeStorage()));
    expect(fs.writeFile('ENOENT', 'EIO')).toBeUndefined();
    expect(fs.readFile('ENOENT')).toEqual({ text: 'EIO' });
    expect(fs.rename('ENOENT', 'EACCES')).toBeUndefined();
    expect(fs.unlink('EACCES')).toBeUndefined();
  });

  it('the home itself cannot be removed or replaced', () => {
    const fs = fsOf(new HomeDirectories(memoryHomeStorage()));
    expect(fs.removeTree('/home/alice')).toBe('EACCES');
    expect(fs.rmdir('.')).toBe('EACCES');
    expect(fs.writeFile('/home/alice', 'x')).toBe('EACCES');
  });
});

describe('paths', () => {
  it('resolvePath never climbs above / and promptPath abbreviates the home', () => {
    expect(resolvePath('/home/alice', '../../../../etc//./hostname')).toBe('/etc/hostname');
    expect(resolvePath('/home/alice', '/')).toBe('/');
    expect(promptPath('/home/alice', '/home/alice')).toBe('~');
    expect(promptPath('/home/alice/app', '/home/alice')).toBe('~/app');
    expect(promptPath('/home/alicex', '/home/alice')).toBe('/home/alicex');
  });
});
