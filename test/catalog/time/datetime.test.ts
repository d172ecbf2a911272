import { describe, expect, it } from 'vitest';
import {
  formatCatalogDate,
  formatInstant,
  timeLeft,
  toZonedRfc3339,
  zonedLocalToInstant,
} from '../../../src/catalog/time/datetime.ts';

describe('catalogue dates', () => {
  it('are calendar days, the same wherever the build runs', () => {
    expect(formatCatalogDate('2026-11-25', 'it')).toBe('25 novembre 2026');
    expect(formatCatalogDate('2026-11-25', 'en')).toBe('November 25, 2026');
    expect(formatCatalogDate('2026-01-01', 'en')).toBe('January 1, 2026');
  });
});

describe('dates in a time zone', () => {
  it('turns a wall-clock time into an instant, also on daylight-saving days', () => {
    expect(zonedLocalToInstant('2026-11-25T10:00', 'Europe/Rome')!.toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(zonedLocalToInstant('2026-03-29T01:30', 'Europe/Rome')!.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    // 02:30 does not exist that night: it counts with the offset before the change, as 03:30 +02:00.
    expect(zonedLocalToInstant('2026-03-29T02:30', 'Europe/Rome')!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice in October: the first one.
    expect(zonedLocalToInstant('2026-10-25T02:30', 'Europe/Rome')!.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedLocalToInstant('yesterday', 'Europe/Rome')).toBeUndefined();
  });

  it('writes an instant as RFC 3339 in a zone, and for people with the zone and offset', () => {
    const deadline = new Date('2026-03-29T01:30:00Z');
    expect(toZonedRfc3339(deadline, 'Europe/Rome')).toBe('2026-03-29T03:30:00+02:00');
    expect(toZonedRfc3339(deadline, 'Asia/Kolkata')).toBe('2026-03-29T07:00:00+05:30');
    expect(formatInstant(deadline, 'en', 'Europe/Rome')).toBe('March 29, 2026 at 03:30 (Europe/Rome, UTC+02:00)');
  });

  it('says how much time is left or how late it is', () => {
    const now = new Date('2026-03-29T00:00:00Z');
    const left = timeLeft(new Date('2026-03-29T01:30:00Z'), now, 'en');
    expect(left).toMatchObject({ overdue: false, minutes: 90 });
    expect(left.span).toMatch(/^1 hr,? 30 min$/);
    expect(timeLeft(new Date('2026-03-28T23:00:00Z'), now, 'it')).toMatchObject({ overdue: true, minutes: -60 });
  });
});
