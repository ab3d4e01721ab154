/** The import report as lines of Vietnamese text, for the command line (and any plain view). */
import { templateById } from '../../plan/templates.ts';
import type { ImportReport } from './report.ts';

import { reportHeadings } from './report-headings.ts';

export { reportHeadings };

export function reportLines(report: ImportReport): string[] {
  const template = templateById(report.template);
  const total = Object.values(report.rowsByArea).reduce((sum, count) => sum + count, 0);
  const lines = [
    `Đã đọc ${total} nhiệm vụ từ ${report.tables.join(', ')}, theo ${template.shortTitle}:`,
    ...template.areas.map(
      (area) => `  ${area.order}. ${area.tableTitle}: ${report.rowsByArea[area.id] ?? 0} nhiệm vụ`,
    ),
  ];
  for (const kind of ['unread', 'notes', 'cut', 'guess'] as const) {
    const items = report.items.filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    lines.push(`${reportHeadings[kind]} (${items.length}):`);
    for (const item of items) lines.push(`  - ${item.where}: ${item.text}`);
  }
  return lines;
}
