/**
 * A plan as its file: pretty-printed JSON, fields in the schema's order, text in NFC, ending in a
 * newline, so that two saves of the same plan are byte-identical and diff cleanly.
 */
import { planSchema, type Plan } from '../plan/schema.ts';

/** The mime type to offer the file with. */
export const PLAN_JSON_MIME = 'application/json';

export function planToJson(plan: Plan): string {
  // Parsing puts fields in the schema's order and drops anything outside the schema; a plan that
  // somehow fails its own schema is still written as it is, and the reader will then say why.
  const parsed = planSchema.safeParse(plan);
  const canonical = parsed.success ? parsed.data : plan;
  return `${JSON.stringify(canonical, (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value), 2)}\n`;
}

export function planToJsonBytes(plan: Plan): Uint8Array {
  return new TextEncoder().encode(planToJson(plan));
}
