/**
 * When a task was finished: a month or a day, typed as a civil servant writes it. What cannot be
 * read is answered when the user leaves the field (not while they are still typing "3/20"), and
 * the text stays as typed for them to correct; the plan keeps its last good value meanwhile.
 */
import { useEffect, useState } from 'preact/hooks';
import { FormGroup, useFormGroup } from '../../../ui/form/FormGroup.tsx';
import { useRefusal, type Commit } from '../../../ui/form/refusal.ts';
import { monthOrDayMessage, parseMonthOrDay, showMonthOrDay } from './month-or-day.ts';

export function MonthOrDayField({
  path,
  label,
  hint,
  value,
  onChange,
}: {
  path: string;
  label: string;
  hint?: string;
  value: string | null;
  onChange: Commit<string | null>;
}) {
  const { messages, commit } = useRefusal(value);
  const group = useFormGroup(path, { hint, refused: messages });
  const [text, setText] = useState(() => showMonthOrDay(value));
  useEffect(() => {
    // Follow changes from elsewhere (undo, another tab), not the echo of our own typing.
    setText((typed) => (parseMonthOrDay(typed) === value ? typed : showMonthOrDay(value)));
  }, [value]);
  return (
    <FormGroup group={group} label={label}>
      <input
        id={group.id}
        class="input-short"
        type="text"
        autoComplete="off"
        value={text}
        readOnly={group.readOnly}
        aria-describedby={group.describedBy}
        aria-invalid={messages ? true : undefined}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          const parsed = parseMonthOrDay(typed);
          if (parsed !== undefined) commit(parsed, onChange(parsed));
        }}
        onBlur={() => {
          if (parseMonthOrDay(text) === undefined) {
            commit(value, { ok: false, problems: [{ path, message: monthOrDayMessage }] });
          }
        }}
      />
    </FormGroup>
  );
}
