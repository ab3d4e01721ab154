/** Month and year as two labelled fields, with no jumping between them (GOV.UK date pattern). */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { MonthYear } from '../../plan/schema.ts';
import { $isEditable } from '../stores/editor.ts';
import { FieldFindings, useHasFindings } from './Findings.tsx';

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
  onChange: (value: MonthYear) => void;
}) {
  const editable = useStore($isEditable);
  const hasFindings = useHasFindings(path ?? '');
  // A year being typed ("20…") is not a year yet: keep the text here until it is one.
  const [yearText, setYearText] = useState(value.year === null ? '' : String(value.year));
  useEffect(() => {
    if (value.year !== null && String(value.year) !== yearText) setYearText(String(value.year));
  }, [value.year]);
  return (
    <fieldset class={`field month-year${hasFindings ? ' field-has-findings' : ''}`} id={id}>
      <legend>{legend}</legend>
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
              onChange({ ...value, month: month ? Number(month) : null });
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
            onInput={(event) => {
              const digits = event.currentTarget.value.replace(/\D/g, '').slice(0, 4);
              setYearText(digits);
              onChange({ ...value, year: digits.length === 4 ? Number(digits) : null });
            }}
          />
        </div>
      </div>
    </fieldset>
  );
}
