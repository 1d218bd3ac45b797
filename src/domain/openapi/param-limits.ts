// The string parameters of the catalogue are built from these helpers, so every one of them has a length limit
// and is well-formed Unicode text. The limits and where each comes from (or UNCONFIRMED where no source gives one
// and we chose it): docs/reference/cen-api.md §5 "Parameter lengths". The BFF refuses an over-limit or
// ill-formed value with a 400 naming the parameter before anything is signed, and the mock cloud, which parses
// with the same schemas (mocks/cloud/validate-params.ts), answers InvalidParameter for it.
import { z } from 'zod';

// A lone UTF-16 surrogate (U+D800–U+DFFF not in a pair) is no Unicode character: it has no UTF-8 bytes, so it
// cannot be percent-encoded, signed or sent. JSON can carry one ("\ud800"), so the browser's body can hold it.
const LONE_SURROGATE = /\p{Cs}/u;

/** Where the first lone surrogate of a string is, or undefined when the string is well-formed. */
export function loneSurrogateAt(value: string): number | undefined {
  const match = LONE_SURROGATE.exec(value);
  return match ? match.index : undefined;
}

export function wellFormedIssue(value: string): string | undefined {
  const at = loneSurrogateAt(value);
  if (at === undefined) return undefined;
  const unit = value.charCodeAt(at).toString(16).toUpperCase();
  return `holds a lone UTF-16 surrogate (U+${unit} at character ${at + 1}): not Unicode text, so it cannot be signed or sent.`;
}

/** Adds the well-formedness check to a string schema (the rule schemas of src/domain take it this way). */
export const wellFormed = <S extends z.ZodString>(schema: S): S =>
  schema.superRefine((value, ctx) => {
    const issue = wellFormedIssue(value);
    if (issue !== undefined) ctx.addIssue({ code: 'custom', message: issue, input: value });
  });

const tooLong = (max: number) => ({
  error: (issue: { input?: unknown }) =>
    `at most ${max} characters (this one has ${typeof issue.input === 'string' ? issue.input.length : '?'}).`,
});

/** Free text of at most `max` characters (UTF-16 units, as JavaScript counts), optionally at least `min`. */
export const text = (max: number, min = 0) => {
  const base = z.string().max(max, tooLong(max));
  return wellFormed(min > 0 ? base.min(min, { error: `at least ${min} characters.` }) : base);
};

/** A resource's name (VPC names: 1–128 characters; docs/reference/cen-api.md §5). */
export const name = () => text(128, 1);

/** A description: 256 characters for CEN and bandwidth packages, 512 (UNCONFIRMED) for a security group rule. */
export const description = (max: 256 | 512 = 256) => text(max);

/** Longest resource ID we send: the documented ones have 20–30 characters (§7); 64 is UNCONFIRMED (§5). */
export const ID_MAX = 64;

/**
 * A resource ID: 1–64 characters. Its documented form (cen- or cenbwp- and 18 lower-case letters and digits,
 * docs/reference/cen-api.md §7) is not checked: the console's plans validate their previews with these schemas
 * while an ID not known yet stands as a placeholder ({{cenId}}), and a wrong ID gets the cloud's own not-found
 * answer.
 */
export const id = () => text(ID_MAX, 1);

/** A region ID such as cn-beijing (the longest today has 14 characters); 64 is UNCONFIRMED (§5). */
export const regionId = () => text(64, 1);

/** Up to `count` IDs joined by commas (Vpc DescribeVpcs VpcId: up to 20; docs/reference/cen-api.md §2 step 2). */
export const idList = (count: number) =>
  text(count * (ID_MAX + 1) - 1, 1).refine((value) => value.split(',').length <= count, {
    error: `at most ${count} IDs, separated by commas.`,
  });

/** A JSON array of up to `count` IDs as a string (Ecs DescribeInstances InstanceIds: up to 100; §2 step 6). */
export const idJsonArray = (count: number) => text(1 + count * (ID_MAX + 3), 2);

/** A paging token handed back by the previous page; opaque, 1024 characters is UNCONFIRMED (§5). */
export const nextToken = () => text(1024, 1);

/** A short word the API lists values for but we pass through (Status filters, ProductType): 64 is UNCONFIRMED. */
export const keyword = () => text(64, 1);
