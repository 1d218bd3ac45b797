// Seeded randomness, so resource IDs and probability faults replay identically for the same seed
// (a training scenario must fail the same way twice). ID shapes: docs/reference/cen-api.md §7.

/** A seeded generator whose position can be saved and resumed (the state file: IDs never repeat after a restart). */
export interface SeededRandom {
  (): number;
  /** The generator's position: seededRandom(state) continues exactly where this one is. */
  readonly state: number;
}

/** mulberry32: tiny, fast, good enough for IDs and dice. Its whole state is one 32-bit number. */
export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Object.defineProperty(next, 'state', { get: () => a, enumerable: true }) as SeededRandom;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789ABCDEF';

export class IdFactory {
  constructor(private readonly random: () => number) {}

  private pick(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.random() * alphabet.length)] ?? 'a';
    return out;
  }

  /**
   * prefix + lower-case alphanumerics: cen- and cenbwp- take 18 (docs/reference/cen-api.md §7), vpc- about
   * 21.
   */
  id(prefix: string, length: number): string {
    return `${prefix}${this.pick(ALNUM, length)}`;
  }

  digits(length: number): string {
    let out = String(1 + Math.floor(this.random() * 9));
    for (let i = 1; i < length; i++) out += String(Math.floor(this.random() * 10));
    return out;
  }

  /**
   * RequestId: an upper-case UUID (docs/reference/cen-api.md §7). Version nibble 4 so it parses as a v4 UUID.
   */
  requestId(): string {
    const h = this.pick(HEX, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89AB'[Math.floor(this.random() * 4)]}${h.slice(17, 20)}-${h.slice(20)}`;
  }

  secret(length: number): string {
    return this.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', length);
  }
}
