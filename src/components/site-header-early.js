// The phone header's two disclosures, "Tìm" and "Menu" (src/layouts/Base.astro). Injected into
// every page's head by src/integrations/content-security-policy.ts, for two reasons: the mark it
// sets on <html> lets the stylesheet draw the compact header from the first paint (drawn later,
// the page would jump down once scripts ran), and listening on the document from the head makes
// the buttons work from the moment they are shown, even before the page's modules arrive on a
// slow connection. Without scripts the mark is missing and the header shows plain links.
document.documentElement.dataset.js = '';

(() => {
  /** @param {Element} header @param {string} open the panel to show, '' for none */
  function show(header, open) {
    if (open) header.setAttribute('data-open', open);
    else header.removeAttribute('data-open');
    for (const toggle of header.querySelectorAll('[data-header-toggle]'))
      toggle.setAttribute(
        'aria-expanded',
        String(toggle.getAttribute('data-header-toggle') === open),
      );
  }

  document.addEventListener('click', (event) => {
    const target = event.target;
    const toggle = target instanceof Element ? target.closest('[data-header-toggle]') : null;
    const header = toggle?.closest('[data-site-header]');
    if (!toggle || !header) return;
    const panel = toggle.getAttribute('data-header-toggle') ?? '';
    const open = header.getAttribute('data-open') === panel ? '' : panel;
    show(header, open);
    if (open === 'search') header.querySelector('input[type="search"]')?.focus();
  });

  // Escape closes the open panel and gives focus back to its button, as a disclosure should.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const header = document.querySelector('[data-site-header][data-open]');
    if (!header || !(event.target instanceof Node) || !header.contains(event.target)) return;
    const open = header.getAttribute('data-open');
    // The search's own Escape closes its results first; a second one closes the panel.
    if (open === 'search' && header.querySelector('.search-popup:not([hidden])')) return;
    show(header, '');
    header.querySelector(`[data-header-toggle="${open}"]`)?.focus();
  });
})();
