/**
 * The round's name, plan year and deadline, who sends its documents, and the round as a whole: exported to one file,
 * opened from one, or cleared (after the reviewer confirms).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { downloadBytes } from '../../downloads/download.ts';
import { FileDrop } from '../../ui/file-drop/FileDrop.tsx';
import { DateField } from '../../ui/form/DateField.tsx';
import { TextField } from '../../ui/form/fields.tsx';
import {
  $round,
  $settings,
  changeDeadline,
  changeName,
  changePlanYear,
  changeSender,
  clearRound,
  importRound,
  roundFile,
} from '../stores/desk.ts';
import { Lazy } from './Lazy.tsx';

async function downloadRound(): Promise<void> {
  const file = await roundFile();
  if (file) downloadBytes(file.name, file.text, 'application/json');
}

/**
 * "Thông tin cơ quan gửi", folded: its fields load when first opened (the clerk fills them once a
 * round), and it opens by itself when the round already names a sender, to show who.
 */
function SenderDetails() {
  const sender = useStore($settings).sender ?? {};
  const named = Object.values(sender).some((value) => value);
  const [open, setOpen] = useState(false);
  // Opened when a stored round names a sender; never closed for a field typed empty.
  useEffect(() => {
    if (named) setOpen(true);
  }, [named]);
  return (
    <details
      class="desk-sender"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Thông tin cơ quan gửi</summary>
      {open && (
        <Lazy
          load={() => import('./SenderFields.tsx').then((module) => module.SenderFields)}
          what="phần thông tin cơ quan gửi"
          props={{ sender, onInput: changeSender }}
        />
      )}
    </details>
  );
}

export function RoundSettingsForm() {
  const settings = useStore($settings);
  const round = useStore($round);
  const [confirming, setConfirming] = useState(false);
  const empty = !round || (round.units.length === 0 && round.unreadable.length === 0);
  return (
    <section class="desk-section" aria-labelledby="dot-tong-hop">
      <h2 id="dot-tong-hop">Đợt tổng hợp</h2>
      <div class="desk-settings">
        <TextField
          path="round.name"
          label="Tên đợt tổng hợp"
          hint="Ví dụ: Kế hoạch CCHC năm 2014 của các sở, ngành, địa phương."
          value={settings.name}
          onInput={changeName}
        />
        <TextField
          path="round.planYear"
          label="Năm kế hoạch"
          hint="Kế hoạch của năm khác sẽ được đánh dấu."
          width="short"
          inputMode="numeric"
          value={settings.planYear === null ? '' : String(settings.planYear)}
          onInput={changePlanYear}
        />
        <DateField
          path="round.deadline"
          legend="Hạn nộp kế hoạch"
          hint="Kế hoạch ban hành sau ngày này là nộp muộn. Ví dụ: 15 12 2013."
          value={settings.deadline}
          onChange={changeDeadline}
        />
      </div>
      <SenderDetails />
      <div class="desk-actions">
        <button
          type="button"
          class="button-secondary"
          disabled={empty}
          onClick={() => void downloadRound()}
        >
          Xuất tệp tổng hợp
        </button>
        <button
          type="button"
          class="button-secondary"
          disabled={empty}
          aria-expanded={confirming}
          aria-controls="xoa-dot-xac-nhan"
          onClick={() => setConfirming(true)}
        >
          Xóa đợt tổng hợp
        </button>
      </div>
      <div id="xoa-dot-xac-nhan">
        {confirming && (
          <div class="banner banner-warning" role="alert">
            <p>
              Xóa hẳn đợt tổng hợp này khỏi trình duyệt: mọi tệp đã nhận, danh sách đơn vị và các
              lựa chọn? Nếu cần giữ lại, hãy “Xuất tệp tổng hợp” trước.
            </p>
            <div class="desk-actions">
              <button
                type="button"
                class="button-warning"
                onClick={() => {
                  setConfirming(false);
                  void clearRound();
                }}
              >
                Xóa hẳn đợt này
              </button>
              <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
                Không xóa
              </button>
            </div>
          </div>
        )}
      </div>
      <details class="desk-open-round">
        <summary>Mở tệp tổng hợp</summary>
        <FileDrop
          id="mo-tep-tong-hop"
          label="Mở tệp tổng hợp"
          hint="Tệp .json đã lưu bằng “Xuất tệp tổng hợp”; đợt trong tệp thay cho đợt đang mở."
          accept=".json,application/json"
          onFiles={(files) => void importRound(files[0]!)}
        />
      </details>
    </section>
  );
}
