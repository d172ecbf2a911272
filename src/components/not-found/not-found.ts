/** Under `/en/`, the 404 page speaks English: only the English text, and the page's language set to match. */
const english = location.pathname.startsWith('/en/');
const shown = english ? 'en' : 'it';
for (const section of document.querySelectorAll<HTMLElement>('[data-not-found]')) {
  section.hidden = section.dataset['notFound'] !== shown;
}
if (english) {
  document.documentElement.lang = 'en';
  const heading = document.querySelector('[data-not-found="en"] h2')?.textContent;
  if (heading) document.title = document.title.replace(/^[^|]*/, `404 ${heading} `);
}
