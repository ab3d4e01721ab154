/**
 * Presentation mode for projectors in training rooms: larger type, higher contrast, no side
 * panels. A toggle in the header; the choice is remembered on this computer.
 */
const KEY = 'ke-hoach-cchc/presentation';
const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('[data-presentation-toggle]');

function show(on: boolean): void {
  if (on) root.dataset.presentation = 'on';
  else delete root.dataset.presentation;
  button?.setAttribute('aria-pressed', String(on));
}

if (button) {
  button.hidden = false;
  show(root.dataset.presentation === 'on');
  button.addEventListener('click', () => {
    const on = root.dataset.presentation !== 'on';
    show(on);
    try {
      localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // Storage refused: the mode still applies to this page.
    }
  });
}
