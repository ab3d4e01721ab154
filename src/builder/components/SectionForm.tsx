/**
 * The builder's side of the form context: a section's fields read whether the draft can change
 * and the findings they show from here, not from the builder's stores. Each section puts its
 * fields inside it; it loads with the sections, not at start-up (Preact's context, the findings'
 * places and the focus of a linked field would otherwise cost the start-up budget).
 */
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { FormContext, type FormState } from '../../ui/form/context.ts';
import { $findingsByPlace } from '../finding-place.ts';
import { focusPendingField } from '../focus.ts';
import { $isEditable } from '../stores/editor.ts';

const none: readonly never[] = [];

export function SectionForm({ children }: { children: ComponentChildren }) {
  const editable = useStore($isEditable);
  const findingsByPlace = useStore($findingsByPlace);
  // A link from the review page leads to a field of this section: focus it once it is shown.
  useEffect(focusPendingField, []);
  const state: FormState = {
    readOnly: !editable,
    findingsAt: (path) => findingsByPlace.get(path) ?? none,
  };
  return <FormContext.Provider value={state}>{children}</FormContext.Provider>;
}
