/** The checker's results and the reader's problems as plain terminal text, in Vietnamese. */
import { CURRENT_VERSION } from '../plan/file-format.ts';
import type { TaskMatch } from '../round/province.ts';
import type { ReadProblem } from '../plan/read/problem.ts';
import type { FindingCounts } from '../plan/rules/index.ts';
import { severityLabels, severityOrder, type Finding } from '../plan/rules/types.ts';
import { countsSentence } from '../plan/progress/report.ts';
import type { PlanState } from '../plan/progress/state.ts';
import type { Plan } from '../plan/schema.ts';
import { formatPoints, type SelfScore } from '../plan/self-score.ts';
import type { PlanTotals } from '../plan/totals.ts';
import { templateOf } from '../plan/templates.ts';
import { formatDate, formatVnd } from '../plan/vi-format.ts';

const indent = (text: string, by = '   '): string => text.replace(/^/gm, by);

export function problemsText(file: string, problems: readonly ReadProblem[]): string {
  const lines = problems.map((problem) =>
    problem.path === '' ? `- ${problem.message}` : `- ${problem.where}: ${problem.message}`,
  );
  return `Không đọc được tệp “${file}”:\n${lines.join('\n')}\n`;
}

export function migrationText(fromVersion: number, notices: readonly string[]): string {
  if (fromVersion === CURRENT_VERSION) return '';
  const head = `Tệp theo định dạng cũ (phiên bản ${fromVersion}) đã được chuyển sang phiên bản ${CURRENT_VERSION} để đọc; tệp gốc không bị thay đổi.`;
  return `${[head, ...notices.map((notice) => `- ${notice}`)].join('\n')}\n\n`;
}

function findingText(finding: Finding, index: number): string {
  const { citation } = finding;
  return [
    `${index + 1}. ${finding.where}`,
    indent(finding.message),
    indent(
      `Căn cứ: ${citation.label} (/${citation.page}/#${citation.anchor}) · quy tắc ${finding.ruleId}`,
    ),
  ].join('\n');
}

export function summaryLine(counts: FindingCounts): string {
  return `Kết quả: ${severityOrder.map((severity) => `${counts[severity]} ${severityLabels[severity]}`).join(', ')}.`;
}

export function checkText(
  file: string,
  plan: Plan,
  totals: PlanTotals,
  findings: readonly Finding[],
  counts: FindingCounts,
  score: SelfScore,
  progress: PlanState | null = null,
): string {
  const unit = plan.unit.name.trim() === '' ? '(chưa ghi tên đơn vị)' : plan.unit.name.trim();
  const parts = [
    `Tệp: ${file}\n${unit} – Kế hoạch CCHC năm ${plan.planYear}: ${totals.rowCount} nhiệm vụ, tổng kinh phí ${formatVnd(totals.budgetVnd)}.`,
  ];
  if (progress !== null) {
    parts.push(
      `Tiến độ thực hiện tính đến ngày ${formatDate(progress.cutOff)}: ${countsSentence(progress.counts, progress.completionRate)}`,
    );
  }
  for (const severity of severityOrder) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    parts.push(
      `${severityLabels[severity].toLocaleUpperCase('vi-VN')} (${group.length})\n${group.map(findingText).join('\n')}`,
    );
  }
  if (findings.length === 0) {
    parts.push(`Không phát hiện vấn đề nào theo Công văn 219 và ${templateOf(plan).shortTitle}.`);
  }
  const criteria = score.criteria.map(
    (criterion) =>
      `- ${criterion.label}: ${formatPoints(criterion.points)}/${formatPoints(criterion.maxPoints)}. ${criterion.explanation}`,
  );
  parts.push(
    `Tự chấm theo tiêu chí kế hoạch CCHC: ${formatPoints(score.points)}/${formatPoints(score.maxPoints)} điểm\n${criteria.join('\n')}\n${score.note}`,
  );
  parts.push(summaryLine(counts));
  return `${parts.join('\n\n')}\n`;
}

/** The province's tasks for the unit, each with the plan's task that carries it out, or none. */
export function provinceText(matches: readonly TaskMatch[]): string {
  if (matches.length === 0) {
    return '\nĐối chiếu với kế hoạch của tỉnh: kế hoạch của tỉnh không giao đơn vị chủ trì hay phối hợp nhiệm vụ nào.\n';
  }
  const lines = matches.map(({ task, match }) => {
    const role = task.role === 'lead' ? 'chủ trì' : 'phối hợp';
    const name = task.row.specificTask.trim() || task.row.generalTask.trim();
    const found = match
      ? `→ dòng ${match.position}: ${match.row.specificTask.trim() || match.row.generalTask.trim()}`
      : '→ chưa có nhiệm vụ tương ứng';
    return `- Dòng ${task.position} (${role}): ${name}\n  ${found}`;
  });
  const missing = matches.filter((item) => item.match === null).length;
  return `\nĐối chiếu với kế hoạch của tỉnh: ${matches.length} nhiệm vụ tỉnh giao, ${missing} chưa có nhiệm vụ tương ứng.\n${lines.join('\n')}\n`;
}
