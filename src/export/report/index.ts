/**
 * A periodic CCHC report (quý I, 6 tháng, quý III, năm) as files: Word, Excel, Markdown, JSON.
 * Each is a pure function of the plan, the period and the cut-off, laid out from the one report
 * model (src/plan/progress/report.ts). Import the format you need from its own module, so that the
 * browser loads only that exporter's library.
 */
export { reportToDocx } from './docx.ts';
export { reportToXlsx } from './xlsx.ts';
export { reportToMarkdown } from './markdown.ts';
export { reportSummary, reportToJson, type ReportSummary } from './json.ts';
