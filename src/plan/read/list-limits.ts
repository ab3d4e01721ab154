/**
 * Lists far longer than the schema allows, found before anything else walks the value. A file
 * with a million objectives took seconds to clean and validate (and once overflowed zod's stack,
 * which was reported as an unexpected error); here one pass finds it and names the field. A list
 * only a little over its limit (a draft with 51 objectives) goes on to validation instead, which
 * reports it with every other problem, so that the draft can be repaired in one go.
 * The maxima are read from the schema itself, so the two cannot drift apart; where the schema
 * does not reach (a misspelt field), the largest list a plan has (MAX_ROWS) applies.
 */
import type * as z from 'zod/mini';
import type { FieldPath } from '../paths.ts';
import { MAX_ROWS, planSchema } from '../schema.ts';
import { formatAmount } from '../vi-format.ts';
import { tooManyItemsMessage } from './issue-messages.ts';
import { readProblem, type ReadProblem } from './problem.ts';

/** How far over its maximum a list may be and still be validated (and repaired) as a draft. */
const REPAIRABLE_FACTOR = 10;
/** No object of a plan has more than a few dozen fields; one with more is not a plan. */
const MAX_KEYS = 1000;
/** Deeper than any plan (about 4 levels): anything more is not a plan and is not walked further. */
export const MAX_DEPTH = 32;

interface Limits {
  /** Past this many items a list is refused at once. */
  maxItems: number;
  /** The schema's own maximum, for the message. */
  schemaMaximum?: number;
  /** Limits of an array's items or a record's values. */
  each?: Limits;
  /** Limits of an object's known fields. */
  fields?: ReadonlyMap<string, Limits>;
}

const anywhere: Limits = { maxItems: MAX_ROWS };

type Def = {
  type: string;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
};

/** The limits a zod schema sets, read from its definition (`_zod.def`, zod's public core). */
function limitsOf(schema: z.ZodMiniType): Limits {
  const def = schema._zod.def as unknown as Def;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) {
    return limitsOf(def.innerType);
  }
  if (def.type === 'array' && def.element) {
    const max = def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def;
    const maximum = max?.maximum ?? MAX_ROWS;
    return {
      maxItems: Math.max(maximum, Math.min(maximum * REPAIRABLE_FACTOR, MAX_ROWS)),
      schemaMaximum: maximum,
      each: limitsOf(def.element),
    };
  }
  if (def.type === 'record' && def.valueType) {
    return { maxItems: MAX_ROWS, each: limitsOf(def.valueType) };
  }
  if (def.type === 'object' && def.shape) {
    const fields = new Map(
      Object.entries(def.shape).map(([key, field]) => [key, limitsOf(field)] as const),
    );
    return { maxItems: MAX_ROWS, fields };
  }
  return anywhere;
}

let planLimits: Limits | undefined;

interface Pending {
  value: object;
  limits: Limits;
  path: FieldPath;
}

/**
 * The first list (or object) in `root` too large for its place in a plan, as a problem. On the
 * way, `shape.deep` is set if an object or array sits `MAX_DEPTH` levels down, or is met twice.
 */
export function oversizedList(
  root: unknown,
  shape: { deep: boolean } = { deep: false },
): ReadProblem | undefined {
  planLimits ??= limitsOf(planSchema);
  const seen = new WeakSet<object>();
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: Pending[] = [{ value: root, limits: planLimits, path: [] }];
  const walkable = (value: unknown, path: FieldPath): value is object => {
    if (typeof value !== 'object' || value === null) return false;
    if (path.length + 1 >= MAX_DEPTH) shape.deep = true;
    return path.length < MAX_DEPTH;
  };
  while (stack.length > 0) {
    const { value, limits, path } = stack.pop() as Pending;
    if (seen.has(value as object)) {
      shape.deep = true;
      continue;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      if (value.length > limits.maxItems) {
        const maximum = limits.schemaMaximum ?? limits.maxItems;
        return readProblem(path, tooManyItemsMessage(path, value.length, maximum));
      }
      const each = limits.each ?? anywhere;
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (walkable(item, path)) {
          stack.push({ value: item, limits: each, path: [...path, i] });
        }
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_KEYS) {
      return readProblem(
        path,
        `Có ${formatAmount(keys.length)} trường, nhiều hơn bất kỳ phần nào của tệp kế hoạch: đây không phải tệp kế hoạch.`,
      );
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (walkable(child, path)) {
        const childLimits = limits.fields?.get(key) ?? limits.each ?? anywhere;
        stack.push({ value: child, limits: childLimits, path: [...path, key] });
      }
    }
  }
  return undefined;
}
