/**
 * Renders the notification a customer receives about an event, with i18next from
 * `NOTIFICATION_TEMPLATES`: the reference for monitoring components that render the same
 * templates. Dates are shown in a chosen time zone with its offset. Plain text. Browser-safe.
 */
import { createInstance, type i18n } from 'i18next';
import { formatInstant } from '../time/datetime.ts';
import { formatResponseTime } from '../time/duration.ts';
import type { Catalog, CatalogEvent, Locale } from '../model.ts';
import { NOTIFICATION_NAMESPACE, NOTIFICATION_TEMPLATES } from './notification-templates.ts';
import { lookupApplication, lookupCategory, lookupPriority, computeResponseDeadline, toInstant } from '../lookups.ts';

/** What a notification is about. */
export interface NotificationInput {
  event: CatalogEvent;
  occurredAt: Date | string;
  /** Host name from the payload, if any. */
  host?: string | undefined;
  /** Address of the event's page in the guide, if known. */
  url?: string | undefined;
  locale: Locale;
  /** IANA time zone the dates are shown in, e.g. `Europe/Rome`. */
  timeZone: string;
}

/** A rendered notification. */
export interface Notification {
  subject: string;
  body: string;
}

let instance: i18n | undefined;

/** One i18next instance for both languages, initialised synchronously on first use. */
function translator(): i18n {
  if (!instance) {
    instance = createInstance();
    void instance.init({
      initAsync: false,
      lng: 'it',
      fallbackLng: false,
      resources: NOTIFICATION_TEMPLATES,
      ns: [NOTIFICATION_NAMESPACE],
      defaultNS: NOTIFICATION_NAMESPACE,
      // Plain text shown as text: escaping would print `&lt;` in an e-mail or a text node.
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

/** The section's title with its parents: `Saturazione dello spazio › Saturazione della capacità`. */
export function sectionTitle(catalog: Catalog, event: CatalogEvent, locale: Locale): string {
  return event.sectionPath.map((id) => lookupCategory(catalog, id)?.title[locale] ?? id).join(' › ');
}

/** The notification's text in one language, from the templates and already formatted values. */
function renderTemplates(
  catalog: Catalog,
  event: CatalogEvent,
  locale: Locale,
  dates: { occurredAt: string; deadline: string },
  optional: { host?: string | undefined; url?: string | undefined },
): Notification {
  // Plain string keys and values: the templates are data (also shipped as JSON), not typed resources.
  const fixed = translator().getFixedT(locale) as unknown as (key: string, options: Record<string, string>) => string;
  const t = (key: string, options: Record<string, string>): string =>
    fixed(key, { ...options, ns: NOTIFICATION_NAMESPACE });
  const priority = lookupPriority(catalog, event.priority);
  const application = event.application ? lookupApplication(catalog, event.application)?.name : undefined;
  const values = {
    eventId: event.id,
    title: event.title[locale],
    section: sectionTitle(catalog, event, locale),
    priorityId: event.priority,
    priorityLabel: priority?.label[locale] ?? '',
    responseTime: formatResponseTime(event.responseTime, locale),
    ...dates,
    hostPhrase: optional.host ? t('hostPhrase', { host: optional.host }) : '',
    applicationLine: application ? t('applicationLine', { application }) : '',
    linkLine: optional.url ? t('linkLine', { url: optional.url }) : '',
  };
  return { subject: t('subject', values), body: t('body', values) };
}

/** Renders the subject and body of the notification about a covered event. */
export function renderNotification(catalog: Catalog, input: NotificationInput): Notification {
  const { event, locale, timeZone } = input;
  const occurredAt = toInstant(input.occurredAt);
  const dates = {
    occurredAt: formatInstant(occurredAt, locale, timeZone),
    deadline: formatInstant(computeResponseDeadline(catalog, event, occurredAt), locale, timeZone),
  };
  return renderTemplates(catalog, event, locale, dates, input);
}

/** What a notification preview shows in place of the values only a real occurrence has. */
export interface NotificationPlaceholders {
  /** Shown for the date and time of detection, e.g. `[data e ora del rilevamento]`. */
  occurredAt: string;
  /** Shown for the response deadline. */
  deadline: string;
}

/**
 * The notification about an event as a customer receives it, with placeholders for the dates:
 * the same templates as `renderNotification`, for pages that show what the e-mail looks like.
 */
export function renderNotificationPreview(
  catalog: Catalog,
  input: { event: CatalogEvent; locale: Locale; url?: string | undefined; placeholders: NotificationPlaceholders },
): Notification {
  return renderTemplates(catalog, input.event, input.locale, input.placeholders, input);
}

/** The sentence of the notification that says what Imagicle will do within the response time. */
export function notificationCommitment(locale: Locale): string {
  return NOTIFICATION_TEMPLATES[locale][NOTIFICATION_NAMESPACE].commitment;
}
