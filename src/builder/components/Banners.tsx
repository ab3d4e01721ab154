/** Messages that must stay in view: saving, storage refused, another tab, the last action. */
import { useStore } from '@nanostores/preact';
import { formatClockTime } from '../../plan/vi-format.ts';
import { Banner } from '../../ui/banner/Banner.tsx';
import { downloadBackup } from '../../downloads/download.ts';
import { problemText } from '../../plan/read/problem-text.ts';
import { storageProblemMessages } from '../../drafts/local-store.ts';
import { $storageProblem } from '../../drafts/drafts.ts';
import { $draft, $editMode, $plan, $saveStatus } from '../stores/editor.ts';
import { $notice, openDraft, undoDeleteDraft } from '../stores/workspace.ts';

export function SaveStatus() {
  const status = useStore($saveStatus);
  const mode = useStore($editMode);
  let text = '';
  if (mode.kind === 'read-only') text = 'Chỉ xem';
  else if (status?.state === 'saved') text = `Đã lưu lúc ${formatClockTime(status.at)}`;
  else if (status?.state === 'pending') text = 'Đang lưu…';
  else if (status?.state === 'failed' || status?.state === 'refused') text = 'Chưa lưu được';
  return (
    <p class="save-status" role="status" data-save-status={status?.state ?? 'idle'}>
      {text}
    </p>
  );
}

function BackupButton() {
  const plan = useStore($plan);
  return (
    plan && (
      <button type="button" onClick={() => downloadBackup(plan)}>
        Tải bản sao lưu về máy
      </button>
    )
  );
}

export function StorageBanner() {
  const problem = useStore($storageProblem);
  const status = useStore($saveStatus);
  if (status?.state === 'refused') {
    // The last guard of the builder's rule held: a plan the reader would refuse is not written.
    return (
      <Banner
        kind="error"
        title={
          <>
            <strong>Chưa lưu được bản nháp</strong> vì có giá trị ngoài giới hạn của tệp kế hoạch.
            Những gì bạn gõ vẫn còn trên trang: hãy sửa các giá trị sau, hoặc tải bản sao lưu về
            máy.
          </>
        }
        problems={status.problems.map(problemText)}
      >
        <BackupButton />
      </Banner>
    );
  }
  if (!problem) return null;
  return (
    <Banner
      kind="error"
      title={
        <>
          <strong>Chưa lưu được bản nháp.</strong> {storageProblemMessages[problem]}
        </>
      }
    >
      <BackupButton />
    </Banner>
  );
}

export function ReadOnlyBanner() {
  const mode = useStore($editMode);
  const draft = useStore($draft);
  const plan = useStore($plan);
  if (mode.kind !== 'read-only' || !draft) return null;
  if (mode.reason === 'other-tab') {
    return (
      <Banner
        kind="warning"
        title={
          <>
            <strong>Bản nháp này đang được sửa ở một thẻ khác.</strong> Ở thẻ này bạn chỉ xem được,
            để hai thẻ không ghi đè lên nhau. Trang tự cập nhật khi thẻ kia lưu.
          </>
        }
      >
        <button type="button" onClick={() => void openDraft(draft.id, { steal: true })}>
          Sửa ở thẻ này
        </button>
      </Banner>
    );
  }
  return (
    <Banner
      kind="error"
      title={
        <>
          <strong>Bản nháp vừa được lưu từ một thẻ khác, mới hơn bản ở thẻ này.</strong> Để không
          ghi đè dữ liệu mới hơn, thẻ này đã dừng lưu. Bạn có thể tải bản đang thấy ở thẻ này về
          máy, rồi mở bản mới nhất.
        </>
      }
    >
      {plan && (
        <button type="button" class="button-secondary" onClick={() => downloadBackup(plan)}>
          Tải bản ở thẻ này về máy
        </button>
      )}{' '}
      <button type="button" onClick={() => void openDraft(draft.id)}>
        Mở bản mới nhất
      </button>
    </Banner>
  );
}

export function NoticeBar() {
  const notice = useStore($notice);
  if (!notice) return null;
  const error = notice.kind === 'error';
  return (
    <Banner
      kind={error ? 'error' : 'info'}
      title={notice.text}
      problems={error ? notice.details : undefined}
    >
      {notice.kind === 'undo-delete' && (
        <button type="button" onClick={undoDeleteDraft}>
          Hoàn tác xóa
        </button>
      )}{' '}
      <button type="button" class="button-secondary" onClick={() => $notice.set(null)}>
        Đóng thông báo
      </button>
    </Banner>
  );
}
