/**
 * Rà soát và xuất: the checker's findings as an error summary (focus moves there, each item links
 * to its field and to the paragraph behind the rule), the self-score, a summary of each section
 * with a link to change it, and the export.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AreaId } from '../../plan/templates.ts';
import { severityOrder } from '../../plan/rules/types.ts';
import { formatPoints, scorePlan } from '../../plan/self-score.ts';
import { findingTarget } from '../finding-place.ts';
import { routeHash } from '../navigation.ts';
import { sections } from '../sections.ts';
import { $findings, $totals, checkNow } from '../stores/checks.ts';
import { $draft, $plan } from '../stores/editor.ts';
import {
  $exportError,
  $shareLink,
  exportPlan,
  makeShareLink,
  resetExports,
} from '../stores/exports.ts';
import { goToField } from '../focus.ts';
import { ErrorSummary } from '../../ui/findings/ErrorSummary.tsx';
import { FindingList } from '../../ui/findings/FindingList.tsx';
import { PrintDocument } from './PrintDocument.tsx';

export function ReviewSection() {
  const plan = useStore($plan);
  const draft = useStore($draft);
  const findings = useStore($findings);
  const totals = useStore($totals);
  const exportError = useStore($exportError);
  const share = useStore($shareLink);
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
  const score = useMemo(() => (plan ? scorePlan(plan) : null), [plan]);
  if (checked === 'failed') {
    return (
      <div class="banner banner-error" role="alert">
        <p>
          Không tải được phần kiểm tra. Hãy kiểm tra kết nối mạng rồi mở lại trang này; bản nháp
          không bị ảnh hưởng.
        </p>
      </div>
    );
  }
  if (!plan || !draft || !score || !totals || checked === 'pending')
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

      <section aria-labelledby="self-score-title" class="self-score">
        <h3 id="self-score-title">
          Tự chấm điểm: {formatPoints(score.points)}/{formatPoints(score.maxPoints)} điểm
        </h3>
        <table class="data-table">
          <caption class="visually-hidden">Điểm theo từng tiêu chí</caption>
          <thead>
            <tr>
              <th scope="col">Tiêu chí</th>
              <th scope="col" class="num">
                Điểm
              </th>
              <th scope="col">Lý do</th>
            </tr>
          </thead>
          <tbody>
            {score.criteria.map((criterion) => (
              <tr>
                <th scope="row">{criterion.label}</th>
                <td class="num">
                  {formatPoints(criterion.points)}/{formatPoints(criterion.maxPoints)}
                </td>
                <td>{criterion.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="hint">{score.note}</p>
      </section>

      <section aria-labelledby="answers-title">
        <h3 id="answers-title">Tóm tắt kế hoạch</h3>
        <dl class="summary-list">
          {sections.map(
            (section) =>
              section.summary && (
                <div>
                  <dt>{section.title}</dt>
                  <dd>{section.summary(plan, totals)}</dd>
                  <dd>
                    <a href={routeHash({ draftId: draft.id, section: section.id })}>
                      Thay đổi<span class="visually-hidden"> {section.title}</span>
                    </a>
                  </dd>
                </div>
              ),
          )}
        </dl>
      </section>

      <section aria-labelledby="export-title" class="export">
        <h3 id="export-title">Xuất kế hoạch</h3>
        <p class="reminder">
          Bản nháp chỉ nằm trong trình duyệt này và có thể mất khi trình duyệt dọn dữ liệu.{' '}
          <strong>Tệp tải về mới là bản lưu chính thức: hãy giữ tệp đó.</strong>
        </p>
        <div class="export-buttons">
          <button type="button" onClick={() => void exportPlan(plan, 'docx')}>
            Tải tệp Word (.docx)
          </button>
          <button type="button" onClick={() => void exportPlan(plan, 'xlsx')}>
            Tải bảng kế hoạch Excel (.xlsx)
          </button>
          <button
            type="button"
            class="button-secondary"
            onClick={() => void exportPlan(plan, 'json')}
          >
            Tải tệp kế hoạch để mở lại (.json)
          </button>
          <button type="button" class="button-secondary" onClick={() => print()}>
            In hoặc lưu PDF
          </button>
          <button
            type="button"
            class="button-secondary"
            onClick={() => void makeShareLink(plan, `${location.origin}${location.pathname}`)}
          >
            Chia sẻ bằng liên kết
          </button>
        </div>
        {share && 'link' in share && (
          <div class="share-link">
            <label for="share-link">Liên kết chứa cả kế hoạch (không gửi lên máy chủ nào)</label>
            <input
              id="share-link"
              type="text"
              readOnly
              value={share.link}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              class="button-secondary"
              onClick={() => void navigator.clipboard?.writeText(share.link)}
            >
              Sao chép liên kết
            </button>
          </div>
        )}
        {share && 'tooLong' in share && (
          <p class="banner banner-warning" role="alert">
            Liên kết sẽ dài {share.tooLong.toLocaleString('vi-VN')} ký tự, quá dài để gửi an toàn
            qua thư hay tin nhắn. Hãy gửi tệp kế hoạch (.json) thay vì liên kết.
          </p>
        )}
        {exportError && (
          <p class="banner banner-error" role="alert">
            {exportError}
          </p>
        )}
      </section>
      <PrintDocument plan={plan} />
    </>
  );
}
