/** Texts of the 404 page, Italian and English (one page answers every missing address). */
import { defineMessages } from '../messages.ts';

/** UI texts of the 404 page, per locale. */
export const NOT_FOUND_MESSAGES = defineMessages({
  it: {
    heading: 'Pagina non trovata',
    text: 'La pagina che cerchi non esiste o è stata spostata. Controlla l’indirizzo, usa la ricerca in alto oppure riparti da qui:',
    home: 'Pagina iniziale della guida',
    guide: 'Eventi coperti dal Supporto Proattivo',
    table: 'Tabella degli eventi',
  },
  en: {
    heading: 'Page not found',
    text: 'The page you are looking for does not exist or has moved. Check the address, use the search at the top, or start again from here:',
    home: 'Home page of the guide',
    guide: 'Events covered by Proactive Support',
    table: 'Event table',
  },
});
