/**
 * What the Word reader did not fully understand in a plan, grouped by what became of it (not
 * read, read by a guess, cut, kept in the notes), each item with where it was in the document.
 * One component for every island: the builder's preview before a draft is made, and the desk's
 * view of a unit whose plan was read from Word.
 */
import { IMPORTED_MARK, type ReportItem } from '../../import/docx/report.ts';
import { reportHeadings } from '../../import/docx/report-headings.ts';
import { formatAmount } from '../../plan/vi-format.ts';

/** The report's kinds, the ones the user must act on first. */
const kindOrder = ['unread', 'guess', 'cut', 'notes'] as const;

function ReportGroup({ kind, items }: { kind: ReportItem['kind']; items: readonly ReportItem[] }) {
  if (items.length === 0) return null;
  return (
    <details class="word-report-group" open={kind !== 'notes'}>
      <summary>
        {reportHeadings[kind]}: {formatAmount(items.length)}
      </summary>
      <ul>
        {items.map((item) => (
          <li>
            <strong>{item.where}</strong>: {item.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface WordReportProps {
  items: readonly ReportItem[];
  /** The heading's id, which names the section. */
  titleId: string;
  /** The heading's level where the report is shown. */
  level?: 3 | 4;
  /** Items the reader reported that were not kept (the desk keeps a bounded number per plan). */
  omitted?: number;
}

export function WordReport({ items, titleId, level = 3, omitted = 0 }: WordReportProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const ofKind = (kind: ReportItem['kind']) => items.filter((item) => item.kind === kind);
  return (
    <section aria-labelledby={titleId} class="word-report">
      <Heading id={titleId}>Những gì chưa đọc trọn</Heading>
      <p>
        Không có chữ nào bị bỏ: chữ không vào được trường nào được giữ trong cột Ghi chú của nhiệm
        vụ, mở đầu bằng “{IMPORTED_MARK}”, hoặc được liệt kê dưới đây.
      </p>
      {kindOrder.map((kind) => (
        <ReportGroup kind={kind} items={ofKind(kind)} />
      ))}
      {omitted > 0 && (
        <p>
          Còn {formatAmount(omitted)} mục khác không được liệt kê ở đây; mở tệp Word của đơn vị
          trong công cụ soạn kế hoạch để xem đủ.
        </p>
      )}
    </section>
  );
}
