/** Saved data that could not be read: kept, never overwritten, offered as a download. */
import { useStore } from '@nanostores/preact';
import { downloadBytes } from '../../../downloads/download.ts';
import { $unreadable, forgetUnreadable } from '../../../drafts/drafts.ts';

export function UnreadableData() {
  const unreadable = useStore($unreadable);
  if (unreadable.length === 0) return null;
  return (
    <section aria-labelledby="unreadable-title" class="panel panel-warning">
      <h2 id="unreadable-title">Dữ liệu không đọc được</h2>
      <p>
        Một số dữ liệu đã lưu không đọc được (có thể do trình duyệt ghi hỏng, hoặc do phiên bản mới
        hơn của công cụ). Dữ liệu được giữ nguyên, không bị ghi đè. Hãy tải về để giữ lại hoặc gửi
        cho người hỗ trợ.
      </p>
      <ul>
        {unreadable.map((item, index) => (
          <li>
            <button
              type="button"
              class="button-secondary"
              onClick={() =>
                downloadBytes(
                  `du-lieu-khong-doc-duoc-${index + 1}.json`,
                  item.text,
                  'application/json',
                )
              }
            >
              Tải về dữ liệu {index + 1}
            </button>{' '}
            <button type="button" class="button-warning" onClick={() => forgetUnreadable(item.key)}>
              Bỏ dữ liệu {index + 1}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
