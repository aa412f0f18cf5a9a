import { describe, expect, it } from 'vitest';
import { useTempStores } from './temp-store.js';

describe('SettingsStore', () => {
  const temp = useTempStores();

  it('get returns undefined for a key never set', () => {
    expect(temp.open().settings.get('join-code')).toBeUndefined();
  });

  it('set stores a value and set again replaces it', () => {
    const { settings } = temp.open();
    settings.set('join-code', 'tulip-42');
    settings.set('classroom-locked', '0');
    settings.set('classroom-locked', '1');
    expect(settings.get('join-code')).toBe('tulip-42');
    expect(settings.get('classroom-locked')).toBe('1');
  });

  it('keeps an empty string apart from a missing key', () => {
    const { settings } = temp.open();
    settings.set('motd', '');
    expect(settings.get('motd')).toBe('');
  });
});
