/**
 * The guide's languages, as Starlight takes them: Italian at `/` (the original), English at `/en/`.
 */
export const localesConfig = {
  root: { label: 'Italiano', lang: 'it' },
  en: { label: 'English', lang: 'en' },
};
