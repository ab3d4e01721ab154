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

  // "/" and Ctrl+K go to the search field: the search page's own box there, elsewhere the
  // header's, whose panel opens first on a phone. Here rather than with the search box's script,
  // so that the shortcut works as soon as the page shows.
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const typing = target?.closest('input, textarea, select, [contenteditable]');
    const key = event.key?.toLowerCase();
    if (!((key === '/' && !typing) || (key === 'k' && (event.ctrlKey || event.metaKey)))) return;
    const field = document.getElementById('tu-khoa') ?? document.getElementById('tim-nhanh');
    if (!(field instanceof HTMLInputElement)) return;
    event.preventDefault();
    const header = field.closest('[data-site-header]');
    const toggle = header?.querySelector('[data-header-toggle="search"]');
    if (header && toggle instanceof HTMLElement && toggle.offsetParent) show(header, 'search');
    field.focus();
    field.select();
  });

  // Escape closes the open panel and gives focus back to its button, as a disclosure should.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const header = document.querySelector('[data-site-header][data-open]');
    if (!header || !(event.target instanceof Node) || !header.contains(event.target)) return;
    // (An Escape that closes the search's live results stops at the search box.)
    const open = header.getAttribute('data-open');
    show(header, '');
    header.querySelector(`[data-header-toggle="${open}"]`)?.focus();
  });
})();
