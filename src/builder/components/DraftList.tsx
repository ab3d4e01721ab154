/**
 * The builder's first page: start a plan, or pick up a saved draft. Every draft action is here:
 * open, rename, copy, copy as next year's plan, delete with undo; plus worked examples and any
 * saved data that could not be read, offered as a download.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import examples from '../../../content/examples/index.json' with { type: 'json' };
import { templateForYear, templateYearsNote } from '../../outline/data.ts';
import type { UnitType } from '../../outline/schema.ts';
import { unitTypeLabels } from '../../plan/labels.ts';
import { formatClockDateTime } from '../../plan/vi-format.ts';
import {
  outlineTemplates,
  templateById,
  templateOf,
  type TemplateId,
} from '../../plan/templates.ts';
import { FileDrop } from '../../ui/file-drop/FileDrop.tsx';
import { downloadBytes } from '../../downloads/download.ts';
import { navigate } from '../navigation.ts';
import { planFileTypes } from '../../drafts/plan-file.ts';
import { openPlanFile } from '../stores/plan-files.ts';
import { $drafts, $unreadable, forgetUnreadable } from '../../drafts/drafts.ts';
import {
  copyDraftToTemplate,
  createDraft,
  createDraftFromValue,
  deleteDraft,
  duplicateDraft,
  renameDraft,
} from '../stores/workspace.ts';

/** The current programme, which a plan on the 2012 outline can be copied onto. */
const programme = templateById('chuong-trinh-2021-2030');

const exampleFiles = import.meta.glob<{ default: unknown }>('../../../content/examples/*.json');

const open = (id: string | undefined) => {
  if (id) navigate({ draftId: id });
};

export function DraftList() {
  const drafts = useStore($drafts);
  const unreadable = useStore($unreadable);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  // The template follows the year until the user picks one.
  const [chosenTemplate, setTemplate] = useState<TemplateId | null>(null);
  const template = chosenTemplate ?? (templateForYear(Number(year)).id as TemplateId);
  const unitTypes = templateById(template).unitTypes;
  const [chosenUnitType, setUnitType] = useState<UnitType>('so');
  // A unit type the template lacks (UBND xã on the 2012 outline) falls back to the first one.
  const unitType = unitTypes.includes(chosenUnitType) ? chosenUnitType : 'so';
  const [renaming, setRenaming] = useState<string | null>(null);

  const loadExample = async (id: string, title: string) => {
    const loader = exampleFiles[`../../../content/examples/${id}.json`];
    if (!loader) return;
    open(await createDraftFromValue((await loader()).default, title));
  };

  return (
    <>
      <section aria-labelledby="new-plan-title" class="panel">
        <h2 id="new-plan-title">Soạn kế hoạch mới</h2>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void createDraft(unitType, Number(year), template).then(open);
          }}
        >
          <div class="field">
            <label for="new-year">Kế hoạch cho năm</label>
            <select id="new-year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
              {Array.from({ length: 30 }, (_, i) => String(2012 + i)).map((y) => (
                <option value={y}>{y}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="new-template">Đề cương áp dụng</label>
            <p class="field-hint" id="new-template-hint">
              {templateYearsNote()}
            </p>
            <select
              id="new-template"
              value={template}
              aria-describedby="new-template-hint"
              onChange={(e) => setTemplate(e.currentTarget.value as TemplateId)}
            >
              {outlineTemplates.map((option) => (
                <option value={option.id}>{option.title}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="new-unit-type">Loại đơn vị</label>
            <select
              id="new-unit-type"
              value={unitType}
              onChange={(e) => setUnitType(e.currentTarget.value as UnitType)}
            >
              {unitTypes.map((type) => (
                <option value={type}>{unitTypeLabels[type]}</option>
              ))}
            </select>
          </div>
          <button type="submit">Bắt đầu soạn</button>
        </form>
      </section>

      <section aria-labelledby="open-file-title" class="panel">
        <h2 id="open-file-title">Mở tệp kế hoạch</h2>
        <p>
          Mở một tệp kế hoạch (.json) đã tải về trước đây, thành một bản nháp mới; các bản nháp đã
          có không thay đổi.
        </p>
        <FileDrop
          id="open-file"
          label="Chọn tệp kế hoạch (.json)"
          hint="Hoặc kéo thả tệp vào đây."
          accept={planFileTypes}
          onFiles={([file]) => void openPlanFile(file!).then(open)}
        />
      </section>

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
                    <button
                      type="button"
                      class="button-secondary"
                      onClick={() => setRenaming(null)}
                    >
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
                        onClick={() => void duplicateDraft(draft.id).then(open)}
                      >
                        Sao chép<span class="visually-hidden"> {draft.name}</span>
                      </button>
                      <button
                        type="button"
                        class="button-secondary"
                        onClick={() => void duplicateDraft(draft.id, { nextYear: true }).then(open)}
                      >
                        Sao chép thành kế hoạch năm {(draft.planYear ?? 0) + 1}
                        <span class="visually-hidden"> từ {draft.name}</span>
                      </button>
                      {draft.template !== programme.id && (
                        <button
                          type="button"
                          class="button-secondary"
                          onClick={() =>
                            void copyDraftToTemplate(draft.id, programme.id).then(open)
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

      {unreadable.length > 0 && (
        <section aria-labelledby="unreadable-title" class="panel panel-warning">
          <h2 id="unreadable-title">Dữ liệu không đọc được</h2>
          <p>
            Một số dữ liệu đã lưu không đọc được (có thể do trình duyệt ghi hỏng, hoặc do phiên bản
            mới hơn của công cụ). Dữ liệu được giữ nguyên, không bị ghi đè. Hãy tải về để giữ lại
            hoặc gửi cho người hỗ trợ.
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
                <button
                  type="button"
                  class="button-warning"
                  onClick={() => forgetUnreadable(item.key)}
                >
                  Bỏ dữ liệu {index + 1}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="examples-title">
        <h2 id="examples-title">Bắt đầu từ ví dụ</h2>
        <p>Mở một ví dụ thành bản nháp mới của bạn; ví dụ gốc không thay đổi.</p>
        <ul class="example-list">
          {examples.map((example) => (
            <li>
              <button
                type="button"
                class="button-secondary"
                onClick={() => void loadExample(example.id, example.title)}
              >
                Mở ví dụ: {example.title}
              </button>
              <p class="hint">{example.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
