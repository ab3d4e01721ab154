/**
 * A budget in whole đồng. It shows vi-VN grouping while the user types (1.500.000) and keeps the
 * caret after the same digit; the data holds a whole number, or null while the field is empty.
 * An amount past the data's cap is answered in the field's group and stays as typed.
 */
import { FormGroup, useFormGroup } from './FormGroup.tsx';
import { formatGrouped, parseMoney } from './parse.ts';
import { useRefusal, type Commit } from './refusal.ts';

export function MoneyField({
  path,
  label,
  hint,
  value,
  onChange,
}: {
  path: string;
  label: string;
  hint?: string;
  value: number | null;
  onChange: Commit<number | null>;
}) {
  const { shown: amount, messages, commit } = useRefusal(value);
  const group = useFormGroup(path, { hint, refused: messages });
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
    <FormGroup group={group} label={label}>
      <div class="money-input">
        <input
          id={group.id}
          class="input-short"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={formatGrouped(amount)}
          readOnly={group.readOnly}
          aria-describedby={group.describedBy}
          aria-invalid={messages ? true : undefined}
          onInput={onInput}
        />
        <span aria-hidden="true">đ</span>
      </div>
    </FormGroup>
  );
}
