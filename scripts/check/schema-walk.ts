/**
 * Reads the shape of a zod schema, so checks can ask "what does this field hold?" without a second
 * description of the content types. Only the zod 4 definition kinds our schemas use are handled.
 */
import type { z } from 'astro/zod';

export type PathSegment = string | number;

/** The parts of a zod 4 definition we read; everything else is left alone. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string | number>;
  defaultValue?: unknown;
}

export const definitionOf = (schema: z.ZodType): Definition => schema._zod.def as unknown as Definition;

/** Strips optional, nullable, default and similar wrappers: what the field holds when it is set. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = definitionOf(current);
    // Pipes (preprocess, transform) are kept whole: the checks recognise such schemas by identity.
    if (
      def.innerType &&
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)
    )
      current = def.innerType;
    else return current;
  }
}

/** True when the field may be left out (it is optional or has a default). */
export function isOptional(schema: z.ZodType): boolean {
  return ['optional', 'default', 'prefault'].includes(definitionOf(schema).type);
}

/** The fields of an object schema, in the order they are declared. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  return definitionOf(unwrap(schema)).shape ?? {};
}

/** The allowed values of an enum schema, or undefined for any other schema. */
export function enumValues(schema: z.ZodType): string[] | undefined {
  const def = definitionOf(unwrap(schema));
  return def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : undefined;
}

/** The schema of the value at `path` inside `schema`, or undefined where the path leaves the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = definitionOf(unwrap(current));
    current = typeof segment === 'number' ? def.element : def.shape?.[segment];
  }
  return current;
}

/** The value at `path` inside parsed data, or undefined. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** True when the key at the end of `path` is absent from its parent object. */
export function isAbsent(data: unknown, path: readonly PathSegment[]): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  const key = path.at(-1);
  return key === undefined
    ? data === undefined || data === null
    : parent === null || typeof parent !== 'object' || !(key in parent);
}

/**
 * Calls `visit` for every leaf value in `data` together with the schema that describes it,
 * following objects and arrays. Used to find references wherever a schema declares them.
 */
export function walkLeaves(
  schema: z.ZodType,
  data: unknown,
  visit: (leafSchema: z.ZodType, value: unknown, path: PathSegment[]) => void,
  path: PathSegment[] = [],
): void {
  const inner = unwrap(schema);
  const def = definitionOf(inner);
  if (def.type === 'object' && def.shape && data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, field] of Object.entries(def.shape)) {
      const value = (data as Record<string, unknown>)[key];
      if (value !== undefined) walkLeaves(field, value, visit, [...path, key]);
    }
  } else if (def.type === 'array' && def.element && Array.isArray(data)) {
    data.forEach((item, i) => walkLeaves(def.element as z.ZodType, item, visit, [...path, i]));
  } else {
    visit(inner, data, path);
  }
}

/** `people[1]`, `corrections[0].date`: a path the way an editor reads it. */
export function fieldName(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    '',
  );
}
