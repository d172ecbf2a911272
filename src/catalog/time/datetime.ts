/**
 * Instants shown in a chosen time zone, with their UTC offset: the simulator's deadlines, the
 * notifications' dates, and the wall-clock time a user types converted back to an instant.
 * Built on `Intl` only (time zone data comes with the browser or Node). Browser-safe.
 */
import { utcTime } from './calendar.ts';
import { formatDuration } from './duration.ts';

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter giving the numeric wall-clock parts and the offset of an instant in a zone; cached. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
      // Year 0 (1 BC) would otherwise read as year 1.
      era: 'short',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA time zone (e.g. `Europe/Rome`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a time zone, and the zone's offset from UTC at that instant. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /**
   * Minutes east of UTC: 120 for `+02:00`. A historic offset with seconds (local mean time,
   * Europe/Rome before 1866: `+00:49:56`) is rounded to the nearest minute, as RFC 3339 writes
   * offsets in minutes; `offsetSeconds` keeps it exact.
   */
  offsetMinutes: number;
  /** Seconds east of UTC, exact. */
  offsetSeconds: number;
}

/** The wall-clock parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const values: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(date)) values[part.type] = part.value;
  const offset = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(values['timeZoneName'] ?? '');
  const offsetSeconds = offset
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 3600 + Number(offset[3]) * 60 + Number(offset[4] ?? 0))
    : 0;
  // Math.round rounds -30.5 up to -30: round the magnitude, so that east and west are symmetric.
  const offsetMinutes = Math.sign(offsetSeconds) * Math.round(Math.abs(offsetSeconds) / 60);
  return {
    // Astronomical year numbering, as RFC 3339 uses: 1 BC is year 0.
    year: values['era'] === 'BC' ? 1 - Number(values['year']) : Number(values['year']),
    month: Number(values['month']),
    day: Number(values['day']),
    hour: Number(values['hour']),
    minute: Number(values['minute']),
    second: Number(values['second']),
    offsetMinutes,
    offsetSeconds,
  };
}

/** An offset as RFC 3339 writes it: `+02:00`, `-05:00`, `+00:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * An instant as RFC 3339 in a time zone's local time: `2026-03-29T03:30:00+02:00`. A historic
 * offset with seconds is written rounded to the minute, and the local time at that rounded
 * offset, so that the text still names the exact instant.
 */
export function toZonedRfc3339(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  if (p.offsetSeconds !== p.offsetMinutes * 60) return toOffsetRfc3339(date, p.offsetMinutes);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(p.offsetMinutes)}`;
}

/** An instant as RFC 3339 at a fixed offset (minutes east of UTC), e.g. to compare with an expected value. */
export function toOffsetRfc3339(date: Date, offsetMinutes: number): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${formatOffset(offsetMinutes)}`;
}

/** The offset written in an RFC 3339 date-time, in minutes east of UTC (`Z` is 0). */
export function offsetOfRfc3339(value: string): number | undefined {
  const match = /(?:Z|([+-])(\d{2}):(\d{2}))$/.exec(value);
  if (!match) return undefined;
  if (!match[1]) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const DAY = 86_400_000;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * The instant at which a time zone's clocks show a wall-clock time (`2026-03-29T01:30`, as a
 * `datetime-local` input gives it). A time skipped by a daylight-saving change resolves to the
 * instant the clocks jumped past it, as the offset before the change counts; `undefined` when
 * the text is not a local date-time.
 */
export function zonedLocalToInstant(local: string, timeZone: string): Date | undefined {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  // utcTime, not Date.UTC: the years 0 to 99 are not 1900 to 1999.
  const wall = utcTime(year ?? 0, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  if (Number.isNaN(wall)) return undefined;
  // The offsets a day before and after: a daylight-saving change between them gives two candidates.
  const offsetAt = (time: number): number => zonedParts(new Date(time), timeZone).offsetSeconds * 1000;
  const before = wall - offsetAt(wall - DAY);
  const after = wall - offsetAt(wall + DAY);
  const valid = [before, after].filter((time) => time + offsetAt(time) === wall);
  // Both valid (clocks went back): the earlier. Neither (clocks jumped forward): the offset before the change.
  const instant = valid.length > 0 ? Math.min(...valid) : before;
  return new Date(instant);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** A catalogue date (`YYYY-MM-DD`, a calendar day, no time zone) for people: `25 novembre 2026`. */
export function formatCatalogDate(date: string, locale: string): string {
  // Every page's footer shows the catalogue's date: one formatting per date and language.
  const key = `${date}|${locale}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormatters.set(locale, formatter);
  }
  const words = formatter.format(new Date(`${date}T00:00:00Z`));
  if (formattedDates.size < FORMATTED_DATES_KEPT) formattedDates.set(key, words);
  return words;
}

/** How many formatted dates are kept: a catalogue's release dates, bounded. */
const FORMATTED_DATES_KEPT = 1024;
const formattedDates = new Map<string, string>();

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant for people, in a locale and time zone, with the zone and its offset:
 * `29 marzo 2026 alle ore 03:30 (Europe/Rome, UTC+02:00)`.
 */
export function formatInstant(date: Date, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = displayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    displayFormatters.set(key, formatter);
  }
  const cacheKey = `${key}|${date.getTime()}`;
  let text = instantTexts.get(cacheKey);
  if (text === undefined) {
    text = `${formatter.format(date)} (${timeZone}, UTC${formatOffset(zonedParts(date, timeZone).offsetMinutes)})`;
    remember(instantTexts, cacheKey, text);
  }
  return text;
}

/** Texts already formatted: a batch repeats the same instants and spans many times, and `Intl` is slow to format. */
const instantTexts = new Map<string, string>();
const spanTexts = new Map<string, string>();

/** Caches a text, forgetting everything once the cache grows large (a long session stays small). */
function remember(cache: Map<string, string>, key: string, text: string): void {
  if (cache.size >= 5000) cache.clear();
  cache.set(key, text);
}

/** How far a deadline is from "now": the span in words, and whether it has already passed. */
export interface TimeLeft {
  overdue: boolean;
  /** The span, short style and rounded to the minute: `1 h, 30 min`. */
  span: string;
  /** Signed minutes from now to the deadline (negative when overdue). */
  minutes: number;
}

/** The time left from `now` until `deadline`, in a locale. */
export function timeLeft(deadline: Date, now: Date, locale: string): TimeLeft {
  const minutes = Math.round((deadline.getTime() - now.getTime()) / 60_000);
  const absolute = Math.abs(minutes);
  const days = Math.floor(absolute / 1440);
  const hours = Math.floor((absolute % 1440) / 60);
  const rest = absolute % 60;
  const iso =
    absolute === 0
      ? 'PT0M'
      : `P${days ? `${days}D` : ''}${hours || rest ? 'T' : ''}${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
  const cacheKey = `${locale}|${iso}`;
  let span = spanTexts.get(cacheKey);
  if (span === undefined) {
    span = formatDuration(iso, locale, 'short');
    remember(spanTexts, cacheKey, span);
  }
  return { overdue: minutes < 0, span, minutes };
}
