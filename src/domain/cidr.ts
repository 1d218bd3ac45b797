// IPv4 CIDR parsing and comparison, for the preflight check before attaching networks to one CEN.
// Under ProtectionLevel REDUCED, CIDR blocks may overlap but must not be identical
// (docs/reference/cen-api.md §2 step 1).
import { z } from 'zod';

export interface Cidr {
  /** Network address as an unsigned 32-bit integer. */
  base: number;
  prefix: number;
  text: string;
}

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

export function parseCidr(text: string): Cidr | null {
  const m = CIDR_PATTERN.exec(text.trim());
  if (!m) return null;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return null;
  const addr = (((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!) >>> 0;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (addr & mask) >>> 0, prefix, text: text.trim() };
}

export const cidrSchema = z
  .string()
  .refine((v) => parseCidr(v) !== null, { error: 'Not an IPv4 CIDR block like 172.16.0.0/12.' });

function size(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.prefix <= inner.prefix &&
    inner.base >= outer.base &&
    inner.base + size(inner) <= outer.base + size(outer)
  );
}

export type CidrRelation = 'identical' | 'overlapping' | 'disjoint';

export function compareCidrs(a: Cidr, b: Cidr): CidrRelation {
  if (a.base === b.base && a.prefix === b.prefix) return 'identical';
  const overlap = a.base < b.base + size(b) && b.base < a.base + size(a);
  return overlap ? 'overlapping' : 'disjoint';
}

export function ipToNumber(ip: string): number | null {
  const c = parseCidr(`${ip}/32`);
  return c ? c.base : null;
}

export function cidrContainsIp(cidr: Cidr, ip: string): boolean {
  const n = ipToNumber(ip);
  return n !== null && n >= cidr.base && n < cidr.base + size(cidr);
}
