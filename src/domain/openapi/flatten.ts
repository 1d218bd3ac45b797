// RPC APIs take flat parameters. The SDKs flatten nested request objects with openapi-util `flatMap` /
// `replaceRepeatList` (docs/reference/cen-api.md §1.2): objects become Parent.Child, lists are numbered
// from 1 (Tag.1.Key, Filter.1.Value.1), null/undefined are dropped (list positions still count), "" is kept
// and every other leaf becomes String(leaf) — booleans 'true'/'false', numbers as JavaScript prints them.
// The mock cloud goes the other way with unflattenParams before validating with the catalogue schemas.

/** Flat wire parameters, in the SDK's insertion order (Object.keys order at every level). */
export type FlatParams = Record<string, string>;

function flattenInto(target: FlatParams, value: unknown, key: string): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    const prefix = key === '' ? '' : key + '.';
    for (let i = 0; i < value.length; i++) flattenInto(target, value[i] as unknown, prefix + (i + 1));
    return;
  }
  if (typeof value === 'object') {
    const prefix = key === '' ? '' : key + '.';
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj)) flattenInto(target, obj[k], prefix + k);
    return;
  }
  // Strings, numbers, booleans, bigints: the SDK calls value.toString().
  const leaf = value as string | number | boolean | bigint | symbol;
  target[key] = String(leaf);
}

/** Nested business parameters → flat SDK parameters (openapi-util `OpenApiUtil.query`). */
export function flattenParams(nested: Readonly<Record<string, unknown>> | undefined | null): FlatParams {
  const target: FlatParams = {};
  if (nested) flattenInto(target, nested, '');
  return target;
}

// Highest list position unflattenParams turns into an array index. Alibaba repeat lists hold at most a few
// hundred items; a bigger number would let one query parameter (Tag.999999999.Key) allocate a huge array.
const MAX_LIST_POSITION = 10_000;

function listPosition(segment: string): number | undefined {
  if (!/^[1-9]\d{0,4}$/.test(segment)) return undefined;
  const n = Number(segment);
  return n <= MAX_LIST_POSITION ? n : undefined;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/**
 * Flat parameters → nested object: list positions (1, 2, …) become array slots 0, 1, …, other segments object
 * keys. Leaves stay strings (the catalogue schemas accept wire strings, see wire-values.ts).
 * Entries that contradict an earlier one (A=1 then A.B=2, or Tag.1 then Tag.x) are dropped: first shape wins.
 * A segment "__proto__" is dropped too, so a request cannot reach Object.prototype.
 */
export function unflattenParams(
  flat: Readonly<Record<string, string>> | Iterable<readonly [string, string]>,
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const entries: Iterable<readonly [string, string]> = Symbol.iterator in flat ? flat : Object.entries(flat);
  for (const [key, value] of entries) {
    const segments = key.split('.');
    if (segments.includes('__proto__')) continue;
    let node: Container = root;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as string;
      // Under an object any segment is a key; under a list only a position is (position 1 is slot 0).
      let slot: string | number = segment;
      if (Array.isArray(node)) {
        const position = listPosition(segment);
        if (position === undefined) break; // a named key under a list: contradicts the list shape
        slot = position - 1;
      }
      const box = node as Record<string | number, unknown>;
      const existing: unknown = Object.hasOwn(box, slot) ? box[slot] : undefined;
      if (i === segments.length - 1) {
        if (existing === undefined) box[slot] = value;
        break;
      }
      if (existing === undefined) {
        const next: Container = listPosition(segments[i + 1] as string) === undefined ? {} : [];
        box[slot] = next;
        node = next;
      } else if (isContainer(existing)) {
        node = existing;
      } else break;
    }
  }
  return root;
}
