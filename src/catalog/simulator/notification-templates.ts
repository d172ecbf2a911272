/**
 * The notification a customer receives about an event, in Italian and English, as i18next
 * resources. Shipped with the artifacts (`notification-templates.json`) so that a monitoring
 * component renders the very text the simulator shows (`notification.ts` is the reference).
 *
 * Plain text, not HTML: render with `interpolation.escapeValue: false` and show it as text.
 * Variables of `subject` and `body`: eventId, title, section, priorityId, priorityLabel,
 * responseTime, occurredAt, deadline, and three optional lines, each rendered from its own key
 * first (empty when the value is missing): hostPhrase (from `host`), applicationLine (from
 * `application`), linkLine (from `url`, the event's page in the guide). `commitment` is the
 * sentence of the body that says what Imagicle will do, on its own for pages that quote it.
 */
import type { Locale } from '../model.ts';

/** What Imagicle commits to, as the notification says it; the event pages quote the same sentence. */
const COMMITMENT = {
  it: 'Il nostro team di supporto ti contatterà entro questo termine.',
  en: 'Our support team will get in touch with you within this time.',
} as const;

/** The keys of one language's templates; see above for what each holds. */
export type NotificationTemplateKey = 'subject' | 'body' | 'hostPhrase' | 'applicationLine' | 'linkLine' | 'commitment';

/** The notification templates per language, as i18next resources (namespace `notification`). */
export const NOTIFICATION_TEMPLATES: {
  readonly [locale in Locale]: { readonly notification: { readonly [key in NotificationTemplateKey]: string } };
} = {
  it: {
    notification: {
      subject: '[ImagicleCare {{priorityId}} {{priorityLabel}}] {{title}}',
      body:
        'Gentile cliente,\n\n' +
        'il Supporto Proattivo di Imagicle ha rilevato il seguente evento sulla tua Imagicle UCX Suite{{hostPhrase}}:\n' +
        '{{title}}\n\n' +
        'Sezione: {{section}}{{applicationLine}}\n' +
        'Rilevato il: {{occurredAt}}\n' +
        'Livello di priorità: {{priorityId}} {{priorityLabel}}\n' +
        'Tempo di risposta: {{responseTime}}, entro il {{deadline}}\n\n' +
        `${COMMITMENT.it}{{linkLine}}\n\n` +
        'ImagicleCare - Imagicle spa',
      hostPhrase: ' ({{host}})',
      applicationLine: '\nApplicazione: {{application}}',
      linkLine: '\nDettagli sull’evento: {{url}}',
      commitment: COMMITMENT.it,
    },
  },
  en: {
    notification: {
      subject: '[ImagicleCare {{priorityId}} {{priorityLabel}}] {{title}}',
      body:
        'Dear customer,\n\n' +
        'Imagicle Proactive Support has detected the following event on your Imagicle UCX Suite{{hostPhrase}}:\n' +
        '{{title}}\n\n' +
        'Section: {{section}}{{applicationLine}}\n' +
        'Detected on: {{occurredAt}}\n' +
        'Priority level: {{priorityId}} {{priorityLabel}}\n' +
        'Response time: {{responseTime}}, by {{deadline}}\n\n' +
        `${COMMITMENT.en}{{linkLine}}\n\n` +
        'ImagicleCare - Imagicle spa',
      hostPhrase: ' ({{host}})',
      applicationLine: '\nApplication: {{application}}',
      linkLine: '\nAbout this event: {{url}}',
      commitment: COMMITMENT.en,
    },
  },
} as const;

/** The i18next namespace the templates live in. */
export const NOTIFICATION_NAMESPACE = 'notification';
