/**
 * Chapter 1 of the guide ("Definizioni"), the hand-written prose that the guide page and the PDF
 * edition both show: one copy, so the two never drift. The chapter headings stay in the page's
 * MDX (Starlight builds its table of contents from them); a test keeps them equal to these.
 */
import type { Locale } from '../catalog/model.ts';
import { IMAGICLECARE_GUIDE_URL } from './external-links.ts';

/** A run of prose: plain text, or text linking to an address. */
export type ProseRun = string | { text: string; href: string };

/** The guide page's title, its chapter headings and the definitions prose, per locale. */
export const GUIDE_CHAPTERS: Readonly<
  Record<Locale, { title: string; definitions: string; events: string; definitionsText: readonly ProseRun[] }>
> = {
  it: {
    title: 'Eventi coperti dal Supporto Proattivo',
    definitions: '1 Definizioni',
    events: '2 Eventi coperti dal Supporto Proattivo',
    definitionsText: [
      'Come spiegato nella ',
      { text: 'guida di ImagicleCare', href: IMAGICLECARE_GUIDE_URL },
      ", il servizio di Supporto Proattivo prevede l'invio di notifiche proattive ai clienti su determinati tipi di problemi per evitare interruzioni dei servizi. Le seguenti tabelle, soggette a continui aggiornamenti, riassumono gli eventi coperti dal nostro servizio di Supporto Proattivo e le relative modalità. Per maggiori informazioni su questo o altri servizi ImagicleCare, consulta la ",
      { text: 'guida dedicata', href: IMAGICLECARE_GUIDE_URL },
      '.',
    ],
  },
  en: {
    title: 'Events covered by Proactive Support',
    definitions: '1 Definitions',
    events: '2 Events covered by Proactive Support',
    definitionsText: [
      'As explained in the ',
      { text: 'ImagicleCare guide', href: IMAGICLECARE_GUIDE_URL },
      ', the Proactive Support service sends customers proactive notifications about certain types of problems, to prevent service interruptions. The following tables, which are updated continuously, summarize the events covered by our Proactive Support service and how they are handled. For more information about this or other ImagicleCare services, see the ',
      { text: 'dedicated guide', href: IMAGICLECARE_GUIDE_URL },
      '.',
    ],
  },
};

/** The prose as plain text, links reduced to their words. */
export function proseText(runs: readonly ProseRun[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}
