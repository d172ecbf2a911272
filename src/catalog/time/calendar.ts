/**
 * The calendar arithmetic the date checks share: which dates exist, and the range of instants
 * RFC 3339 can write (years 0000 to 9999). Pure arithmetic, not `Date.UTC`, which reads the years
 * 0 to 99 as 1900 to 1999. Browser-safe.
 */

/** Whether a year of the proleptic Gregorian calendar (the one RFC 3339 uses) is a leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Whether a written date and time of day exist (no 2026-02-30, no 24:00, no second 60). */
export function isRealDateTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
  return (
    year >= 0 &&
    year <= 9999 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59
  );
}

/** Milliseconds since the epoch of a UTC date and time, right for the years 0 to 99 too. */
export function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The first instant RFC 3339 can write: 0000-01-01T00:00:00Z. */
export const FIRST_RFC3339_TIME: number = utcTime(0, 1, 1);
/** The last instant RFC 3339 can write: the last millisecond of 9999-12-31, UTC. */
export const LAST_RFC3339_TIME: number = utcTime(9999, 12, 31, 23, 59, 59) + 999;

/** Whether an instant falls in the years RFC 3339 can write (0000 to 9999, UTC). */
export function isRfc3339Instant(time: number): boolean {
  return time >= FIRST_RFC3339_TIME && time <= LAST_RFC3339_TIME;
}
