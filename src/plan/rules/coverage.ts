/** Letter I.2 and outline II: the plan covers every area of its template, in the table and in section II. */
import { areaSectionHeading, areaTableHeading } from '../templates.ts';
import { citations, outlineArea } from './citations.ts';
import { isBlank } from './text.ts';
import type { Rule } from './types.ts';

export const areasCovered: Rule = {
  id: 'areas-covered',
  title: 'Bao gồm đầy đủ các lĩnh vực',
  severity: 'loi',
  citation: citations.tasks,
  check: ({ template, totals }) =>
    totals.areas
      .filter((area) => area.rowCount === 0)
      .map((area) => ({
        path: ['rows'],
        message:
          `Bảng mục III chưa có nhiệm vụ nào của lĩnh vực “${areaTableHeading(template, area.areaId)}”. ` +
          'Nhiệm vụ CCHC phải bao gồm đầy đủ các lĩnh vực: thêm ít nhất một dòng cho lĩnh vực này.',
      })),
};

export const areaTaskText: Rule = {
  id: 'area-task-text',
  title: 'Mục II nêu nhiệm vụ của từng lĩnh vực',
  severity: 'canh-bao',
  citation: citations.outlineTasks,
  check: ({ plan, template }) =>
    Object.entries(plan.tasks)
      .filter(([, text]) => isBlank(text))
      .map(([id]) => {
        return {
          path: ['tasks', id],
          message:
            `Mục II chưa nêu nhiệm vụ của lĩnh vực “${areaSectionHeading(template, id)}”: ` +
            'viết ngắn gọn những việc đơn vị sẽ làm trong lĩnh vực này, dựa trên các nội dung của Đề cương.',
          citation: outlineArea(template, id),
        };
      }),
};
