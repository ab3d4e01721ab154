/**
 * What the Sở Nội vụ sends out after a round (src/round/): the "Báo cáo tổng hợp" to UBND tỉnh
 * (Word, Markdown), the workbook of units, tasks and findings (Excel), a "Phiếu góp ý" per unit
 * (Word) and the round's figures (JSON). Each is a pure function of the round's settings and view;
 * import the format you need from its own module, so that the browser loads only that exporter's
 * library.
 */
export { roundLetterToDocx, roundSummaryToDocx } from './docx.ts';
export { roundToXlsx, ROUND_SHEET_NAMES, DEFAULT_MAX_SHEET_ROWS } from './xlsx.ts';
export { roundSummaryToMarkdown } from './markdown.ts';
export { roundSummary, roundToJson, type RoundSummaryJson } from './json.ts';
export { planTasks, roundTaskSource, type RoundTask, type TaskSource } from './tasks.ts';
export { defaultSender, type RoundExportOptions, type RoundSender } from './round-text.ts';
export { roundLetterFileName, roundFileName } from '../file-name.ts';
