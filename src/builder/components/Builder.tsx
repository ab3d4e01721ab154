/**
 * The plan builder island. It reads the address to know which draft and section to show, and
 * otherwise only composes the sections; the stores hold the logic.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $route, navigate, parseRoute, routeHash, type Route } from '../navigation.ts';
import { sectionById } from '../sections.ts';
import { $draft, $historyState, $isEditable, $plan, redo, undo } from '../stores/editor.ts';
import { refreshDrafts } from '../../drafts/drafts.ts';
import {
  $repair,
  $wordImport,
  createDraftFromPlan,
  openDraft,
  watchPage,
} from '../stores/workspace.ts';
import type { Plan } from '../../plan/schema.ts';
import { NoticeBar, ReadOnlyBanner, SaveStatus, StorageBanner } from './Banners.tsx';
import { Hub } from './Hub.tsx';
import { LazySection } from './LazySection.tsx';

const repairView = () => import('./RepairView.tsx').then((m) => m.RepairView);
const draftList = () => import('./draft-list/DraftList.tsx').then((m) => m.DraftList);
// A visit that opens on the draft list (every first visit does) fetches its code along with the
// builder's, rather than after the builder's first paint; a failure shows when the list asks.
const firstRoute = $route.get();
if (firstRoute.share === undefined && !firstRoute.draftId) draftList().catch(() => undefined);
const wordImportPreview = () =>
  import('./draft-list/WordImportPreview.tsx').then((m) => m.WordImportPreview);
const acceptWordImport = (plan: Plan) =>
  void createDraftFromPlan(plan).then((draftId) => {
    if (!draftId) return;
    $wordImport.set(null);
    navigate({ draftId });
  });
const cancelWordImport = () => $wordImport.set(null);
const sharePreview = () => import('./SharePreview.tsx').then((m) => m.SharePreview);
const noProps = {};

function useRouting(): Route {
  const route = useStore($route);
  useEffect(() => {
    const update = () => $route.set(parseRoute(location.hash));
    update();
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        redo();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}

export default function Builder() {
  const route = useRouting();
  const draft = useStore($draft);
  const plan = useStore($plan);
  const history = useStore($historyState);
  const editable = useStore($isEditable);
  const repair = useStore($repair);
  const wordImport = useStore($wordImport);
  const heading = useRef<HTMLHeadingElement>(null);
  useShortcuts();

  useEffect(() => {
    refreshDrafts();
    // Ask the browser not to clear our storage under pressure; a refusal changes nothing.
    void navigator.storage?.persist?.().catch(() => false);
    return watchPage();
  }, []);

  useEffect(() => {
    if (route.draftId && route.draftId !== $draft.get()?.id) {
      void openDraft(route.draftId).then((ok) => {
        if (!ok) location.hash = '#/';
      });
    }
  }, [route.draftId]);

  useEffect(() => {
    // A link to a field (the review page's) moves focus on from here once the section is shown.
    if (!route.rowId) heading.current?.focus();
  }, [route.section, route.areaId, route.rowId, route.draftId]);

  const sectionProps = { areaId: route.areaId, rowId: route.rowId };
  // A draft or a file with values to put right shows the repair view in its place.
  const repairing =
    route.share === undefined &&
    (repair?.source === 'draft' ? repair.id === route.draftId : !!repair && !route.draftId);
  const ready = repairing || !route.draftId || (draft?.id === route.draftId && plan);
  return (
    <div class="builder" data-ready={ready ? 'true' : 'false'}>
      <StorageBanner />
      <NoticeBar />
      {route.share !== undefined ? (
        <LazySection load={sharePreview} props={{ encoded: route.share }} />
      ) : repairing ? (
        <LazySection load={repairView} props={noProps} />
      ) : !route.draftId && wordImport ? (
        // Keyed: without it the draft list's LazySection, in the same place, would draw the
        // preview's component with the list's props for a frame, and the reverse.
        <LazySection
          key="word-import"
          load={wordImportPreview}
          props={{
            state: wordImport,
            onAccept: () => acceptWordImport(wordImport.plan),
            onCancel: cancelWordImport,
          }}
        />
      ) : !route.draftId ? (
        <LazySection load={draftList} props={noProps} />
      ) : draft && plan ? (
        <>
          <ReadOnlyBanner />
          <div class="builder-bar">
            <p class="draft-title">
              <a href="#/">Các bản nháp</a> ›{' '}
              <a href={routeHash({ draftId: draft.id })}>{draft.name}</a>
            </p>
            <SaveStatus />
            {editable && (
              <div class="history-buttons">
                <button
                  type="button"
                  class="button-secondary"
                  disabled={!history.canUndo}
                  onClick={undo}
                  aria-keyshortcuts="Control+Z"
                >
                  Hoàn tác
                </button>
                <button
                  type="button"
                  class="button-secondary"
                  disabled={!history.canRedo}
                  onClick={redo}
                  aria-keyshortcuts="Control+Shift+Z"
                >
                  Làm lại
                </button>
              </div>
            )}
          </div>
          <h2 class="section-title" tabIndex={-1} ref={heading}>
            {route.section ? sectionById(route.section).title : 'Các phần của kế hoạch'}
          </h2>
          {route.section && (
            <p>
              <a href={routeHash({ draftId: draft.id })}>Về danh sách các phần</a>
            </p>
          )}
          {!route.section && <Hub />}
          {route.section && (
            <LazySection load={sectionById(route.section).load} props={sectionProps} />
          )}
          {route.section && sectionById(route.section).completion && (
            <p class="next-step">
              <a href={routeHash({ draftId: draft.id })}>Lưu và về danh sách các phần</a>
            </p>
          )}
        </>
      ) : (
        <p role="status">Đang mở bản nháp…</p>
      )}
    </div>
  );
}
