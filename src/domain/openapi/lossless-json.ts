// JSON.parse turns 16-digit account UIDs into doubles and silently changes their last digits
// (Number.MAX_SAFE_INTEGER has 16 digits; some UIDs exceed it, so JavaScript must keep them as strings:
// docs/reference/cen-api.md §7).
// This parser quotes every integer literal that is not a safe integer before JSON.parse sees it.

const INTEGER_OUTSIDE_STRINGS = /"(?:[^"\\]|\\.)*"|(-?\d{16,})(?![\d.eE])/g;

const SIXTEEN_DIGITS = /\d{16}/;

export function parseJsonLossless(text: string): unknown {
  // Most answers hold no 16-digit run at all: one quick scan instead of visiting every string literal.
  if (!SIXTEEN_DIGITS.test(text)) return JSON.parse(text);
  const safe = text.replace(INTEGER_OUTSIDE_STRINGS, (match, digits: string | undefined) => {
    if (digits === undefined) return match;
    return Number.isSafeInteger(Number(digits)) ? digits : `"${digits}"`;
  });
  return JSON.parse(safe);
}

/**
 * The other direction, for the mock cloud: the real API sends UIDs as JSON numbers (int64), so fields holding
 * digit strings under these keys are written as bare numbers.
 */
export function stringifyWithNumericKeys(value: unknown, numericKeys: ReadonlySet<string>): string {
  const marker = '\u0000num:';
  const json = JSON.stringify(value, (key, v: unknown) =>
    numericKeys.has(key) && typeof v === 'string' && /^\d+$/.test(v) ? `${marker}${v}` : v,
  );
  return json.replace(/"\\u0000num:(\d+)"/g, '$1');
}
