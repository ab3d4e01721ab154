/** Outline III: each task appears once in the table; a repeated row usually comes from copy and paste. */
import { describeRow } from '../paths.ts';
import { citations } from './citations.ts';
import type { Rule, RuleHit } from './types.ts';

export const rowDuplicate: Rule = {
  id: 'row-duplicate',
  title: 'Không lặp lại nhiệm vụ',
  severity: 'canh-bao',
  citation: citations.outlineTable,
  check: ({ plan, fold }) => {
    const firstByTask = new Map<string, number>();
    return plan.rows.flatMap((row, index): RuleHit[] => {
      // Compare the wording, not its spelling: accents, case, spacing and punctuation aside.
      const key = fold(row.specificTask)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      if (key === '') return [];
      const first = firstByTask.get(key);
      if (first === undefined) {
        firstByTask.set(key, index);
        return [];
      }
      return [
        {
          path: ['rows', index, 'specificTask'],
          message:
            `Nhiệm vụ cụ thể này trùng với ${describeRow(first, plan)}: ` +
            'gộp hai dòng làm một, hoặc sửa lại để mỗi dòng là một việc khác nhau.',
        },
      ];
    });
  },
};
