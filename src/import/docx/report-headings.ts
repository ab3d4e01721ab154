/**
 * The headings of the import report's groups, on their own: the report's view in the browser
 * (src/ui/word-report/) needs them without the templates that `reportLines` reads.
 */
export const reportHeadings = {
  unread: 'Chưa đọc được (không đưa vào kế hoạch)',
  notes: 'Đưa vào cột Ghi chú của nhiệm vụ',
  cut: 'Cắt bớt vì quá dài',
  guess: 'Cần kiểm tra lại',
} as const;
