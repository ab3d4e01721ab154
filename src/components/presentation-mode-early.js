// Presentation mode is applied before the first paint, so a projector never flashes the small
// layout. Injected into every page's head by src/integrations/content-security-policy.ts, so that
// Astro hashes it into the page's Content-Security-Policy; the toggle is presentation-mode.ts.
try {
  if (localStorage.getItem('ke-hoach-cchc/presentation') === 'on')
    document.documentElement.dataset.presentation = 'on';
} catch {
  // Storage refused: the normal layout.
}
