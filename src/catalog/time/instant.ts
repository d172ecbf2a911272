/**
 * The one form of an instant the catalogue accepts: an RFC 3339 date-time with its offset
 * (`2026-03-29T10:00:00+02:00`, `…Z`). Payloads, `responseDeadline`, the simulator and the
 * command line's `--now` all read instants here. Browser-safe and dependency-free.
 */
import { isRealDateTime, utcTime } from './calendar.ts';

/** RFC 3339 `date-time`: seconds required, fraction optional, offset `Z` or `±hh:mm` required. */
export const RFC3339_DATE_TIME: RegExp =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Why a text is not an instant: not the RFC 3339 form, or a date or time of day that does not exist. */
export type InstantProblem = 'format' | 'nonexistent';

/** An instant read from text, or why it could not be. */
export type InstantReading = { instant: Date } | { problem: InstantProblem };

/**
 * Reads an RFC 3339 date-time with an offset. Every field is checked as written (no rolling
 * 2026-02-30 over into March); years 0000–9999 are taken literally (not 0–99 as 1900–1999).
 */
export function readInstant(text: string): InstantReading {
  const match = RFC3339_DATE_TIME.exec(text);
  if (!match) return { problem: 'format' };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (!isRealDateTime(year, month, day, hour, minute, second) || offsetHours > 23 || offsetMinutes > 59) {
    return { problem: 'nonexistent' };
  }
  const fraction = match[7] ? Math.floor(Number(`0${match[7]}`) * 1000) : 0;
  const sign = match[9] === '-' ? -1 : 1;
  const time = utcTime(year, month, day, hour, minute, second) + fraction;
  return { instant: new Date(time - sign * (offsetHours * 60 + offsetMinutes) * 60_000) };
}
