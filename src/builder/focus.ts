/**
 * Taking the user to a field (from the review page's error summary): navigate, then focus the
 * field once its section is on the page. Both ends are in the sections' code (the summary, and
 * `SectionForm` around the fields), so none of this is in the builder's start-up code.
 */
import { focusWhenShown } from '../ui/focus.ts';
import { navigate, type Route } from './navigation.ts';

let pendingField: string | null = null;

export function goToField(route: Route, fieldId: string): void {
  pendingField = fieldId;
  navigate(route);
}

/**
 * Called as a section is shown: focuses the pending field, if any, once it is on the page (its
 * section's parts may take a few frames).
 */
export function focusPendingField(): void {
  const fieldId = pendingField;
  if (!fieldId) return;
  pendingField = null;
  focusWhenShown(fieldId, { scroll: true });
}
