// Every string a catalogue entry's params schema accepts, found by walking the zod schema: top-level ones
// (Name), nested (Tag[].Key) and in lists (InstanceId[]). Tests put a bad value at each one and expect the
// refusal to name it, so a parameter added without a limit is caught wherever it sits.
import type { z } from 'zod';

export type ParamPath = readonly (string | number)[];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of the string leaves of a schema; a list's element is at index 0. */
export function stringParamPaths(schema: z.ZodType, path: ParamPath = []): ParamPath[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return [path];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, s]) => stringParamPaths(s, [...path, key]));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return def.innerType ? stringParamPaths(def.innerType, path) : [];
    case 'array':
      return def.element ? stringParamPaths(def.element, [...path, 0]) : [];
    case 'pipe':
      return def.in ? stringParamPaths(def.in, path) : [];
    case 'union': {
      const all = (def.options ?? []).flatMap((o) => stringParamPaths(o, path));
      return [...new Map(all.map((p) => [p.join('.'), p])).values()];
    }
    default:
      return [];
  }
}

/** A params object holding `value` at `path` and nothing else: { Tag: [{ Key: value }] } for Tag.0.Key. */
export function paramsWith(path: ParamPath, value: unknown): Record<string, unknown> {
  const build = (i: number): unknown => {
    if (i === path.length) return value;
    const step = path[i];
    return typeof step === 'number' ? [build(i + 1)] : { [step as string]: build(i + 1) };
  };
  return build(0) as Record<string, unknown>;
}
