import { describe, expect, it } from 'vitest';
import { KeyedSlots } from '../../../../src/ssh/limits/keyed-slots.js';

describe('KeyedSlots', () => {
  it('hands out at most max slots per key, independently per key', () => {
    const slots = new KeyedSlots(2);
    expect(slots.take('alice')).toBeDefined();
    expect(slots.take('alice')).toBeDefined();
    expect(slots.take('alice')).toBeUndefined();
    expect(slots.take('bob')).toBeDefined();
  });

  it('release gives a slot back once, and forgets keys with none', () => {
    const slots = new KeyedSlots(1);
    const release = slots.take('alice');
    release?.();
    release?.();
    expect(slots.held('alice')).toBe(0);
    expect(slots.keys).toBe(0);
    expect(slots.take('alice')).toBeDefined();
    expect(slots.take('alice')).toBeUndefined();
  });
});
