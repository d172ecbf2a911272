/**
 * Dates at the edges of RFC 3339: the years 0000 to 0099 (which `Date.UTC` reads as 1900 to
 * 1999), deadlines past 9999 (refused with a message), and historic offsets with seconds
 * (rounded to the minute, the instant kept exact). Through `responseDeadline` and the simulator,
 * with the logic catalogue's voip-gateway-crash (P1, 30 minutes).
 */
import { describe, expect, it } from 'vitest';
import {
  CatalogQueryError,
  computeResponseDeadline as responseDeadline,
  toInstant,
} from '../../../src/catalog/lookups.ts';
import { simulateText } from '../../../src/catalog/simulator/simulate.ts';
import { describeIssue } from '../../../src/catalog/simulator/simulate-text.ts';
import { daysInMonth, isRealDateTime, isRfc3339Instant, utcTime } from '../../../src/catalog/time/calendar.ts';
import { toZonedRfc3339, zonedLocalToInstant, zonedParts } from '../../../src/catalog/time/datetime.ts';
import { logicCatalog } from '../../support/logic-catalog.ts';

const catalog = logicCatalog();
const payload = (occurredAt: string) => JSON.stringify({ event: 'voip-gateway-crash', occurredAt });

describe('the calendar', () => {
  it('knows leap years and month lengths in the years 0 to 99 too', () => {
    expect(daysInMonth(0, 2)).toBe(29); // 0 is divisible by 400
    expect(daysInMonth(100, 2)).toBe(28);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(2026, 13)).toBe(0);
    expect(isRealDateTime(0, 2, 29)).toBe(true);
    expect(isRealDateTime(1, 2, 29)).toBe(false);
    expect(isRealDateTime(2026, 1, 1, 24)).toBe(false);
    expect(new Date(utcTime(50, 6, 1)).toISOString()).toBe('0050-06-01T00:00:00.000Z');
  });

  it('bounds instants to the years RFC 3339 can write', () => {
    expect(isRfc3339Instant(Date.parse('0000-01-01T00:00:00Z'))).toBe(true);
    expect(isRfc3339Instant(Date.parse('9999-12-31T23:59:59.999Z'))).toBe(true);
    expect(isRfc3339Instant(Date.parse('9999-12-31T23:59:59.999Z') + 1)).toBe(false);
    expect(isRfc3339Instant(Date.parse('0000-01-01T00:00:00Z') - 1)).toBe(false);
  });
});

describe('responseDeadline at the edges', () => {
  it('accepts the years 0000 to 0099, leap day of year 0 included', () => {
    expect(responseDeadline(catalog, 'voip-gateway-crash', '0000-02-29T10:00:00Z').toISOString()).toBe(
      '0000-02-29T10:30:00.000Z',
    );
    expect(responseDeadline(catalog, 'voip-gateway-crash', '0099-12-31T23:45:00+00:00').toISOString()).toBe(
      '0100-01-01T00:15:00.000Z',
    );
    expect(() => toInstant('0001-02-29T10:00:00Z')).toThrow(/does not exist/);
  });

  it('refuses a deadline after 9999-12-31 with a message that says why', () => {
    expect(responseDeadline(catalog, 'voip-gateway-crash', '9999-12-31T23:29:00Z').toISOString()).toBe(
      '9999-12-31T23:59:00.000Z',
    );
    const late = () => responseDeadline(catalog, 'voip-gateway-crash', '9999-12-31T23:30:00Z');
    expect(late).toThrow(CatalogQueryError);
    expect(late).toThrow('falls after 9999-12-31T23:59:59Z, the last instant RFC 3339 can write');
  });
});

describe('the simulator at the edges', () => {
  it('simulates an event of the year 0050 and prints its deadline in year 0050', () => {
    const simulation = simulateText(catalog, payload('0050-06-01T10:00:00Z'));
    expect(simulation.issues).toEqual([]);
    const deadline = simulation.results[0]!.deadline!;
    expect(toZonedRfc3339(deadline, 'UTC')).toBe('0050-06-01T10:30:00+00:00');
  });

  it('refuses an occurrence whose deadline would pass 9999, located, in both languages', () => {
    const simulation = simulateText(catalog, payload('9999-12-31T23:30:00Z'));
    expect(simulation.results).toEqual([]);
    expect(simulation.issues).toMatchObject([{ code: 'bad-format', expected: 'deadline-range', index: 0 }]);
    expect(describeIssue(simulation.issues[0]!, 'en')).toMatch(/deadline would fall after 9999-12-31T23:59:59Z/);
    expect(describeIssue(simulation.issues[0]!, 'it')).toMatch(/scadenza cadrebbe dopo il 9999-12-31T23:59:59Z/);
  });
});

describe('historic offsets with seconds', () => {
  it('are rounded to the minute in RFC 3339, and the text still names the exact instant', () => {
    // Europe/Rome kept local mean time, +00:49:56, until 1866.
    const instant = new Date('0100-06-01T12:00:00Z');
    expect(zonedParts(instant, 'Europe/Rome')).toMatchObject({ offsetSeconds: 49 * 60 + 56, offsetMinutes: 50 });
    const text = toZonedRfc3339(instant, 'Europe/Rome');
    expect(text).toBe('0100-06-01T12:50:00+00:50');
    expect(new Date(text).getTime()).toBe(instant.getTime());
  });

  it('convert a wall-clock time back to the exact instant, seconds of offset included', () => {
    expect(zonedLocalToInstant('0100-06-01T12:49:56', 'Europe/Rome')?.toISOString()).toBe('0100-06-01T12:00:00.000Z');
    expect(zonedLocalToInstant('0050-06-01T12:00', 'UTC')?.toISOString()).toBe('0050-06-01T12:00:00.000Z');
  });
});
