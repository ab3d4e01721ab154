/** Moving focus to something a render is about to show. */

/**
 * Focuses the element with this id (a control, or a block made focusable with tabindex="-1"), or
 * else the first control inside it, as soon as it is on the page: renders and lazily loaded code
 * may take a few frames.
 */
export function focusWhenShown(id: string, { scroll = false } = {}): void {
  let tries = 0;
  const attempt = () => {
    const element = document.getElementById(id);
    const focusable = element?.matches('input, textarea, select, button, [tabindex="-1"]')
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
