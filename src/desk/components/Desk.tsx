/**
 * The Sở Nội vụ's desk: one round of units' plans, received, checked and tabled. The island only
 * composes; the round lives in the worker and the page's stores (../stores/).
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { Banner } from '../../ui/banner/Banner.tsx';
import { workerClient } from '../client.ts';
import {
  $job,
  $notice,
  $round,
  $storage,
  connectDesk,
  flushDesk,
  openDesk,
} from '../stores/desk.ts';
import { $deskRoute, followAddress } from '../stores/route.ts';
import { Lazy } from './Lazy.tsx';
import { ReceiveFiles } from './ReceiveFiles.tsx';
import { RoundDownloads } from './RoundDownloads.tsx';
import { RoundSettingsForm } from './RoundSettingsForm.tsx';
import { RosterPanel } from './RosterPanel.tsx';
import { RoundTally } from './RoundTally.tsx';
import { UnitsTable } from './UnitsTable.tsx';
import { UnreadableFiles } from './UnreadableFiles.tsx';

/**
 * The job under way with its progress, or else whether the round is stored, on one line whose
 * height is kept from the first paint: a line that came and went would move the page.
 */
function StatusLine() {
  const job = useStore($job);
  const storage = useStore($storage);
  const saved = storage.saving
    ? 'Đang lưu đợt tổng hợp vào trình duyệt…'
    : storage.saved && !storage.problem
      ? 'Đã lưu đợt tổng hợp trong trình duyệt.'
      : '';
  return (
    <div class="desk-status">
      {job ? (
        <div class="desk-job">
          <p role="status">
            {job.label}
            {job.total > 0 ? `: đã đọc ${job.done}/${job.total} tệp` : '…'}
          </p>
          <progress
            max={job.total || undefined}
            value={job.total ? job.done : undefined}
            aria-label={job.label}
          />
        </div>
      ) : (
        <p class="desk-save-status" role="status" data-saving={storage.saving ? 'true' : 'false'}>
          {saved}
        </p>
      )}
    </div>
  );
}

function Notice() {
  const notice = useStore($notice);
  const storage = useStore($storage);
  return (
    <>
      {storage.problem && <Banner kind="warning" title={storage.problem} />}
      {notice && <Banner kind={notice.kind} title={notice.text} />}
    </>
  );
}

/** The unit's view loads when first opened: the findings' components are not needed before. */
function UnitPage({ id }: { id: string }) {
  return (
    <Lazy
      load={() => import('./UnitView.tsx').then((module) => module.UnitView)}
      what="phần xem đơn vị"
      props={{ id }}
    />
  );
}

export default function Desk() {
  const round = useStore($round);
  const route = useStore($deskRoute);
  useEffect(() => {
    connectDesk(workerClient());
    void openDesk();
    addEventListener('pagehide', flushDesk);
    const stop = followAddress();
    return () => {
      stop();
      removeEventListener('pagehide', flushDesk);
    };
  }, []);
  return (
    <div class="desk" data-ready={round ? 'true' : 'false'}>
      <StatusLine />
      <Notice />
      {route.unitId && round ? (
        <UnitPage id={route.unitId} />
      ) : (
        <>
          <RoundSettingsForm />
          <ReceiveFiles />
          <RosterPanel />
          {round && (
            <>
              <RoundTally round={round} />
              {(round.units.length > 0 || round.unreadable.length > 0) && <RoundDownloads />}
              {round.province && (
                <p class="desk-province-note" data-testid="desk-province">
                  Kế hoạch của tỉnh: <strong>{round.province.unitName || '(chưa ghi tên)'}</strong>{' '}
                  (tệp {round.province.file}) — các đơn vị được đối chiếu với kế hoạch này.
                </p>
              )}
              <UnitsTable round={round} />
              <UnreadableFiles files={round.unreadable} />
            </>
          )}
        </>
      )}
    </div>
  );
}
