/**
 * Taking the user to a field (from the review page's error summary): navigate, then focus the
 * field once its section is on the page, instead of the section's heading.
 */
import { focusWhenShown } from '../ui/focus.ts';
import { navigate, type Route } from './navigation.ts';

let pendingField: string | null = null;

export function goToField(route: Route, fieldId: string): void {
  pendingField = fieldId;
  navigate(route);
}

/**
 * Called after a route change: focuses the pending field, if any, once its section's code has
 * loaded (up to a few seconds). False when there is none.
 */
export function focusPendingField(): boolean {
  const fieldId = pendingField;
  if (!fieldId) return false;
  pendingField = null;
  focusWhenShown(fieldId, { scroll: true });
  return true;
}
