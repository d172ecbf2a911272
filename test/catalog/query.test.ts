/** The lookups and the response deadline of `query.ts`, on the committed catalogue and a small one. */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.ts';
import {
  CatalogQueryError,
  coveredEvents,
  eventsInCategory,
  getApplication,
  getCategory,
  getEvent,
  getPriority,
  isCovered,
  responseDeadline,
  toInstant,
} from '../../src/catalog/query.ts';
import { loadCatalog } from '../../src/catalog/source/read.ts';
import { DST_CASES, INVALID_DATES } from '../artifacts/deadline-cases.ts';

const catalog = loadCatalog();

/** The committed catalogue with its first event deprecated. */
function withDeprecatedFirstEvent(): Catalog {
  const copy = structuredClone(catalog) as Catalog;
  copy.events[0]!.deprecated = { since: '1.0.0', reason: { it: 'Sostituito.', en: 'Replaced.' } };
  return copy;
}

describe('lookups', () => {
  it('finds an event with its derived fields', () => {
    const event = getEvent(catalog, 'voip-stack-crash');
    expect(event?.priority).toBe('P1');
    expect(event?.responseTime).toBe('PT1H');
    expect(event?.responseMinutes).toBe(60);
    expect(event?.sectionPath).toEqual(['service-degradation']);
    expect(getEvent(catalog, 'recording-channels-exhausted')?.sectionPath).toEqual([
      'space-saturation',
      'capacity-saturation',
    ]);
  });

  it('answers undefined for an unknown id, never a near match', () => {
    expect(getEvent(catalog, 'voip-stack-crsh')).toBeUndefined();
    expect(getEvent(catalog, 'VOIP-STACK-CRASH')).toBeUndefined();
    expect(getEvent(catalog, '')).toBeUndefined();
  });

  it('counts a deprecated event as catalogued but not covered', () => {
    const deprecated = withDeprecatedFirstEvent();
    expect(isCovered(catalog, 'voip-stack-crash')).toBe(true);
    expect(isCovered(deprecated, 'voip-stack-crash')).toBe(false);
    expect(getEvent(deprecated, 'voip-stack-crash')).toBeDefined();
    expect(isCovered(catalog, 'no-such-event')).toBe(false);
    expect(coveredEvents(deprecated)).toHaveLength(catalog.events.length - 1);
    expect(coveredEvents(catalog)).toHaveLength(catalog.events.length);
  });

  it('finds priorities, sections and applications', () => {
    expect(getPriority(catalog, 'P3')?.responseMinutes).toBe(240);
    expect(getPriority(catalog, 'P9')).toBeUndefined();
    expect(getCategory(catalog, 'capacity-saturation')?.number).toBe('3.1');
    expect(getApplication(catalog, 'call-recording')?.name).toBe('Call Recording');
    expect(eventsInCategory(catalog, 'capacity-saturation').map(({ id }) => id)).toContain(
      'recording-channels-exhausted',
    );
    expect(eventsInCategory(catalog, 'space-saturation').map(({ id }) => id)).not.toContain(
      'recording-channels-exhausted',
    );
  });
});

describe('responseDeadline', () => {
  for (const { label, event, occurredAt, deadline } of DST_CASES) {
    it(label, () => {
      expect(responseDeadline(catalog, event, occurredAt).toISOString()).toBe(deadline);
      // The same from a Date and from the event record.
      expect(responseDeadline(catalog, getEvent(catalog, event)!, new Date(occurredAt)).toISOString()).toBe(deadline);
    });
  }

  it('is the response time after the occurrence, exactly, whatever the wall clock does', () => {
    for (const { event, occurredAt } of DST_CASES) {
      const span = responseDeadline(catalog, event, occurredAt).getTime() - new Date(occurredAt).getTime();
      expect(span).toBe(getEvent(catalog, event)!.responseMinutes * 60_000);
    }
  });

  it('refuses an unknown event id with a typed error', () => {
    const call = () => responseDeadline(catalog, 'voip-stack-crsh', '2026-03-29T01:30:00+01:00');
    expect(call).toThrow(CatalogQueryError);
    expect(call).toThrow(/"voip-stack-crsh" is not a catalogued event id/);
    try {
      call();
    } catch (error) {
      expect((error as CatalogQueryError).code).toBe('unknown-event');
    }
  });

  for (const value of INVALID_DATES) {
    it(`refuses the date-time ${JSON.stringify(value)} with a typed error, not NaN`, () => {
      try {
        const result = responseDeadline(catalog, 'voip-stack-crash', value);
        expect.unreachable(`accepted, gave ${String(result)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(CatalogQueryError);
        expect((error as CatalogQueryError).code).toBe('invalid-date');
        expect((error as Error).message).toContain(JSON.stringify(value));
      }
    });
  }

  it('refuses an invalid Date object', () => {
    expect(() => responseDeadline(catalog, 'voip-stack-crash', new Date(Number.NaN))).toThrow(CatalogQueryError);
  });

  it('does not share the Date it was given', () => {
    const given = new Date('2026-03-29T00:00:00Z');
    const parsed = toInstant(given);
    parsed.setUTCFullYear(2000);
    expect(given.toISOString()).toBe('2026-03-29T00:00:00.000Z');
  });

  it('accepts fractions of a second, lowercase separators and minutes without seconds', () => {
    expect(toInstant('2026-03-29T01:30:00.250+01:00').toISOString()).toBe('2026-03-29T00:30:00.250Z');
    expect(toInstant('2026-03-29t00:30:00z').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    // RFC 3339 requires the seconds; the payload schema, the simulator and `--now` read the same form.
    expect(() => toInstant('2026-03-29T00:30Z')).toThrow(/RFC 3339/);
    expect(toInstant('0001-01-01T00:00:00Z').toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(() => toInstant('2026-02-30T00:00:00Z')).toThrow(/does not exist/);
    expect(toInstant('2028-02-29T00:00:00Z').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});
