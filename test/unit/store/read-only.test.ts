import { chmodSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../../src/store/index.js';
import { useTempStores } from './temp-store.js';

/** chmodStopsWrites says whether this process is kept out of a 0o555 directory (not so for root). */
function chmodStopsWrites(dir: string): boolean {
  chmodSync(dir, 0o555);
  try {
    writeFileSync(join(dir, 'probe'), '');
    rmSync(join(dir, 'probe'));
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(dir, 0o755);
  }
}

function errorOf(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('read-only stores and directories', () => {
  const temp = useTempStores();

  it('openStore({ readonly: true }) reads, and a write is StoreError unwritable', () => {
    const writer = temp.open();
    writer.settings.set('join-code', 'tulip-42');
    writer.close();
    const dir = join(writer.file, '..');
    const reader = temp.open({ dir, readonly: true });
    expect(reader.settings.get('join-code')).toBe('tulip-42');
    const error = errorOf(() => reader.events.append('blue', [{ type: 'X', data: 1 }], 1));
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'unwritable', message: expect.stringContaining(writer.file) });
  });

  it('openStore({ readonly: true }) on a missing file is StoreError io naming it', () => {
    const dir = temp.dir();
    expect(errorOf(() => openStore({ dir, readonly: true }))).toMatchObject({
      code: 'io',
      message: expect.stringMatching(/swarmlab\.db does not exist/),
    });
  });

  it('openStore({ readonly: true }) on an older schema is StoreError unwritable', () => {
    const dir = temp.dir();
    writeFileSync(join(dir, 'swarmlab.db'), '');
    expect(errorOf(() => openStore({ dir, readonly: true }))).toMatchObject({ code: 'unwritable' });
  });

  it('a directory without write permission is StoreError unwritable', (context) => {
    const dir = temp.dir();
    // Root ignores file modes, so chmod cannot make a directory read-only for it.
    if (!chmodStopsWrites(dir)) context.skip('running as root: chmod 0o555 does not stop writes');
    chmodSync(dir, 0o555);
    const error = errorOf(() => openStore({ dir }));
    expect(error).toMatchObject({ code: 'unwritable', message: expect.stringContaining(join(dir, 'swarmlab.db')) });
  });
});
