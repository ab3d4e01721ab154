/**
 * One form group, GOV.UK style (`form-group`, `date-input`): the label or legend, the hint, the
 * message of a refused change and the checker's findings, in that order, above the controls; the
 * group marked when it has any; and each control described by the messages that concern it.
 *
 * Ids come from the data path (`fieldId`), so a link to a finding's path focuses the control the
 * finding is about: `rows[2].to.year` focuses the year of `rows[2].to`, `objectives[0]` the first
 * objective.
 */
import type { ComponentChildren } from 'preact';
import type { Finding } from '../../plan/rules/types.ts';
import { FindingList } from '../findings/FindingList.tsx';
import { useFormState } from './context.ts';
import { fieldId, partOf } from './ids.ts';

export interface FormGroupState {
  /** The control's id, or the fieldset's: its controls' ids add their part (`-year`, `-0`). */
  id: string;
  readOnly: boolean;
  hint?: string;
  refused?: string[];
  /** The findings of the group, by the part they are about; '' for the whole group. */
  findings: ReadonlyMap<string, readonly Finding[]>;
  /** The group's `aria-describedby`: for a single control, or a fieldset (GOV.UK's date input). */
  describedBy: string | undefined;
  /**
   * A control's `aria-describedby` inside a fieldset: the refusal and the whole group's findings,
   * and those of its own part. Entering a field of the group, a user hears what is wrong with it,
   * whatever their screen reader makes of the fieldset's description.
   */
  describe(part: string): string | undefined;
}

const idsOf = (id: string, part: string) => `${id}${part ? `-${part}` : ''}-findings`;
const join = (ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function useFormGroup(
  path: string,
  { hint, refused }: { hint?: string; refused?: string[] } = {},
): FormGroupState {
  const form = useFormState();
  const id = fieldId(path);
  const findings = new Map<string, Finding[]>();
  for (const finding of form.findingsAt(path)) {
    const part = partOf(finding.path.slice(path.length));
    findings.set(part, [...(findings.get(part) ?? []), finding]);
  }
  const error = !!refused?.length && `${id}-error`;
  return {
    id,
    readOnly: form.readOnly,
    hint,
    refused,
    findings,
    describedBy: join([
      hint && `${id}-hint`,
      error,
      ...[...findings.keys()].map((p) => idsOf(id, p)),
    ]),
    describe: (part) =>
      join([
        error,
        findings.has('') && idsOf(id, ''),
        part !== '' && findings.has(part) && idsOf(id, part),
      ]),
  };
}

/** The findings about one part of a group, for a list to show at its item (GOV.UK: at the item). */
export function PartFindings({ group, part }: { group: FormGroupState; part: string }) {
  const list = group.findings.get(part);
  return list ? (
    <FindingList findings={list} id={idsOf(group.id, part)} class="field-findings" />
  ) : null;
}

export function FormGroup({
  group,
  label,
  legend,
  class: className = '',
  partsAtItems = false,
  children,
}: {
  group: FormGroupState;
  /** A single control's label; a group of controls has a legend instead. */
  label?: string;
  legend?: string;
  class?: string;
  /** The findings about parts are shown at their items (`PartFindings`), not at the top. */
  partsAtItems?: boolean;
  children: ComponentChildren;
}) {
  const { id, hint, refused, findings } = group;
  const classes = [
    'field',
    className,
    findings.size > 0 && 'field-has-findings',
    refused?.length && 'field-error',
  ]
    .filter(Boolean)
    .join(' ');
  const messages = (
    <>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {refused?.length ? (
        <p class="field-error-message" id={`${id}-error`}>
          <span class="visually-hidden">Lỗi: </span>
          {refused.join(' ')}
        </p>
      ) : null}
      {[...findings.keys()].map((part) =>
        part === '' || !partsAtItems ? <PartFindings group={group} part={part} /> : null,
      )}
    </>
  );
  if (legend !== undefined) {
    return (
      <fieldset class={classes} id={id} aria-describedby={group.describedBy}>
        <legend>{legend}</legend>
        {messages}
        {children}
      </fieldset>
    );
  }
  return (
    <div class={classes}>
      <label for={id}>{label}</label>
      {messages}
      {children}
    </div>
  );
}
