/**
 * Form fields of the builder: each labelled, with its hint and the checker's findings beside it,
 * and usable by keyboard alone. They report every keystroke; the stores decide what to keep.
 */
import type { ComponentChildren } from 'preact';
import { $isEditable } from '../stores/editor.ts';
import { useStore } from '@nanostores/preact';
import { focusWhenShown } from '../focus.ts';
import { FieldFindings, useHasFindings } from './Findings.tsx';

interface Common {
  id: string;
  label: string;
  hint?: string;
  /** The plan path the checker uses for this field, e.g. `rows[3].leadUnit`. */
  path?: string;
}

function Describe({ id, hint, path }: Pick<Common, 'id' | 'hint' | 'path'>) {
  return (
    <>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {path && <FieldFindings path={path} id={`${id}-findings`} />}
    </>
  );
}

function describedBy(
  id: string,
  hint: string | undefined,
  hasFindings: boolean,
): string | undefined {
  return (
    [hint ? `${id}-hint` : '', hasFindings ? `${id}-findings` : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    list?: string;
    inputMode?: 'numeric' | 'text';
    type?: 'text' | 'date' | 'number';
    width?: 'short' | 'full';
  },
) {
  const {
    id,
    label,
    hint,
    path,
    value,
    onInput,
    list,
    inputMode,
    type = 'text',
    width = 'full',
  } = props;
  const hasFindings = useHasFindings(path ?? '');
  const editable = useStore($isEditable);
  return (
    <div class={`field${hasFindings ? ' field-has-findings' : ''}`}>
      <label for={id}>{label}</label>
      <Describe id={id} hint={hint} path={path} />
      <input
        id={id}
        class={`input-${width}`}
        type={type}
        value={value}
        list={list}
        inputMode={inputMode}
        readOnly={!editable}
        aria-describedby={describedBy(id, hint, hasFindings)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

export function TextArea(
  props: Common & { value: string; onInput: (value: string) => void; rows?: number },
) {
  const { id, label, hint, path, value, onInput, rows = 4 } = props;
  const hasFindings = useHasFindings(path ?? '');
  const editable = useStore($isEditable);
  return (
    <div class={`field${hasFindings ? ' field-has-findings' : ''}`}>
      <label for={id}>{label}</label>
      <Describe id={id} hint={hint} path={path} />
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={!editable}
        aria-describedby={describedBy(id, hint, hasFindings)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

export function SelectField<T extends string>(
  props: Common & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
  },
) {
  const { id, label, hint, path, value, options, onChange } = props;
  const hasFindings = useHasFindings(path ?? '');
  const editable = useStore($isEditable);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <Describe id={id} hint={hint} path={path} />
      <select
        id={id}
        value={value}
        disabled={!editable}
        aria-describedby={describedBy(id, hint, hasFindings)}
        onChange={(event) => onChange(event.currentTarget.value as T)}
      >
        {options.map((option) => (
          <option value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

/**
 * A list of short texts (products, coordinating units, recipients, objectives): one input per
 * item, with buttons to add and remove, each named after its item.
 */
export function ListField(
  props: Common & {
    items: string[];
    onChange: (items: string[]) => void;
    itemLabel: string;
    addLabel: string;
    list?: string;
    multiline?: boolean;
  },
) {
  const { id, label, hint, path, items, onChange, itemLabel, addLabel, list, multiline } = props;
  const hasFindings = useHasFindings(path ?? '');
  const editable = useStore($isEditable);
  const focusItem = (index: number) => focusWhenShown(`${id}-${index}`);
  return (
    <fieldset class={`field list-field${hasFindings ? ' field-has-findings' : ''}`} id={id}>
      <legend>{label}</legend>
      <Describe id={id} hint={hint} path={path} />
      {items.length === 0 && <p class="list-empty">Chưa có mục nào.</p>}
      <ol class="list-items">
        {items.map((item, index) => {
          const itemId = `${id}-${index}`;
          const name = `${itemLabel} ${index + 1}`;
          const update = (value: string) =>
            onChange(items.map((old, i) => (i === index ? value : old)));
          return (
            <li key={index}>
              <label for={itemId} class="visually-hidden">
                {name}
              </label>
              {multiline ? (
                <textarea
                  id={itemId}
                  rows={2}
                  value={item}
                  readOnly={!editable}
                  onInput={(e) => update(e.currentTarget.value)}
                />
              ) : (
                <input
                  id={itemId}
                  type="text"
                  value={item}
                  list={list}
                  readOnly={!editable}
                  onInput={(e) => update(e.currentTarget.value)}
                />
              )}
              {editable && (
                <button
                  type="button"
                  class="button-secondary"
                  onClick={() => {
                    onChange(items.filter((_, i) => i !== index));
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
      {editable && (
        <button
          type="button"
          class="button-secondary"
          onClick={() => {
            onChange([...items, '']);
            focusItem(items.length);
          }}
        >
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}

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
