/** Letter I.2, first bullet: the tasks of every area come with the funds needed to carry them out. */
import { areaTableHeading } from '../templates.ts';
import { citations } from './citations.ts';
import type { Rule } from './types.ts';

export const areaFunded: Rule = {
  id: 'area-funded',
  title: 'Mỗi lĩnh vực được bố trí kinh phí',
  severity: 'canh-bao',
  citation: citations.tasks,
  check: ({ template, totals }) =>
    totals.areas
      // Only areas whose estimates are all in and add up to nothing; missing estimates are row-budget's.
      .filter((area) => area.rowCount > area.unbudgetedRowCount && area.budgetVnd === 0)
      .map((area) => ({
        path: ['rows'],
        message:
          `Lĩnh vực “${areaTableHeading(template, area.areaId)}” chưa được bố trí kinh phí (tổng 0 đ): ` +
          'nhiệm vụ CCHC phải được bố trí nguồn kinh phí cần thiết; nếu thật sự không cần kinh phí, hãy ghi rõ lý do ở cột Ghi chú.',
      })),
};
