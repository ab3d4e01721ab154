/**
 * A date as three labelled fields, day, month and year (GOV.UK date input): typed the same way
 * in every browser and language, with no jumping between fields. The data holds an ISO date, or
 * null until all three parts make a real date; what is being typed stays in the fields.
 */
import { useEffect, useState } from 'preact/hooks';
import { FormGroup, useFormGroup } from './FormGroup.tsx';
import { isoFromParts, partsOf, type DateParts } from './parse.ts';
import { useRefusal, type Commit } from './refusal.ts';

export function DateField({
  path,
  legend,
  hint,
  value,
  onChange,
}: {
  path: string;
  legend: string;
  hint?: string;
  value: string | null;
  onChange: Commit<string | null>;
}) {
  const { messages, commit } = useRefusal(value);
  const group = useFormGroup(path, { hint, refused: messages });
  const [parts, setParts] = useState<DateParts>(() => partsOf(value));
  useEffect(() => {
    // Follow changes from elsewhere (undo, another tab), not the echo of our own typing.
    setParts((parts) => (value === isoFromParts(parts) ? parts : partsOf(value)));
  }, [value]);
  const update = (key: keyof DateParts, text: string) => {
    const next = { ...parts, [key]: text.replace(/\D/g, '').slice(0, key === 'year' ? 4 : 2) };
    setParts(next);
    const iso = isoFromParts(next);
    commit(iso, onChange(iso));
  };
  const field = (key: keyof DateParts, label: string, width: string) => (
    <div>
      <label for={`${group.id}-${key}`}>{label}</label>
      <input
        id={`${group.id}-${key}`}
        class={width}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={parts[key]}
        readOnly={group.readOnly}
        aria-describedby={group.describe(key)}
        aria-invalid={messages ? true : undefined}
        onInput={(event) => update(key, event.currentTarget.value)}
      />
    </div>
  );
  return (
    <FormGroup group={group} legend={legend} class="month-year">
      <div class="month-year-inputs">
        {field('day', 'Ngày', 'input-day')}
        {field('month', 'Tháng', 'input-day')}
        {field('year', 'Năm', 'input-year')}
      </div>
    </FormGroup>
  );
}
