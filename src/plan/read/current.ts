/**
 * The short way in for data this tool saved itself in the current version (a browser draft):
 * the schema alone decides. Anything else, an older version, a problem to explain, goes to the
 * full reader (`./index.ts`), whose migrations and Vietnamese messages the builder then loads.
 */
import { CURRENT_VERSION, PLAN_FORMAT } from '../file-format.ts';
import { planSchema, type Plan } from '../schema.ts';

/** The plan, or undefined when the full reader must look at this value. */
export function readCurrentPlan(value: unknown): Plan | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== PLAN_FORMAT || version !== CURRENT_VERSION) return undefined;
  const parsed = planSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
