/** The drafts saved in this browser, each with its actions: open, rename, copy, copy as next year's, delete. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatClockDateTime } from '../../../plan/vi-format.ts';
import { templateById, templateOf } from '../../../plan/templates.ts';
import { goToDraft } from './go-to-draft.ts';
import { $drafts } from '../../../drafts/drafts.ts';
import {
  copyDraftToTemplate,
  deleteDraft,
  duplicateDraft,
  renameDraft,
} from '../../stores/workspace.ts';

/** The current programme, which a plan on the 2012 outline can be copied onto. */
const programme = templateById('chuong-trinh-2021-2030');

export function SavedDrafts() {
  const drafts = useStore($drafts);
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">Bản nháp đã lưu trong trình duyệt này</h2>
      {drafts.length === 0 ? (
        <p>Chưa có bản nháp nào.</p>
      ) : (
        <ul class="draft-list">
          {drafts.map((draft) => (
            <li class="draft-item">
              {renaming === draft.id ? (
                <form
                  class="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const input = event.currentTarget.elements.namedItem(
                      'name',
                    ) as HTMLInputElement;
                    void renameDraft(draft.id, input.value).then(() => setRenaming(null));
                  }}
                >
                  <div class="field">
                    <label for={`rename-${draft.id}`}>Tên mới của bản nháp</label>
                    <input
                      id={`rename-${draft.id}`}
                      name="name"
                      type="text"
                      value={draft.name}
                      ref={(el) => el?.focus()}
                    />
                  </div>
                  <button type="submit">Lưu tên</button>
                  <button type="button" class="button-secondary" onClick={() => setRenaming(null)}>
                    Thôi
                  </button>
                </form>
              ) : (
                <>
                  <a class="draft-name" href={`#/${encodeURIComponent(draft.id)}`}>
                    {draft.name}
                  </a>
                  <p class="draft-meta">
                    {draft.rowCount} nhiệm vụ · {templateOf(draft).shortTitle} · lưu lúc{' '}
                    {formatClockDateTime(new Date(draft.savedAt))}
                  </p>
                  <div class="draft-actions">
                    <button
                      type="button"
                      class="button-secondary"
                      onClick={() => setRenaming(draft.id)}
                    >
                      Đổi tên<span class="visually-hidden"> {draft.name}</span>
                    </button>
                    <button
                      type="button"
                      class="button-secondary"
                      onClick={() => void duplicateDraft(draft.id).then(goToDraft)}
                    >
                      Sao chép<span class="visually-hidden"> {draft.name}</span>
                    </button>
                    <button
                      type="button"
                      class="button-secondary"
                      onClick={() =>
                        void duplicateDraft(draft.id, { nextYear: true }).then(goToDraft)
                      }
                    >
                      Sao chép thành kế hoạch năm {(draft.planYear ?? 0) + 1}
                      <span class="visually-hidden"> từ {draft.name}</span>
                    </button>
                    {draft.template !== programme.id && (
                      <button
                        type="button"
                        class="button-secondary"
                        onClick={() =>
                          void copyDraftToTemplate(draft.id, programme.id).then(goToDraft)
                        }
                      >
                        Sao chép sang {programme.shortTitle}
                        <span class="visually-hidden"> từ {draft.name}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      class="button-warning"
                      onClick={() => deleteDraft(draft.id)}
                    >
                      Xóa<span class="visually-hidden"> {draft.name}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
