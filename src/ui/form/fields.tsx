/**
 * Form fields: each labelled, with its hint and the checker's findings in its group (`FormGroup`),
 * and usable by keyboard alone. They report every keystroke; the island decides what to keep,
 * and a change it refuses is answered in the field's group with what was typed left in place.
 */
import type { ComponentChildren } from 'preact';
import { focusWhenShown } from '../focus.ts';
import { FormGroup, PartFindings, useFormGroup } from './FormGroup.tsx';
import { useRefusal, type Commit } from './refusal.ts';

interface Common {
  /** The data path the field edits, e.g. `rows[3].leadUnit`: its id and its findings follow. */
  path: string;
  label: string;
  hint?: string;
}

/**
 * A text field's group and the props its control shares with a text area's: the id, the value
 * shown (what was typed, while a change is refused), read-only state, description, and the
 * typing it reports.
 */
function useTextControl({ path, hint, value, onInput }: Common & TextProps) {
  const { shown, messages, commit } = useRefusal(value);
  const group = useFormGroup(path, { hint, refused: messages });
  const control = {
    id: group.id,
    value: shown,
    readOnly: group.readOnly,
    'aria-describedby': group.describedBy,
    'aria-invalid': messages ? true : undefined,
    onInput: (event: { currentTarget: { value: string } }) => {
      const typed = event.currentTarget.value;
      commit(typed, onInput(typed));
    },
  };
  return { group, control };
}

interface TextProps {
  value: string;
  onInput: Commit<string>;
}

export function TextField(
  props: Common &
    TextProps & {
      list?: string;
      inputMode?: 'numeric' | 'text';
      type?: 'text' | 'date' | 'number';
      width?: 'short' | 'full';
    },
) {
  const { label, list, inputMode, type = 'text', width = 'full' } = props;
  const { group, control } = useTextControl(props);
  return (
    <FormGroup group={group} label={label}>
      <input {...control} class={`input-${width}`} type={type} list={list} inputMode={inputMode} />
    </FormGroup>
  );
}

export function TextArea(props: Common & TextProps & { rows?: number }) {
  const { label, rows = 4 } = props;
  const { group, control } = useTextControl(props);
  return (
    <FormGroup group={group} label={label}>
      <textarea {...control} rows={rows} />
    </FormGroup>
  );
}

export function SelectField<T extends string>(
  props: Common & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: Commit<T>;
    /** The group's own class, for a list that lays its groups out. */
    class?: string;
    /** Controls on the select's line, e.g. a button that opens what the choice concerns. */
    beside?: ComponentChildren;
  },
) {
  const { path, label, hint, value, options, onChange, beside } = props;
  const { shown, messages, commit } = useRefusal(value);
  const group = useFormGroup(path, { hint, refused: messages });
  const select = (
    <select
      id={group.id}
      value={shown}
      disabled={group.readOnly}
      aria-describedby={group.describedBy}
      aria-invalid={messages ? true : undefined}
      onChange={(event) => {
        const chosen = event.currentTarget.value as T;
        commit(chosen, onChange(chosen));
      }}
    >
      {options.map((option) => (
        <option value={option.value}>{option.label}</option>
      ))}
    </select>
  );
  return (
    <FormGroup group={group} label={label} class={props.class}>
      {beside === undefined ? (
        select
      ) : (
        <div class="field-select-row">
          {select}
          {beside}
        </div>
      )}
    </FormGroup>
  );
}

/**
 * A list of short texts (products, coordinating units, recipients, objectives): one input per
 * item, with buttons to add and remove, each named after its item. A finding about one item
 * (`objectives[0]`) shows at that item and describes its input; one about the list, every input.
 */
export function ListField(
  props: Common & {
    items: string[];
    onChange: Commit<string[]>;
    itemLabel: string;
    addLabel: string;
    list?: string;
    multiline?: boolean;
  },
) {
  const { path, label, hint, items, onChange, itemLabel, addLabel, list, multiline } = props;
  const { shown, messages, commit } = useRefusal(items, itemLabel);
  const group = useFormGroup(path, { hint, refused: messages });
  const { id, readOnly } = group;
  const focusItem = (index: number) => focusWhenShown(`${id}-${index}`);
  const change = (next: string[]) => commit(next, onChange(next));
  return (
    <FormGroup group={group} legend={label} class="list-field" partsAtItems>
      {shown.length === 0 && <p class="list-empty">Chưa có mục nào.</p>}
      <ol class="list-items">
        {shown.map((item, index) => {
          const itemId = `${id}-${index}`;
          const name = `${itemLabel} ${index + 1}`;
          const update = (value: string) =>
            change(shown.map((old, i) => (i === index ? value : old)));
          const common = {
            id: itemId,
            value: item,
            readOnly,
            'aria-describedby': group.describe(String(index)),
            'aria-invalid': messages ? true : undefined,
          };
          return (
            <li key={index}>
              <PartFindings group={group} part={String(index)} />
              <label for={itemId} class="visually-hidden">
                {name}
              </label>
              {multiline ? (
                <textarea {...common} rows={2} onInput={(e) => update(e.currentTarget.value)} />
              ) : (
                <input
                  {...common}
                  type="text"
                  list={list}
                  onInput={(e) => update(e.currentTarget.value)}
                />
              )}
              {!readOnly && (
                <button
                  type="button"
                  class="button-secondary"
                  onClick={() => {
                    change(shown.filter((_, i) => i !== index));
                    focusItem(Math.max(0, index - 1));
                  }}
                >
                  Xóa<span class="visually-hidden"> {name}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          class="button-secondary"
          // An empty list's only control: a link to the list's findings lands here.
          aria-describedby={shown.length === 0 ? group.describe('') : undefined}
          onClick={() => {
            change([...shown, '']);
            focusItem(shown.length);
          }}
        >
          {addLabel}
        </button>
      )}
    </FormGroup>
  );
}

/** Fields that belong together under a legend (the unit, the document's header). */
export function Fieldset({
  legend,
  children,
  id,
}: {
  legend: string;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <fieldset class="fieldset" id={id}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
