import { describe, expect, it } from 'vitest';
import { ConnectionLimiter, type ConnectionTicket } from '../../../../src/ssh/limits/connection-limiter.js';

function rig(limits = { maxConnectionsPerAddress: 400, maxUnauthenticatedPerAddress: 3, maxUnauthenticated: 5 }) {
  const limiter = new ConnectionLimiter(limits);
  const closed: string[] = [];
  const open = (address: string, name: string): ConnectionTicket | undefined => {
    const admission = limiter.admit(address, () => closed.push(name));
    return admission.ok ? admission.ticket : undefined;
  };
  return { limiter, closed, open };
}

describe('ConnectionLimiter', () => {
  it('admits a whole class of 300 logged-in students behind one NAT address', () => {
    const { limiter, open } = rig();
    for (let i = 0; i < 300; i++) open('10.0.0.1', `s${i}`)?.authenticated();
    expect(limiter.stats()).toEqual({ connections: 300, unauthenticated: 0, addresses: 1 });
  });

  it('refuses a connection past the per-address cap, and admits again once one closes', () => {
    const { open } = rig({ maxConnectionsPerAddress: 2, maxUnauthenticatedPerAddress: 10, maxUnauthenticated: 10 });
    const a = open('10.0.0.1', 'a');
    open('10.0.0.1', 'b');
    expect(open('10.0.0.1', 'c')).toBeUndefined();
    expect(open('10.0.0.2', 'other')).toBeDefined();
    a?.release();
    expect(open('10.0.0.1', 'd')).toBeDefined();
  });

  it('closes the oldest unauthenticated connection of the same address when it has too many', () => {
    const { limiter, closed, open } = rig();
    for (const n of ['a', 'b', 'c']) open('10.0.0.1', n);
    const admission = limiter.admit('10.0.0.1', () => closed.push('d'));
    expect(closed).toEqual(['a']);
    expect(admission.ok && admission.evicted).toEqual([{ address: '10.0.0.1', bound: 'maxUnauthenticatedPerAddress' }]);
    expect(limiter.stats().unauthenticated).toBe(3);
  });

  it('a flood from one address never evicts another address\'s handshake', () => {
    const { closed, open } = rig();
    open('10.0.0.9', 'honest');
    for (let i = 0; i < 100; i++) open('10.0.0.1', `flood${i}`);
    expect(closed).not.toContain('honest');
    expect(closed).toHaveLength(97);
  });

  it('when the total is full, the address holding the most unauthenticated connections gives one up', () => {
    const { closed, open } = rig({ maxConnectionsPerAddress: 400, maxUnauthenticatedPerAddress: 3, maxUnauthenticated: 4 });
    open('10.0.0.1', 'x1');
    open('10.0.0.1', 'x2');
    open('10.0.0.1', 'x3');
    open('10.0.0.2', 'y1');
    open('10.0.0.3', 'z1');
    expect(closed).toEqual(['x1']);
  });

  it('a logged-in connection is never evicted, and release is idempotent', () => {
    const { limiter, closed, open } = rig();
    const first = open('10.0.0.1', 'first');
    first?.authenticated();
    for (let i = 0; i < 10; i++) open('10.0.0.1', `n${i}`);
    expect(closed).not.toContain('first');
    first?.release();
    first?.release();
    expect(limiter.stats().connections).toBe(10);
  });

  it('an evicted connection still counts toward the address until its socket closes', () => {
    const { limiter, open } = rig({ maxConnectionsPerAddress: 4, maxUnauthenticatedPerAddress: 1, maxUnauthenticated: 10 });
    const a = open('10.0.0.1', 'a');
    open('10.0.0.1', 'b');
    expect(limiter.stats()).toMatchObject({ connections: 2, unauthenticated: 1 });
    a?.authenticated();
    a?.release();
    expect(limiter.stats()).toMatchObject({ connections: 1, unauthenticated: 1 });
  });

  it('forgets an address once its last connection closes', () => {
    const { limiter, open } = rig();
    open('10.0.0.1', 'a')?.release();
    expect(limiter.stats()).toEqual({ connections: 0, unauthenticated: 0, addresses: 0 });
  });
});
