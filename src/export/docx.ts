/**
 * A plan as the Word file a unit submits: a Kế hoạch laid out as Nghị định 30/2020/NĐ-CP,
 * Phụ lục I asks (see ./docx/styles.ts), with section III's table as a landscape annex.
 *
 * Pure: plan in, bytes out, no DOM and no Node built-ins, so that the builder (which loads this
 * module only when the user exports) and `ke-hoach export` produce the same bytes, dated from the
 * plan (./docx/package.ts).
 */
import type { Plan } from '../plan/schema.ts';
import { annexContent } from './docx/annex.ts';
import { bodyContent } from './docx/body.ts';
import { headerBlock } from './docx/header-block.ts';
import { packDocx } from './docx/package.ts';
import { cleanText, subjectLine } from './plan-text.ts';
import { packageDate } from './stable-zip.ts';

export { DOCX_MIME } from './docx/package.ts';

export async function planToDocx(plan: Plan): Promise<Uint8Array<ArrayBuffer>> {
  return packDocx({
    properties: {
      title: `Kế hoạch ${subjectLine(plan).toLocaleLowerCase('vi-VN')}`,
      subject: subjectLine(plan),
      author: cleanText(plan.unit.name.trim()) || 'Kế hoạch CCHC',
    },
    body: [...headerBlock(plan), ...bodyContent(plan)],
    annex: annexContent(plan),
    date: packageDate(plan),
  });
}
