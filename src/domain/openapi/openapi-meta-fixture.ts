// The catalogue's parameters set against Alibaba's own metadata (aliyun/aliyun-openapi-meta, the facts the aliyun
// CLI is built from), so a parameter the catalogue misnames, mistypes or wrongly makes optional shows up in a test
// instead of as a refused call. The facts sit in fixtures/openapi-meta.json (where they came from and how to
// regenerate them: fixtures/README.md); catalogue-drift.test.ts compares them with every catalogue entry.
//
// What counts as drift, for each action:
// - a catalogue parameter the API does not have (its name, or a sub-parameter's, e.g. ZoneMappings.ZoneId);
// - a parameter the API requires that the catalogue does not send, or makes optional, or the other way round;
// - a type the catalogue's schema does not accept (the API's String, Integer/Long, Boolean or list).
// The API's optional parameters the catalogue leaves out are not drift: the catalogue sends only what the
// journey uses (decision 0006). A difference the catalogue means is listed in the fixture with its reason; the
// test fails on any other, and on a listed one that no longer occurs, so the list cannot go stale.
import { z } from 'zod';
import type { ActionSpec } from './action-define';

export interface MetaParam {
  type: string;
  required: boolean;
  sub?: Record<string, MetaParam>;
}
export const metaParamSchema: z.ZodType<MetaParam> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    required: z.boolean(),
    sub: z.record(z.string(), metaParamSchema).optional(),
  }),
);

export const driftFactSchema = z.enum(['unknown-to-api', 'not-in-catalogue', 'required', 'type']);
export type DriftFact = z.infer<typeof driftFactSchema>;

/** One way the catalogue differs from the API for one parameter ("ZoneMappings.ZoneId" for a sub-parameter). */
export const driftSchema = z.object({
  action: z.string().min(1),
  param: z.string().min(1),
  fact: driftFactSchema,
  /** What the catalogue says: "required"/"optional", the kinds its schema accepts, or "absent". */
  catalogue: z.string(),
  /** What the API's metadata says, in its own words. */
  meta: z.string(),
});
export type Drift = z.infer<typeof driftSchema>;

export const metaFixtureSchema = z.object({
  source: z.object({
    repo: z.string(),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    files: z.string(),
    regenerate: z.string(),
  }),
  /** Differences the catalogue means, each with why. */
  differences: z.array(driftSchema.extend({ reason: z.string().min(10) })),
  actions: z.record(
    z.string(),
    z.object({ path: z.string(), parameters: z.record(z.string(), metaParamSchema) }),
  ),
});
export type MetaFixture = z.infer<typeof metaFixtureSchema>;

type Kind = 'string' | 'number' | 'boolean' | 'list' | 'object';

/** The API's type as one of the kinds a JSON value or query value takes. */
const META_KIND: Readonly<Record<string, Kind>> = {
  String: 'string',
  Integer: 'number',
  Long: 'number',
  Float: 'number',
  Double: 'number',
  Boolean: 'boolean',
  RepeatList: 'list',
  Array: 'list',
  Json: 'object',
  Object: 'object',
  Map: 'object',
};

// zod 4's own description of a schema: def.type names it, the other fields hold its parts.
type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  values?: unknown[];
  getter?: () => z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The kinds of value a schema yields: a transform counts as what it reads (a UID read from a number is a number). */
function kindsOf(schema: z.ZodType, where: string): Set<Kind> {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return kindsOf(def.innerType!, where);
  switch (def.type) {
    case 'pipe':
      return defOf(def.out!).type === 'transform' ? kindsOf(def.in!, where) : kindsOf(def.out!, where);
    case 'union':
      return new Set(def.options!.flatMap((o) => [...kindsOf(o, where)]));
    case 'lazy':
      return kindsOf(def.getter!(), where);
    case 'string':
    case 'enum':
    case 'template_literal':
      return new Set(['string']);
    case 'literal':
      return new Set(def.values!.map((v) => (typeof v === 'number' ? 'number' : 'string')));
    case 'number':
    case 'int':
    case 'bigint':
      return new Set(['number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'array':
    case 'tuple':
      return new Set(['list']);
    case 'object':
    case 'record':
      return new Set(['object']);
    default:
      throw new Error(`${where}: a ${def.type} schema has no API type to compare with.`);
  }
}

/** The object each item of a list parameter is (ZoneMappings: {ZoneId, VSwitchId}), if it is a list of objects. */
function itemShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return itemShape(def.innerType!);
  if (def.type === 'pipe') return itemShape(defOf(def.out!).type === 'transform' ? def.in! : def.out!);
  if (def.type !== 'array') return undefined;
  const item = def.element! as z.ZodType & { shape?: Record<string, z.ZodType> };
  return defOf(item).type === 'object' ? item.shape : undefined;
}

const requiredWord = (required: boolean) => (required ? 'required' : 'optional');

function compareShape(
  action: string,
  prefix: string,
  shape: Record<string, z.ZodType>,
  meta: Record<string, MetaParam>,
): Drift[] {
  const out: Drift[] = [];
  const drift = (param: string, fact: DriftFact, catalogue: string, m: string) =>
    out.push({ action, param: prefix + param, fact, catalogue, meta: m });
  for (const [name, schema] of Object.entries(shape)) {
    const where = `${action} ${prefix}${name}`;
    const required = !schema.safeParse(undefined).success;
    const m = meta[name];
    if (!m) {
      drift(name, 'unknown-to-api', requiredWord(required), 'absent');
      continue;
    }
    if (required !== m.required) drift(name, 'required', requiredWord(required), requiredWord(m.required));
    const kind = META_KIND[m.type];
    if (!kind) throw new Error(`${where}: the API's type ${m.type} is not one the drift test knows.`);
    const kinds = kindsOf(schema, where);
    if (!kinds.has(kind)) drift(name, 'type', [...kinds].sort().join('|'), m.type);
    const item = itemShape(schema);
    if (item && m.sub) out.push(...compareShape(action, `${prefix}${name}.`, item, m.sub));
  }
  for (const [name, m] of Object.entries(meta))
    if (m.required && !(name in shape)) drift(name, 'not-in-catalogue', 'absent', 'required');
  return out;
}

/** Every way one catalogue entry differs from the API's parameters. */
export function catalogueDrift(spec: ActionSpec, meta: Record<string, MetaParam>): Drift[] {
  const shape = (spec.params as unknown as { shape: Record<string, z.ZodType> }).shape;
  return compareShape(`${spec.product}.${spec.action}`, '', shape, meta);
}

/** A drift and a listed difference are the same when every fact but the reason matches. */
export const sameDrift = (a: Drift, b: Drift) =>
  a.action === b.action &&
  a.param === b.param &&
  a.fact === b.fact &&
  a.catalogue === b.catalogue &&
  a.meta === b.meta;
