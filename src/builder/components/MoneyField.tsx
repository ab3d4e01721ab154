/**
 * A budget in whole đồng. It shows vi-VN grouping while the user types (1.500.000) and keeps the
 * caret after the same digit; the plan stores a whole number, or null while the field is empty.
 */
import { useStore } from '@nanostores/preact';
import { formatAmount } from '../../plan/vi-format.ts';
import { $isEditable } from '../stores/editor.ts';
import { FieldFindings, useHasFindings } from './Findings.tsx';

export const formatGrouped = (value: number | null): string =>
  value === null ? '' : formatAmount(value);

/** Digits only; anything else typed (spaces, dots, "đ") is ignored rather than refused. */
export function parseMoney(text: string): number | null {
  const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  if (!digits) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

export function MoneyField({
  id,
  label,
  hint,
  path,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  path?: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const editable = useStore($isEditable);
  const hasFindings = useHasFindings(path ?? '');
  const onInput = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const caret = input.selectionStart ?? input.value.length;
    const digitsBeforeCaret = input.value.slice(0, caret).replace(/\D/g, '').length;
    const parsed = parseMoney(input.value);
    const shown = formatGrouped(parsed);
    input.value = shown;
    // Put the caret back after the same number of digits.
    let position = 0;
    for (let seen = 0; position < shown.length && seen < digitsBeforeCaret; position++) {
      if (/\d/.test(shown[position]!)) seen++;
    }
    input.setSelectionRange(position, position);
    onChange(parsed);
  };
  return (
    <div class={`field${hasFindings ? ' field-has-findings' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {path && <FieldFindings path={path} id={`${id}-findings`} />}
      <div class="money-input">
        <input
          id={id}
          class="input-short"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={formatGrouped(value)}
          readOnly={!editable}
          aria-describedby={
            [hint ? `${id}-hint` : '', hasFindings ? `${id}-findings` : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          onInput={onInput}
        />
        <span aria-hidden="true">đ</span>
      </div>
    </div>
  );
}
