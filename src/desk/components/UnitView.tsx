/**
 * One unit's plan as the checker sees it: the summary, the self-score and every finding, each
 * linked to the paragraph of the guidance behind it (the builder's own finding list). From here
 * the plan opens in the builder, read-only by a share link, or as a new draft.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadRule } from '../../drafts/rule.ts';
import { defaultDraftName } from '../../drafts/draft-name.ts';
import { newDraftId, saveDraft } from '../../drafts/drafts.ts';
import { formatAmount, formatDate, formatRate, formatVnd } from '../../plan/vi-format.ts';
import { href, routes } from '../../site/paths.ts';
import { Banner } from '../../ui/banner/Banner.tsx';
import { ErrorSummary } from '../../ui/findings/ErrorSummary.tsx';
import { FindingList } from '../../ui/findings/FindingList.tsx';
import { WordReport } from '../../ui/word-report/WordReport.tsx';
import type { DeskShareLink, UnitDetail } from '../protocol.ts';
import { $detail, loadDetail, planOf, shareLinkOf } from '../stores/desk.ts';
import { ProvinceMatches } from './ProvinceMatches.tsx';
import { download, DownloadError } from './RoundDownloads.tsx';

const builderPage = () => new URL(href(routes.builder), location.href).href;

async function openAsDraft(id: string): Promise<string | null> {
  const plan = await planOf(id);
  if (!plan) return 'Không còn kế hoạch này trong đợt tổng hợp.';
  await loadRule();
  const draftId = newDraftId();
  const saved = saveDraft(draftId, defaultDraftName(plan), plan, 0);
  if (!saved.ok) {
    return saved.reason === 'storage'
      ? 'Không lưu được bản nháp: bộ nhớ của trình duyệt đã đầy hoặc bị chặn.'
      : 'Không lưu được bản nháp từ kế hoạch này.';
  }
  location.assign(`${href(routes.builder)}#/${encodeURIComponent(draftId)}`);
  return null;
}

/** What the Word reader made of the unit's file: the tasks it read, and what it did not fully. */
function WordReading({
  word: { report, omitted },
  templateTitle,
}: {
  word: NonNullable<UnitDetail['word']>;
  templateTitle: string;
}) {
  const tasks = Object.values(report.rowsByArea).reduce((sum, count) => sum + count, 0);
  return (
    <section class="desk-word" aria-labelledby="doc-tu-word">
      <h3 id="doc-tu-word">Đọc từ tệp Word</h3>
      <p>
        Kế hoạch này được đọc từ tệp Word: {formatAmount(tasks)} nhiệm vụ từ{' '}
        {report.tables.join(', ')}, theo {templateTitle}.
        {report.items.length === 0 && ' Mọi nội dung đều đọc được trọn vẹn.'}
      </p>
      {report.items.length > 0 && (
        <WordReport items={report.items} titleId="word-report-title" level={4} omitted={omitted} />
      )}
    </section>
  );
}

export function UnitView({ id }: { id: string }) {
  const detail = useStore($detail);
  const [share, setShare] = useState<DeskShareLink | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void loadDetail(id);
    void shareLinkOf(id, builderPage()).then(setShare, () => setShare(null));
  }, [id]);
  const ready = detail !== null && detail !== 'loading' && detail.unit.id === id;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (detail === 'loading' || (detail && !ready)) return <p>Đang mở…</p>;
  if (!detail) {
    return (
      <Banner kind="error" title="Không có kế hoạch này trong đợt tổng hợp.">
        <p>
          <a href="#/">Về bảng các đơn vị</a>
        </p>
      </Banner>
    );
  }
  const { unit, findings } = detail;
  const { summary } = unit;
  // The province check's findings come on top of the checker's, so count the list itself.
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const errors = count('loi');
  return (
    <article class="desk-unit" data-unit-id={unit.id}>
      <p class="desk-back">
        <a href="#/">‹ Về bảng các đơn vị</a>
      </p>
      <h2 tabIndex={-1} ref={heading} class="desk-unit-title">
        {summary.unitName || '(chưa ghi tên đơn vị)'}
      </h2>
      <p class="desk-file-name">Tệp: {unit.file}</p>
      <dl class="desk-summary">
        {detail.word && (
          <>
            <dt>Nguồn</dt>
            <dd>Đọc từ tệp Word (những gì chưa đọc trọn được liệt kê cuối trang)</dd>
          </>
        )}
        <dt>Loại đơn vị</dt>
        <dd>{unit.unitTypeLabel}</dd>
        <dt>Đề cương</dt>
        <dd>{unit.templateTitle}</dd>
        <dt>Năm kế hoạch</dt>
        <dd>{summary.planYear}</dd>
        <dt>Số, ký hiệu</dt>
        <dd>{summary.documentNumber || '–'}</dd>
        <dt>Ngày ban hành</dt>
        <dd>
          {summary.issueDate ? formatDate(summary.issueDate) : 'Chưa ghi ngày'}
          {unit.onTime === true ? ' (đúng hạn)' : unit.onTime === false ? ' (nộp muộn)' : ''}
        </dd>
        <dt>Lĩnh vực có nhiệm vụ</dt>
        <dd>
          {summary.areasCovered}/{summary.areaCount}
        </dd>
        <dt>Nhiệm vụ</dt>
        <dd>{summary.tasks}</dd>
        <dt>Kinh phí</dt>
        <dd>{formatVnd(summary.budgetVnd)}</dd>
        <dt>Tự chấm điểm</dt>
        <dd>
          {formatAmount(summary.score.points)}/{formatAmount(summary.score.maxPoints)} điểm
        </dd>
        {summary.progress && (
          <>
            <dt>Thực hiện đến {formatDate(summary.progress.asOf)}</dt>
            <dd>
              {formatRate(summary.progress.completionRate)} hoàn thành, {summary.progress.overdue}{' '}
              nhiệm vụ quá hạn
            </dd>
          </>
        )}
      </dl>
      <div class="desk-actions">
        {share && 'link' in share ? (
          <a class="desk-button-link" href={share.link}>
            Mở để xem
          </a>
        ) : null}
        <button
          type="button"
          onClick={() =>
            void openAsDraft(unit.id).then(setProblem, () => setProblem('Không mở được bản nháp.'))
          }
        >
          Mở thành bản nháp
        </button>
        <button type="button" onClick={() => void download({ kind: 'letter', id: unit.id })}>
          Phiếu góp ý (.docx)
        </button>
      </div>
      <DownloadError />
      {share && 'tooLong' in share && (
        <p class="field-hint">
          Kế hoạch này quá lớn để mở bằng liên kết xem trước; hãy dùng “Mở thành bản nháp” để xem
          trong công cụ soạn kế hoạch.
        </p>
      )}
      {problem && <Banner kind="error" title={problem} />}
      <ErrorSummary
        title={
          findings.length
            ? `Kết quả kiểm tra: ${errors} lỗi, ${count('canh-bao')} cảnh báo, ${count('goi-y')} gợi ý`
            : 'Kết quả kiểm tra: không có lỗi nào theo hướng dẫn'
        }
        titleId="ket-qua-kiem-tra"
        hasErrors={errors > 0}
      >
        {findings.length > 0 && <FindingList findings={findings} class="error-summary-list" />}
      </ErrorSummary>
      {detail.word && <WordReading word={detail.word} templateTitle={unit.templateTitle} />}
      {detail.province && (
        <ProvinceMatches unitId={unit.id} province={detail.province} tasks={detail.tasks} />
      )}
    </article>
  );
}
