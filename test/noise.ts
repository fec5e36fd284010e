// Deterministic pseudo-random bytes for tests of binary input.

/** `length` bytes from an xorshift32 generator seeded with `seed`; without NUL bytes unless `withNul`. */
export function noise(length: number, seed: number, withNul = false): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = withNul ? (x >>> 0) & 0xff : ((x >>> 0) % 255) + 1;
  }
  return bytes;
}
