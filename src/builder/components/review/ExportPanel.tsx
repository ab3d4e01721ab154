/**
 * "Xuất kế hoạch": the downloads, print and the share link. The files are the official record,
 * so the panel says the draft in the browser is not.
 */
import { useStore } from '@nanostores/preact';
import type { Plan } from '../../../plan/schema.ts';
import { formatAmount } from '../../../plan/vi-format.ts';
import { Banner } from '../../../ui/banner/Banner.tsx';
import { $exportError, $shareLink, exportPlan, makeShareLink } from '../../../downloads/exports.ts';

export function ExportPanel({ plan }: { plan: Plan }) {
  const exportError = useStore($exportError);
  const share = useStore($shareLink);
  return (
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
        <Banner
          kind="warning"
          title={`Liên kết sẽ dài ${formatAmount(share.tooLong)} ký tự, quá dài để gửi an toàn qua thư hay tin nhắn. Hãy gửi tệp kế hoạch (.json) thay vì liên kết.`}
        />
      )}
      {exportError && <Banner kind="error" title={exportError} />}
    </section>
  );
}
