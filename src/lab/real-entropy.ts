// The production entropy source: IDs come from the operating system's CSPRNG via nanoid, as
// swarmkit's identity/randomid.go uses crypto/rand.

import { randomBytes } from 'node:crypto';
import { customAlphabet } from 'nanoid';
import type { Entropy } from '../cluster/index.js';

const swarmId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 25);
const hex = customAlphabet('0123456789abcdef', 64);

/** realEntropy returns an Entropy backed by the OS random source. */
export function realEntropy(): Entropy {
  let pool = randomBytes(0);
  let offset = 0;
  const random = (): number => {
    if (offset + 6 > pool.length) {
      pool = randomBytes(6 * 256);
      offset = 0;
    }
    const n = pool.readUIntBE(offset, 6);
    offset += 6;
    return n / 2 ** 48;
  };
  return {
    swarmId: () => swarmId(),
    hexId: () => {
      for (;;) {
        const id = hex();
        if (!/^\d{12}/.test(id)) return id;
      }
    },
    random,
  };
}
