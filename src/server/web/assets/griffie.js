// Griffie's progressive enhancement: everything works without this file.
// - "Kopieer" buttons copy the text of the element they name (data-copy="#id").
// - The sort menu on the search page submits itself when changed.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
  if (!button) return;
  const source = document.querySelector(button.getAttribute('data-copy'));
  if (!source || !navigator.clipboard) return;
  try {
    await navigator.clipboard.writeText(source.textContent.trim());
    const label = button.textContent;
    button.textContent = 'Gekopieerd';
    setTimeout(() => {
      button.textContent = label;
    }, 1500);
  } catch {
    // Copying may be refused (permissions); the citation stays selectable.
  }
});
for (const button of document.querySelectorAll('[data-copy]')) button.hidden = false;
for (const select of document.querySelectorAll('select[data-autosubmit]')) {
  select.addEventListener('change', () => select.form?.requestSubmit());
  const submit = select.form?.querySelector('[data-autosubmit-button]');
  if (submit) submit.hidden = true;
}
