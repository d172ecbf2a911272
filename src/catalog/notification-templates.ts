/**
 * The notification a customer receives about an event, in Italian and English, as i18next
 * resources. Shipped with the artifacts (`notification-templates.json`) so that a monitoring
 * component renders the very text the simulator shows.
 *
 * Variables: eventId, title, section, application, priorityId, priorityLabel, responseTime,
 * occurredAt, deadline, host.
 */
export const NOTIFICATION_TEMPLATES = {
  it: {
    notification: {
      subject: '[ImagicleCare {{priorityId}} {{priorityLabel}}] {{title}}',
      body:
        'Gentile cliente,\n\nil Supporto Proattivo di Imagicle ha rilevato il seguente evento sulla tua Imagicle UCX Suite{{hostPhrase}}: {{title}} ({{section}}).\n\n' +
        'Rilevato il: {{occurredAt}}\nLivello di priorità: {{priorityId}} {{priorityLabel}}\nTempo di risposta: {{responseTime}}, entro il {{deadline}}\n\n' +
        'Il nostro team di supporto ti contatterà entro questo termine.\n\nImagicleCare - Imagicle spa',
      hostPhrase: ' ({{host}})',
    },
  },
  en: {
    notification: {
      subject: '[ImagicleCare {{priorityId}} {{priorityLabel}}] {{title}}',
      body:
        'Dear customer,\n\nImagicle Proactive Support has detected the following event on your Imagicle UCX Suite{{hostPhrase}}: {{title}} ({{section}}).\n\n' +
        'Detected on: {{occurredAt}}\nPriority level: {{priorityId}} {{priorityLabel}}\nResponse time: {{responseTime}}, by {{deadline}}\n\n' +
        'Our support team will get in touch with you within this time.\n\nImagicleCare - Imagicle spa',
      hostPhrase: ' ({{host}})',
    },
  },
} as const;

/** The i18next namespace the templates live in. */
export const NOTIFICATION_NAMESPACE = 'notification';
