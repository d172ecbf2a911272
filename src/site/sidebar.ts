/**
 * The sidebar, in Italian and English. Links are written once without a locale: Starlight
 * prefixes `/en/` on the English site.
 */

/** Starlight's `sidebar` option. */
export const sidebarConfig = [
  {
    label: 'Supporto Proattivo',
    translations: { en: 'Proactive Support' },
    items: [
      {
        label: 'Eventi coperti',
        translations: { en: 'Covered events' },
        link: '/proactive-support/',
      },
      {
        label: 'Tabella degli eventi',
        translations: { en: 'Event table' },
        link: '/proactive-support/events/',
      },
      {
        label: 'Simulatore di eventi',
        translations: { en: 'Event simulator' },
        link: '/proactive-support/simulator/',
      },
      {
        label: 'Integrazione',
        translations: { en: 'Integration' },
        link: '/proactive-support/integration/',
      },
      {
        label: 'Novità del catalogo',
        translations: { en: 'Catalogue changelog' },
        link: '/proactive-support/changelog/',
      },
    ],
  },
];
