/**
 * Form fields of the builder: each labelled, with its hint and the checker's findings beside it,
 * and usable by keyboard alone. They report every keystroke; the stores decide what to keep.
 *
 * A change the stores refuse (a value the plan file cannot hold: a year past 2100, a text over
 * its length) is answered at the field, GOV.UK style: the message in the field's group, linked
 * with `aria-describedby`, and what the user typed stays in the field for them to correct.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $isEditable, type EditResult } from '../stores/editor.ts';
import { useStore } from '@nanostores/preact';
import { focusWhenShown } from '../focus.ts';
import { FieldFindings, useHasFindings } from './Findings.tsx';

/** What a field reports a change to: the store's answer, when there is one. */
export type Commit<T> = (value: T) => EditResult | void;

/**
 * The messages of a refused change, one per place (the tighter of two limits on one value comes
 * last), each list item named after its item: "Sản phẩm 2: Dài quá 500 ký tự."
 */
export function refusalMessages(result: EditResult, itemLabel?: string): string[] {
  if (result.ok) return [];
  const byPath = new Map<string, string>();
  for (const problem of result.problems) {
    const item = itemLabel ? /\[(\d+)\]$/.exec(problem.path) : null;
    byPath.set(
      problem.path,
      item ? `${itemLabel} ${Number(item[1]) + 1}: ${problem.message}` : problem.message,
    );
  }
  return [...byPath.values()];
}

/**
 * A field's value as shown: the plan's, or, while a change is refused, what the user typed, with
 * the messages. A change from elsewhere (undo, another tab) replaces both.
 */
export function useRefusal<T>(value: T, itemLabel?: string) {
  const [refused, setRefused] = useState<{ typed: T; messages: string[] } | null>(null);
  useEffect(() => setRefused(null), [value]);
  const commit = (typed: T, result: EditResult | void) => {
    const messages = result ? refusalMessages(result, itemLabel) : [];
    setRefused(messages.length > 0 ? { typed, messages } : null);
  };
  return { shown: refused ? refused.typed : value, messages: refused?.messages, commit };
}

/** The GOV.UK error message of a field, in its group, above the input. */
export function ErrorMessage({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p class="field-error-message" id={`${id}-error`}>
      <span class="visually-hidden">Lỗi: </span>
      {messages.join(' ')}
    </p>
  );
}

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

export function describedBy(
  id: string,
  hint: string | undefined,
  hasFindings: boolean,
  hasError = false,
): string | undefined {
  return (
    [hint ? `${id}-hint` : '', hasError ? `${id}-error` : '', hasFindings ? `${id}-findings` : '']
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** The class of a field's group: findings and a refused change each mark it. */
export const groupClass = (base: string, hasFindings: boolean, hasError: boolean): string =>
  `${base}${hasFindings ? ' field-has-findings' : ''}${hasError ? ' field-error' : ''}`;

export function TextField(
  props: Common & {
    value: string;
    onInput: Commit<string>;
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
  const { shown, messages, commit } = useRefusal(value);
  return (
    <div class={groupClass('field', hasFindings, !!messages)}>
      <label for={id}>{label}</label>
      <Describe id={id} hint={hint} path={path} />
      <ErrorMessage id={id} messages={messages} />
      <input
        id={id}
        class={`input-${width}`}
        type={type}
        value={shown}
        list={list}
        inputMode={inputMode}
        readOnly={!editable}
        aria-describedby={describedBy(id, hint, hasFindings, !!messages)}
        aria-invalid={messages ? true : undefined}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          commit(typed, onInput(typed));
        }}
      />
    </div>
  );
}

export function TextArea(
  props: Common & { value: string; onInput: Commit<string>; rows?: number },
) {
  const { id, label, hint, path, value, onInput, rows = 4 } = props;
  const hasFindings = useHasFindings(path ?? '');
  const editable = useStore($isEditable);
  const { shown, messages, commit } = useRefusal(value);
  return (
    <div class={groupClass('field', hasFindings, !!messages)}>
      <label for={id}>{label}</label>
      <Describe id={id} hint={hint} path={path} />
      <ErrorMessage id={id} messages={messages} />
      <textarea
        id={id}
        rows={rows}
        value={shown}
        readOnly={!editable}
        aria-describedby={describedBy(id, hint, hasFindings, !!messages)}
        aria-invalid={messages ? true : undefined}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          commit(typed, onInput(typed));
        }}
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
    onChange: Commit<string[]>;
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
  const { shown, messages, commit } = useRefusal(items, itemLabel);
  const change = (next: string[]) => commit(next, onChange(next));
  return (
    <fieldset
      class={groupClass('field list-field', hasFindings, !!messages)}
      id={id}
      aria-describedby={messages ? `${id}-error` : undefined}
    >
      <legend>{label}</legend>
      <Describe id={id} hint={hint} path={path} />
      <ErrorMessage id={id} messages={messages} />
      {shown.length === 0 && <p class="list-empty">Chưa có mục nào.</p>}
      <ol class="list-items">
        {shown.map((item, index) => {
          const itemId = `${id}-${index}`;
          const name = `${itemLabel} ${index + 1}`;
          const update = (value: string) =>
            change(shown.map((old, i) => (i === index ? value : old)));
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
      {editable && (
        <button
          type="button"
          class="button-secondary"
          onClick={() => {
            change([...shown, '']);
            focusItem(shown.length);
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
