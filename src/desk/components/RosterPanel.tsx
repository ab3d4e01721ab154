/**
 * The units expected to send, pasted one per line or read from a .txt file, and who has not sent.
 * Names match with or without accents and the usual abbreviations (src/round/roster.ts).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { FileDrop } from '../../ui/file-drop/FileDrop.tsx';
import { TextArea } from '../../ui/form/fields.tsx';
import { $round, $rosterNotices, saveRoster } from '../stores/desk.ts';

export function RosterPanel() {
  const round = useStore($round);
  const notices = useStore($rosterNotices);
  const stored = round?.settings.roster.join('\n') ?? '';
  const [text, setText] = useState(stored);
  // The stored roster replaces what is shown when the round changes as a whole (opened, cleared).
  useEffect(() => setText(stored), [stored]);
  const rosterSize = round?.settings.roster.length ?? 0;
  return (
    <section class="desk-section" aria-labelledby="danh-sach-don-vi">
      <h2 id="danh-sach-don-vi">Đơn vị phải nộp</h2>
      <TextArea
        path="round.roster"
        label="Danh sách đơn vị phải nộp"
        hint="Mỗi dòng một đơn vị, viết có dấu hay không dấu, tắt “UBND”, “Sở TN&MT” đều được."
        rows={6}
        value={text}
        onInput={setText}
      />
      <div class="desk-actions">
        <button type="button" onClick={() => void saveRoster(text)}>
          Đối chiếu danh sách
        </button>
      </div>
      <details class="desk-roster-file">
        <summary>Lấy danh sách từ tệp .txt</summary>
        <FileDrop
          id="tep-danh-sach"
          label="Tệp danh sách đơn vị"
          hint="Tệp văn bản .txt, mỗi dòng một đơn vị."
          accept=".txt,text/plain"
          onFiles={(files) =>
            void files[0]!.text().then((content) => {
              setText(content);
              return saveRoster(content);
            })
          }
        />
      </details>
      {notices.length > 0 && (
        <ul class="desk-roster-notices" aria-label="Ghi chú khi đọc danh sách">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {rosterSize > 0 && round && (
        <div class="desk-missing">
          <h3 id="chua-nop">Chưa nộp ({round.missing.length})</h3>
          {round.missing.length ? (
            <ul aria-labelledby="chua-nop">
              {round.missing.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : (
            <p>Mọi đơn vị trong danh sách đã nộp.</p>
          )}
        </div>
      )}
    </section>
  );
}
