/**
 * The JSON Schema of the current plan file, generated from the zod schema so that the two cannot
 * differ. The site publishes it (src/pages/schema/) for other tools to validate plans with.
 * What JSON Schema cannot say (row ids are unique) is checked by `readPlanFile` only.
 */
import * as z from 'zod/mini';
import { CURRENT_VERSION, PLAN_FORMAT } from './file-format.ts';
import { planSchema } from './schema.ts';

export function planJsonSchema(options: { id?: string } = {}): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(planSchema, {
    target: 'draft-2020-12',
    io: 'input',
  });
  // Identity first, so that a person opening the file sees what it is before the details.
  return {
    $schema,
    ...(options.id === undefined ? {} : { $id: options.id }),
    $comment: `Định dạng "${PLAN_FORMAT}", phiên bản ${CURRENT_VERSION}. Mã dòng (rows[].id) không được trùng nhau.`,
    ...generated,
  };
}
