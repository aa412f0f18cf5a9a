// Every random decision in the cluster (IDs, tie-breaks between equally good nodes) comes from an
// injected Entropy, so a seed makes a run repeatable and tests deterministic. The lab passes a
// crypto-backed source; tests pass seededEntropy(n).

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

/** Entropy is the cluster's only source of randomness. */
export interface Entropy {
  /** swarmId returns a new 25-char [0-9a-z] ID, as swarmkit identity/randomid.go makes them. */
  swarmId(): string;
  /** hexId returns a new 64-char hex ID whose first 12 chars are not all digits (moby stringid). */
  hexId(): string;
  /** random returns a float in [0, 1). */
  random(): number;
}

/** entropyFrom builds an Entropy from a function returning uniform floats in [0, 1). */
export function entropyFrom(random: () => number): Entropy {
  const pick = (alphabet: string, n: number): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
  return {
    swarmId: () => pick(BASE36, 25),
    hexId: () => {
      // moby regenerates IDs whose short form is all digits, so it cannot be mistaken for a number.
      for (;;) {
        const id = pick(HEX, 64);
        if (!/^\d{12}/.test(id)) return id;
      }
    },
    random,
  };
}

/** seededRandom returns a small, fast, deterministic PRNG (sfc32) seeded from an integer. */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed * 31);
  let c = 0xb7e15162;
  let d = 1;
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** seededEntropy returns a deterministic Entropy for tests and reproducible runs. */
export function seededEntropy(seed: number): Entropy {
  return entropyFrom(seededRandom(seed));
}

/** hashFraction maps a string to a stable number in [0, 1), for jitter that must replay identically. */
export function hashFraction(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) / 4294967296;
}
