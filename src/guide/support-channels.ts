/**
 * How a customer reaches Imagicle about an event, as data: the event pages list these channels,
 * and nothing else names them. Only the contacts the seed document states (its company block),
 * taken from `company.ts` so that a changed number changes everywhere.
 */
import { COMPANY, telHref } from './company.ts';

/** One way to reach Imagicle. */
export interface SupportChannel {
  /** What kind of contact it is; the page labels it in its language. */
  kind: 'phone' | 'email' | 'web';
  /** As shown: `+39.0584.943232`. */
  value: string;
  /** Link target: `tel:`, `mailto:` or `https:`. */
  href: string;
}

/** The channels, in the order the seed's company block lists them (fax left out: it is not a link to follow). */
export const SUPPORT_CHANNELS: readonly SupportChannel[] = Object.freeze([
  { kind: 'phone', value: COMPANY.phone, href: telHref(COMPANY.phone) },
  { kind: 'email', value: COMPANY.email, href: `mailto:${COMPANY.email}` },
  { kind: 'web', value: COMPANY.web, href: `https://${COMPANY.web}/` },
]);
