/**
 * A click on a heading's "#" both jumps to it and copies its full address, so a civil servant
 * can paste a precise reference into an e-mail or an official document.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      const status = document.querySelector('[data-copy-status]');
      if (status) status.textContent = 'Đã sao chép liên kết đến mục này.';
    },
    () => {
      // Clipboard refused (insecure origin, permissions): the link still navigates.
    },
  );
});
