/**
 * "Tải về": what the Sở Nội vụ sends on after a round, made in the worker from the round as it
 * stands today, and downloaded here. A unit's "Phiếu góp ý" is on that unit's view.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { downloadBytes } from '../../downloads/download.ts';
import { Banner } from '../../ui/banner/Banner.tsx';
import type { DeskDownload } from '../protocol.ts';
import { $downloadError, roundDownload } from '../stores/desk.ts';

export async function download(request: DeskDownload): Promise<void> {
  const file = await roundDownload(request);
  if (file) downloadBytes(file.name, file.bytes, file.type);
}

/** The last download's failure, said where the reviewer pressed; cleared when drawn anew. */
export function DownloadError() {
  const error = useStore($downloadError);
  useEffect(() => () => $downloadError.set(null), []);
  return error ? <Banner kind="error" title={error} /> : null;
}

const summaryFiles: { kind: 'summary-docx' | 'xlsx' | 'summary-md'; label: string }[] = [
  { kind: 'summary-docx', label: 'Báo cáo tổng hợp (.docx)' },
  { kind: 'xlsx', label: 'Bảng tính (.xlsx)' },
  { kind: 'summary-md', label: 'Báo cáo tổng hợp (.md)' },
];

export function RoundDownloads() {
  return (
    <section class="desk-section" aria-labelledby="tai-ve">
      <h2 id="tai-ve">Tải về</h2>
      <p class="field-hint">
        Báo cáo tổng hợp gửi UBND tỉnh và bảng tính các đơn vị, nhiệm vụ, kết quả kiểm tra, số liệu
        đến hôm nay. Phiếu góp ý cho từng đơn vị ở trang của đơn vị đó.
      </p>
      <div class="desk-actions">
        {summaryFiles.map(({ kind, label }) => (
          <button key={kind} type="button" onClick={() => void download({ kind })}>
            {label}
          </button>
        ))}
      </div>
      <DownloadError />
    </section>
  );
}
