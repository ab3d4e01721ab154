/** Letter I.1 and outline I: objectives are there, specific, and can be tracked and assessed. */
import { citations } from './citations.ts';
import { isBlank, shorten, syllableCount } from './text.ts';
import type { Rule } from './types.ts';

/** Fewer syllables than this cannot say what result is expected ("Nâng cao chất lượng" has 4). */
const MIN_SYLLABLES = 5;

export const objectivesPresent: Rule = {
  id: 'objectives-present',
  title: 'Có mục tiêu',
  severity: 'loi',
  citation: citations.objectives,
  check: ({ plan }) =>
    plan.objectives.every(isBlank)
      ? [
          {
            path: ['objectives'],
            message:
              'Kế hoạch chưa có mục tiêu. Hãy xác định các mục tiêu, kết quả cụ thể tương ứng với kế hoạch CCHC của tỉnh, ' +
              'mỗi mục tiêu một dòng.',
          },
        ]
      : [],
};

export const objectiveSpecific: Rule = {
  id: 'objective-specific',
  title: 'Mục tiêu cụ thể, rõ ràng',
  severity: 'canh-bao',
  citation: citations.outlineObjectives,
  check: ({ plan }) => {
    // With no objective at all, objectives-present already says so.
    if (plan.objectives.every(isBlank)) return [];
    return plan.objectives.flatMap((objective, index) => {
      if (isBlank(objective)) {
        return [
          {
            path: ['objectives', index],
            message: `Mục tiêu thứ ${index + 1} đang để trống: điền nội dung hoặc xóa dòng này.`,
          },
        ];
      }
      if (syllableCount(objective) >= MIN_SYLLABLES) return [];
      return [
        {
          path: ['objectives', index],
          message:
            `Mục tiêu “${shorten(objective)}” quá chung chung: nêu rõ kết quả cần đạt để theo dõi, đánh giá được, ` +
            'ví dụ “100% thủ tục hành chính được niêm yết công khai tại Bộ phận tiếp nhận và trả kết quả”.',
        },
      ];
    });
  },
};

export const objectiveMeasurable: Rule = {
  id: 'objective-measurable',
  title: 'Mục tiêu đo được',
  severity: 'goi-y',
  citation: citations.outlineObjectives,
  check: ({ plan }) =>
    plan.objectives.flatMap((objective, index) =>
      // Short or empty objectives get objective-specific instead; a digit is a number, rate or date.
      syllableCount(objective) < MIN_SYLLABLES || /\p{N}/u.test(objective)
        ? []
        : [
            {
              path: ['objectives', index],
              message:
                `Mục tiêu “${shorten(objective)}” chưa có chỉ tiêu đo được: thêm số lượng, tỷ lệ hoặc thời hạn ` +
                '(ví dụ “100%”, “trước 30/6”) để có thể theo dõi, đánh giá.',
            },
          ],
    ),
};
