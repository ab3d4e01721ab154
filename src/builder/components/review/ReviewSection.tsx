/**
 * Rà soát và xuất: the checker's findings as an error summary (focus moves there, each item links
 * to its field and to the paragraph behind the rule), the self-score, a summary of each section
 * with a link to change it, and the export.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { severityOrder } from '../../../plan/rules/types.ts';
import type { AreaId } from '../../../plan/templates.ts';
import { Banner } from '../../../ui/banner/Banner.tsx';
import { ErrorSummary } from '../../../ui/findings/ErrorSummary.tsx';
import { FindingList } from '../../../ui/findings/FindingList.tsx';
import { findingTarget } from '../../finding-place.ts';
import { goToField } from '../../focus.ts';
import { routeHash } from '../../navigation.ts';
import { $findings, $totals, checkNow } from '../../stores/checks.ts';
import { $draft, $plan } from '../../stores/editor.ts';
import { resetExports } from '../../../downloads/exports.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { PrintDocument } from './PrintDocument.tsx';
import { SelfScore } from './SelfScore.tsx';

export function ReviewSection() {
  const plan = useStore($plan);
  const draft = useStore($draft);
  const findings = useStore($findings);
  const totals = useStore($totals);
  const summary = useRef<HTMLDivElement>(null);
  const [checked, setChecked] = useState<'pending' | 'done' | 'failed'>('pending');
  useEffect(() => {
    resetExports();
    checkNow().then(
      () => {
        setChecked('done');
        requestAnimationFrame(() => summary.current?.focus());
      },
      () => setChecked('failed'),
    );
  }, []);
  if (checked === 'failed') {
    return (
      <Banner
        kind="error"
        title="Không tải được phần kiểm tra. Hãy kiểm tra kết nối mạng rồi mở lại trang này; bản nháp không bị ảnh hưởng."
      />
    );
  }
  if (!plan || !draft || !totals || checked === 'pending')
    return <p role="status">Đang kiểm tra…</p>;
  const sorted = [...findings].sort(
    (a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity),
  );
  const errors = findings.filter((f) => f.severity === 'loi').length;
  const areaOfRow = (rowId: string) =>
    plan.rows.find((row) => row.id === rowId)?.areaId as AreaId | undefined;
  return (
    <>
      <ErrorSummary
        class="check-summary"
        titleId="check-summary-title"
        headingLevel={3}
        hasErrors={errors > 0}
        summaryRef={summary}
        title={
          findings.length === 0
            ? 'Kế hoạch đáp ứng mọi yêu cầu mà công cụ kiểm tra được'
            : `Có ${errors} lỗi, ${findings.length - errors} cảnh báo và gợi ý`
        }
      >
        {sorted.length > 0 && (
          <FindingList
            findings={sorted}
            class="finding-list"
            linkTo={(finding) => {
              const target = findingTarget(finding, draft.id, areaOfRow);
              return {
                href: routeHash(target.route),
                onClick: (event) => {
                  event.preventDefault();
                  goToField(target.route, target.focus);
                },
              };
            }}
          />
        )}
      </ErrorSummary>
      <SelfScore plan={plan} />
      <PlanSummary draftId={draft.id} plan={plan} totals={totals} />
      <ExportPanel plan={plan} />
      <PrintDocument plan={plan} />
    </>
  );
}
