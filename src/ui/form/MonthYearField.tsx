/**
 * Month and year as two labelled fields, with no jumping between them (GOV.UK date input). A
 * year the data cannot hold (2103 for 2013) is answered in the group and stays as typed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MonthYear } from '../../plan/schema.ts';
import { FormGroup, useFormGroup } from './FormGroup.tsx';
import { parseYear } from './parse.ts';
import { useRefusal, type Commit } from './refusal.ts';

export function MonthYearField({
  path,
  legend,
  hint,
  value,
  onChange,
}: {
  path: string;
  legend: string;
  hint?: string;
  value: MonthYear;
  onChange: Commit<MonthYear>;
}) {
  const { messages, commit } = useRefusal(value);
  const group = useFormGroup(path, { hint, refused: messages });
  const { id } = group;
  const change = (next: MonthYear) => commit(next, onChange(next));
  // A year being typed ("20…") is not a year yet: keep the text here until it is one.
  const [yearText, setYearText] = useState(value.year === null ? '' : String(value.year));
  useEffect(() => {
    // A year from elsewhere (undo, another tab) replaces the text; setting the same is a no-op.
    if (value.year !== null) setYearText(String(value.year));
  }, [value.year]);
  return (
    <FormGroup group={group} legend={legend} class="month-year">
      <div class="month-year-inputs">
        <div>
          <label for={`${id}-month`}>Tháng</label>
          <select
            id={`${id}-month`}
            value={value.month === null ? '' : String(value.month)}
            disabled={group.readOnly}
            aria-describedby={group.describe('month')}
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
            readOnly={group.readOnly}
            aria-describedby={group.describe('year')}
            aria-invalid={messages ? true : undefined}
            onInput={(event) => {
              const { digits, year } = parseYear(event.currentTarget.value);
              setYearText(digits);
              change({ ...value, year });
            }}
          />
        </div>
      </div>
    </FormGroup>
  );
}
