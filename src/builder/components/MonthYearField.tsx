/**
 * Month and year as two labelled fields, with no jumping between them (GOV.UK date pattern). A
 * year the plan cannot hold (2103 for 2013) is answered in the group and stays as typed.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { MonthYear } from '../../plan/schema.ts';
import { $isEditable } from '../stores/editor.ts';
import { FieldFindings, useHasFindings } from './Findings.tsx';
import { ErrorMessage, groupClass, useRefusal, type Commit } from './fields.tsx';

export function MonthYearField({
  id,
  legend,
  path,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  path?: string;
  value: MonthYear;
  onChange: Commit<MonthYear>;
}) {
  const editable = useStore($isEditable);
  const hasFindings = useHasFindings(path ?? '');
  const { messages, commit } = useRefusal(value);
  const change = (next: MonthYear) => commit(next, onChange(next));
  // A year being typed ("20…") is not a year yet: keep the text here until it is one.
  const [yearText, setYearText] = useState(value.year === null ? '' : String(value.year));
  useEffect(() => {
    // A year from elsewhere (undo, another tab) replaces the text; setting the same is a no-op.
    if (value.year !== null) setYearText(String(value.year));
  }, [value.year]);
  return (
    <fieldset
      class={groupClass('field month-year', hasFindings, !!messages)}
      id={id}
      aria-describedby={messages ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <ErrorMessage id={id} messages={messages} />
      {path && <FieldFindings path={path} id={`${id}-findings`} />}
      <div class="month-year-inputs">
        <div>
          <label for={`${id}-month`}>Tháng</label>
          <select
            id={`${id}-month`}
            value={value.month === null ? '' : String(value.month)}
            disabled={!editable}
            onChange={(event) => {
              const month = event.currentTarget.value;
              change({ ...value, month: month ? Number(month) : null });
            }}
          >
            <option value="">--</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option value={String(i + 1)}>{String(i + 1).padStart(2, '0')}</option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${id}-year`}>Năm</label>
          <input
            id={`${id}-year`}
            class="input-year"
            type="text"
            inputMode="numeric"
            maxLength={4}
            value={yearText}
            readOnly={!editable}
            aria-describedby={messages ? `${id}-error` : undefined}
            aria-invalid={messages ? true : undefined}
            onInput={(event) => {
              const digits = event.currentTarget.value.replace(/\D/g, '').slice(0, 4);
              setYearText(digits);
              change({ ...value, year: digits.length === 4 ? Number(digits) : null });
            }}
          />
        </div>
      </div>
    </fieldset>
  );
}
