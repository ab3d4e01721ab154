/**
 * A saved draft or an opened file whose plan has values the plan file cannot hold (a year typed
 * 2103, a budget past the cap, a text over its length: saved by an older version, edited by hand,
 * or a bug). Nothing is dropped: each value is listed with where it is, what is wrong and the
 * nearest allowed value; the user corrects it or takes the proposal, and the plan becomes a
 * normal draft again. GOV.UK error summary at the top, each item linked to its field.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RepairFix } from '../../plan/read/index.ts';
import { formatAmount, formatVnd } from '../../plan/vi-format.ts';
import { navigate } from '../navigation.ts';
import { problemText } from '../../plan/read/problem-text.ts';
import { cancelRepair, finishRepair } from '../stores/repair.ts';
import { $repair } from '../stores/workspace.ts';
import { Banner } from '../../ui/banner/Banner.tsx';
import { ErrorSummary } from '../../ui/findings/ErrorSummary.tsx';

const inputId = (index: number) => `repair-${index}`;

/** The value as the user reads it: amounts in vi-VN, texts by their length. */
function shownValue(fix: RepairFix): string {
  if (typeof fix.current === 'string')
    return `văn bản dài ${formatAmount(fix.current.length)} ký tự`;
  return fix.path.endsWith('budgetVnd') ? formatVnd(fix.current) : String(fix.current);
}

function proposalLabel(fix: RepairFix): string {
  if (typeof fix.proposed === 'string') return `cắt còn ${formatAmount(fix.proposed.length)} ký tự`;
  return fix.path.endsWith('budgetVnd') ? formatVnd(fix.proposed) : String(fix.proposed);
}

/** A value as its input shows it: amounts grouped in vi-VN, as the builder's amount field does. */
function editableText(fix: RepairFix, value: RepairFix['current']): string {
  return typeof value === 'number' && fix.path.endsWith('budgetVnd')
    ? formatAmount(value)
    : String(value);
}

/** What the user typed, as the plan holds it: digits make a number, nothing makes null. */
function valueOf(fix: RepairFix, text: string): number | string | null {
  if (typeof fix.current === 'string') return text;
  const digits = text.replace(/\D/g, '');
  return digits ? Number(digits) : null;
}

export function RepairView() {
  const state = useStore($repair);
  const [texts, setTexts] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const repair = state?.repair;
  const fixes = repair?.fixes ?? [];
  useEffect(() => {
    setTexts((repair?.fixes ?? []).map((fix) => editableText(fix, fix.current)));
    summary.current?.focus();
  }, [repair]);
  if (!state) return null;
  const title = state.source === 'draft' ? `Bản nháp “${state.name}”` : `Tệp “${state.fileName}”`;
  const use = (index: number, text: string) =>
    setTexts(texts.map((old, i) => (i === index ? text : old)));
  const submit = async () => {
    const values = new Map(fixes.map((fix, i) => [fix.path, valueOf(fix, texts[i] ?? '')]));
    const before = $repair.get();
    const id = await finishRepair(values);
    if (id) {
      navigate({ draftId: id });
      return;
    }
    // Still under repair with new values to put right, or a value that is no plan at all.
    if ($repair.get() === before) {
      const { readRepaired } = await import('../../plan/read/index.ts');
      const read = readRepaired(state.repair, values);
      setRefusal(read.ok ? null : read.problems.map(problemText));
    } else {
      setRefusal(null);
    }
  };
  return (
    <section class="repair" aria-labelledby="repair-title">
      <h2 id="repair-title">Sửa dữ liệu trước khi mở</h2>
      <ErrorSummary
        titleId="repair-summary-title"
        headingLevel={3}
        summaryRef={summary}
        title={`${title} có ${fixes.length} giá trị ngoài giới hạn của tệp kế hoạch.`}
      >
        <p>
          Dữ liệu vẫn còn nguyên, không mất gì. Hãy sửa từng giá trị, hoặc dùng giá trị đề xuất (giá
          trị gần nhất được phép), rồi bấm “Lưu và mở bản nháp”.
        </p>
        <ul>
          {fixes.map((fix, index) => (
            <li>
              <a href={`#${inputId(index)}`} onClick={focusInput(index)}>
                {problemText(fix)}
              </a>
            </li>
          ))}
        </ul>
      </ErrorSummary>
      {refusal && (
        <Banner kind="error" title="Chưa mở được: còn giá trị chưa hợp lệ." problems={refusal} />
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ol class="repair-list">
          {fixes.map((fix, index) => {
            const id = inputId(index);
            const text = texts[index] ?? '';
            const hint = `Đang ghi: ${shownValue(fix)}.`;
            return (
              <li class="repair-item">
                <div class="field field-error">
                  <label for={id}>{fix.where}</label>
                  <p class="field-hint" id={`${id}-hint`}>
                    {hint}
                  </p>
                  <p class="field-error-message" id={`${id}-error`}>
                    <span class="visually-hidden">Lỗi: </span>
                    {fix.message}
                  </p>
                  {typeof fix.current === 'string' ? (
                    <textarea
                      id={id}
                      rows={4}
                      value={text}
                      aria-describedby={`${id}-hint ${id}-error`}
                      onInput={(event) => use(index, event.currentTarget.value)}
                    />
                  ) : (
                    <input
                      id={id}
                      type="text"
                      class="input-short"
                      inputMode="numeric"
                      autoComplete="off"
                      value={text}
                      aria-describedby={`${id}-hint ${id}-error`}
                      onInput={(event) => use(index, event.currentTarget.value)}
                    />
                  )}
                </div>
                <button
                  type="button"
                  class="button-secondary"
                  onClick={() => use(index, editableText(fix, fix.proposed))}
                >
                  Dùng giá trị đề xuất: {proposalLabel(fix)}
                </button>
              </li>
            );
          })}
        </ol>
        <div class="actions">
          <button type="submit">Lưu và mở bản nháp</button>{' '}
          <button
            type="button"
            class="button-secondary"
            onClick={() => setTexts(fixes.map((fix) => editableText(fix, fix.proposed)))}
          >
            Dùng mọi giá trị đề xuất
          </button>{' '}
          <button
            type="button"
            class="button-secondary"
            onClick={() => {
              cancelRepair();
              navigate({});
            }}
          >
            Thôi, về danh sách bản nháp
          </button>
        </div>
      </form>
    </section>
  );
}

/** A summary link moves focus to its field, as GOV.UK's error summary does. */
const focusInput = (index: number) => (event: Event) => {
  const input = document.getElementById(inputId(index));
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.scrollIntoView({ block: 'center' });
};
