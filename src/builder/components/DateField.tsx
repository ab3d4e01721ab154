/**
 * A date as three labelled fields, day, month and year (GOV.UK date pattern): typed the same way
 * in every browser and language, with no jumping between fields. The plan stores an ISO date, or
 * null until all three parts make a real date; what is being typed stays in the fields.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $isEditable } from '../stores/editor.ts';
import { FieldFindings, useHasFindings } from './Findings.tsx';
import { describedBy, ErrorMessage, groupClass, useRefusal, type Commit } from './fields.tsx';

interface Parts {
  day: string;
  month: string;
  year: string;
}

function partsOf(iso: string | null): Parts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match
    ? { day: match[3]!, month: match[2]!, year: match[1]! }
    : { day: '', month: '', year: '' };
}

/** The ISO date the parts make, or null when they do not make a real date. */
export function isoFromParts({ day, month, year }: Parts): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function DateField({
  id,
  legend,
  hint,
  path,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  path?: string;
  value: string | null;
  onChange: Commit<string | null>;
}) {
  const editable = useStore($isEditable);
  const hasFindings = useHasFindings(path ?? '');
  const { messages, commit } = useRefusal(value);
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  useEffect(() => {
    // Follow changes from elsewhere (undo, another tab), not the echo of our own typing.
    setParts((parts) => (value === isoFromParts(parts) ? parts : partsOf(value)));
  }, [value]);
  const update = (key: keyof Parts, text: string) => {
    const next = { ...parts, [key]: text.replace(/\D/g, '').slice(0, key === 'year' ? 4 : 2) };
    setParts(next);
    const iso = isoFromParts(next);
    commit(iso, onChange(iso));
  };
  const field = (key: keyof Parts, label: string, width: string) => (
    <div>
      <label for={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        class={width}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={parts[key]}
        readOnly={!editable}
        aria-invalid={messages ? true : undefined}
        onInput={(event) => update(key, event.currentTarget.value)}
      />
    </div>
  );
  return (
    <fieldset
      class={groupClass('field month-year', hasFindings, !!messages)}
      id={id}
      aria-describedby={describedBy(id, hint, false, !!messages)}
    >
      <legend>{legend}</legend>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={id} messages={messages} />
      {path && <FieldFindings path={path} id={`${id}-findings`} />}
      <div class="month-year-inputs">
        {field('day', 'Ngày', 'input-day')}
        {field('month', 'Tháng', 'input-day')}
        {field('year', 'Năm', 'input-year')}
      </div>
    </fieldset>
  );
}
