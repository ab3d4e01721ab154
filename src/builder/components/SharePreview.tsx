/**
 * A plan opened from a share link: shown read-only, saved only when the user asks. A damaged
 * link says so and changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../plan/schema.ts';
import { computeTotals } from '../../plan/totals.ts';
import { formatVnd } from '../../plan/vi-format.ts';
import { areaTableHeading, templateOf } from '../../plan/templates.ts';
import { Banner } from '../../ui/banner/Banner.tsx';
import { previewColumns } from '../../ui/rows-table/columns.ts';
import { RowsTable } from '../../ui/rows-table/RowsTable.tsx';
import { navigate } from '../navigation.ts';
import { readSavedPlan } from '../../drafts/drafts.ts';
import { createDraftFromPlan } from '../stores/workspace.ts';
import { problemText } from '../../plan/read/problem-text.ts';

type State =
  { kind: 'reading' } | { kind: 'failed'; problems: string[] } | { kind: 'ready'; plan: Plan };

export function SharePreview({ encoded }: { encoded: string }) {
  const [state, setState] = useState<State>({ kind: 'reading' });
  useEffect(() => {
    void (async () => {
      const { decodePlanFromLink } = await import('../../plan/share.ts');
      const decoded = decodePlanFromLink(encoded);
      if (!decoded.ok) return setState({ kind: 'failed', problems: [decoded.message] });
      const read = await readSavedPlan(decoded.value);
      setState(
        read.ok
          ? { kind: 'ready', plan: read.plan }
          : {
              kind: 'failed',
              problems: read.problems.map(problemText),
            },
      );
    })();
  }, [encoded]);

  if (state.kind === 'reading') return <p role="status">Đang đọc kế hoạch trong liên kết…</p>;
  if (state.kind === 'failed') {
    return (
      <Banner
        kind="error"
        title={
          <>
            <strong>Không mở được kế hoạch từ liên kết này.</strong> Các bản nháp của bạn không thay
            đổi.
          </>
        }
        problems={state.problems}
      >
        <p>
          <a href="#/">Về danh sách bản nháp</a>
        </p>
      </Banner>
    );
  }
  const { plan } = state;
  const totals = computeTotals(plan);
  const template = templateOf(plan);
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">Kế hoạch được chia sẻ</h2>
      <Banner
        kind="info"
        title="Bạn đang xem kế hoạch gửi kèm trong liên kết; nó chưa được lưu vào trình duyệt này."
      />
      <p>
        <strong>{plan.unit.name || 'Đơn vị chưa ghi tên'}</strong> · Kế hoạch CCHC năm{' '}
        {plan.planYear} · {totals.rowCount} nhiệm vụ · tổng kinh phí {formatVnd(totals.budgetVnd)}
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            void createDraftFromPlan(plan).then((id) => id && navigate({ draftId: id }))
          }
        >
          Lưu thành bản nháp của tôi
        </button>
      </div>
      {plan.objectives.filter(Boolean).length > 0 && (
        <>
          <h3>Mục tiêu</h3>
          <ul>
            {plan.objectives.filter(Boolean).map((objective) => (
              <li>{objective}</li>
            ))}
          </ul>
        </>
      )}
      <RowsTable
        id="share-rows"
        caption="Các nhiệm vụ"
        rows={plan.rows}
        columns={previewColumns}
        areaName={(areaId) => areaTableHeading(template, areaId)}
      />
    </section>
  );
}
