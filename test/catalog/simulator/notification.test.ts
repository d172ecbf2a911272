/**
 * The customer notification rendered with i18next from the shipped templates, and the dates it shows,
 * for events of the logic catalogue (test/fixtures/logic/catalog.yaml).
 */
import { describe, expect, it } from 'vitest';
import {
  notificationCommitment,
  renderNotification,
  renderNotificationPreview,
} from '../../../src/catalog/simulator/notification.ts';
import { NOTIFICATION_TEMPLATES } from '../../../src/catalog/simulator/notification-templates.ts';
import { lookupEvent as getEvent } from '../../../src/catalog/lookups.ts';
import { logicCatalog } from '../../support/logic-catalog.ts';

const catalog = logicCatalog();
// P1 (30 minutes) in 2.1; P3 (4 hours) in 2.3.1, with an application.
const voip = getEvent(catalog, 'voip-gateway-crash')!;
const channels = getEvent(catalog, 'recording-channels-full')!;

describe('renderNotification', () => {
  it('renders subject and body in Italian, in the chosen time zone with its offset', () => {
    const { subject, body } = renderNotification(catalog, {
      event: voip,
      occurredAt: '2026-03-29T01:30:00+01:00',
      host: 'ucx-01.example.com',
      url: 'https://care.imagicle.com/proactive-support/events/voip-gateway-crash/',
      locale: 'it',
      timeZone: 'Europe/Rome',
    });
    expect(subject).toBe('[ImagicleCare P1 CRITICO] Arresto anomalo del gateway VoIP');
    expect(body).toContain('sulla tua Imagicle UCX Suite (ucx-01.example.com):\nArresto anomalo del gateway VoIP\n');
    expect(body).toContain('Sezione: Degradazione del servizio\n');
    expect(body).toContain('Rilevato il: 29 marzo 2026 alle ore 01:30 (Europe/Rome, UTC+01:00)');
    // 00:30 UTC plus 30 minutes is 01:00 UTC, the very instant the clocks move to 03:00 CEST.
    expect(body).toContain(
      'Tempo di risposta: < 30 minuti, entro il 29 marzo 2026 alle ore 03:00 (Europe/Rome, UTC+02:00)',
    );
    expect(body).toContain(
      'Dettagli sull’evento: https://care.imagicle.com/proactive-support/events/voip-gateway-crash/',
    );
    expect(body).not.toContain('Applicazione');
    expect(body).not.toMatch(/\{\{|\}\}/);
  });

  it('renders the English text, with the application and sub-section, in another time zone', () => {
    const { subject, body } = renderNotification(catalog, {
      event: channels,
      occurredAt: '2026-11-25T10:00:00+01:00',
      locale: 'en',
      timeZone: 'America/New_York',
    });
    expect(subject).toBe('[ImagicleCare P3 MEDIUM] Channels exhausted (Call Recording)');
    expect(body).toContain('on your Imagicle UCX Suite:\n');
    expect(body).toContain('Section: Space saturation › Capacity saturation\nApplication: Call Recording\n');
    expect(body).toContain('Response time: < 4 hours, by November 25, 2026 at 08:00 (America/New_York, UTC-05:00)');
    expect(body).not.toContain('About this event');
  });

  it('keeps text from the payload as it is: no HTML escaping, since it is shown as text', () => {
    const { body } = renderNotification(catalog, {
      event: voip,
      occurredAt: '2026-11-25T10:00:00Z',
      host: '<img src=x onerror=alert(1)>',
      locale: 'en',
      timeZone: 'UTC',
    });
    expect(body).toContain('(<img src=x onerror=alert(1)>)');
  });

  it('has the same keys and variables in both languages', () => {
    const variables = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
    const { it: italian, en: english } = NOTIFICATION_TEMPLATES;
    expect(Object.keys(english.notification)).toEqual(Object.keys(italian.notification));
    for (const key of Object.keys(italian.notification) as (keyof typeof italian.notification)[]) {
      expect(variables(english.notification[key])).toEqual(variables(italian.notification[key]));
    }
  });
});

describe('renderNotificationPreview', () => {
  it('is the notification with placeholders where only an occurrence has values', () => {
    const url = 'https://care.imagicle.com/en/proactive-support/events/recording-channels-full/';
    const real = renderNotification(catalog, {
      event: channels,
      occurredAt: '2026-11-25T10:00:00+01:00',
      url,
      locale: 'en',
      timeZone: 'Europe/Rome',
    });
    const preview = renderNotificationPreview(catalog, {
      event: channels,
      url,
      locale: 'en',
      placeholders: { occurredAt: '[when]', deadline: '[by when]' },
    });
    expect(preview.subject).toBe(real.subject);
    expect(preview.body).toContain('Detected on: [when]\n');
    expect(preview.body).toContain('Response time: < 4 hours, by [by when]\n');
    // Apart from the two dates, the very same text.
    const withoutDates = (body: string): string =>
      body.replace(/^(Detected on: ).*$/m, '$1').replace(/(, by ).*$/m, '$1');
    expect(withoutDates(preview.body)).toBe(withoutDates(real.body));
  });

  it('quotes the commitment sentence the body contains, in each language', () => {
    for (const locale of ['it', 'en'] as const) {
      const sentence = notificationCommitment(locale);
      expect(sentence).toMatch(/\S.*\.$/);
      const { body } = renderNotificationPreview(catalog, {
        event: voip,
        locale,
        placeholders: { occurredAt: 'x', deadline: 'y' },
      });
      expect(body).toContain(`\n\n${sentence}\n\n`);
    }
  });
});
