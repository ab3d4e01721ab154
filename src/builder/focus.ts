/**
 * Taking the user to a field (from the review page's error summary): navigate, then focus the
 * field once its section is on the page, instead of the section's heading.
 */
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

/**
 * Focuses the element with this id, or the first control inside it, as soon as it is on the
 * page: renders and lazily loaded sections may take a few frames.
 */
export function focusWhenShown(id: string, { scroll = false } = {}): void {
  let tries = 0;
  const attempt = () => {
    const element = document.getElementById(id);
    const focusable = element?.matches('input, textarea, select, button')
      ? element
      : element?.querySelector<HTMLElement>('input, textarea, select, button');
    if (focusable) {
      focusable.focus();
      if (scroll) focusable.scrollIntoView({ block: 'center' });
    } else if (tries++ < 240) {
      requestAnimationFrame(attempt);
    }
  };
  attempt();
}
