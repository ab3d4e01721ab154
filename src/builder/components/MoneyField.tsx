/**
 * A budget in whole đồng. It shows vi-VN grouping while the user types (1.500.000) and keeps the
 * caret after the same digit; the plan stores a whole number, or null while the field is empty.
 * An amount past the plan's cap is answered in the field's group and stays as typed.
 */
import { useStore } from '@nanostores/preact';
import { formatAmount } from '../../plan/vi-format.ts';
import { $isEditable } from '../stores/editor.ts';
import { FieldFindings, useHasFindings } from './Findings.tsx';
import { describedBy, ErrorMessage, groupClass, useRefusal, type Commit } from './fields.tsx';

/** More digits than this is no amount: 999.999.999.999.999.999 stays a finite number. */
const MAX_DIGITS = 18;

export const formatGrouped = (value: number | null): string =>
  value === null ? '' : formatAmount(value);

/**
 * Digits only; anything else typed (spaces, dots, "đ") is ignored rather than refused. A number
 * too large for the plan is returned as it is, for the plan's rule to answer.
 */
export function parseMoney(text: string): number | null {
  const digits = text
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '')
    .slice(0, MAX_DIGITS);
  return digits ? Number(digits) : null;
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
  onChange: Commit<number | null>;
}) {
  const editable = useStore($isEditable);
  const hasFindings = useHasFindings(path ?? '');
  const { shown: amount, messages, commit } = useRefusal(value);
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
    commit(parsed, onChange(parsed));
  };
  return (
    <div class={groupClass('field', hasFindings, !!messages)}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={id} messages={messages} />
      {path && <FieldFindings path={path} id={`${id}-findings`} />}
      <div class="money-input">
        <input
          id={id}
          class="input-short"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={formatGrouped(amount)}
          readOnly={!editable}
          aria-describedby={describedBy(id, hint, hasFindings, !!messages)}
          aria-invalid={messages ? true : undefined}
          onInput={onInput}
        />
        <span aria-hidden="true">đ</span>
      </div>
    </div>
  );
}
