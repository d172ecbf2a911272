/** The lookups and the response deadline of `query.ts`, on the logic catalogue (test/fixtures/logic/catalog.yaml). */
import { describe, expect, it } from 'vitest';
import {
  CatalogQueryError,
  computeResponseDeadline as responseDeadline,
  coversEvent as isCovered,
  listCoveredEvents as coveredEvents,
  listEventsInCategory as eventsInCategory,
  lookupApplication as getApplication,
  lookupCategory as getCategory,
  lookupEvent as getEvent,
  lookupPriority as getPriority,
  toInstant,
} from '../../src/catalog/lookups.ts';
import { DST_CASES, INVALID_DATES } from '../artifacts/deadline-cases.ts';
import { logicCatalog } from '../support/logic-catalog.ts';

const catalog = logicCatalog();

describe('lookups', () => {
  it('finds an event with its derived fields', () => {
    const event = getEvent(catalog, 'voip-gateway-crash');
    expect(event?.priority).toBe('P1');
    expect(event?.responseTime).toBe('PT30M');
    expect(event?.responseMinutes).toBe(30);
    expect(event?.sectionPath).toEqual(['degradation']);
    expect(getEvent(catalog, 'disk-space-low')?.responseMinutes).toBe(24 * 60);
    expect(getEvent(catalog, 'recording-channels-full')?.sectionPath).toEqual(['saturation', 'capacity']);
  });

  it('answers undefined for an unknown id, never a near match', () => {
    expect(getEvent(catalog, 'voip-gateway-crsh')).toBeUndefined();
    expect(getEvent(catalog, 'VOIP-GATEWAY-CRASH')).toBeUndefined();
    expect(getEvent(catalog, '')).toBeUndefined();
  });

  it('counts a deprecated event as catalogued but not covered', () => {
    expect(isCovered(catalog, 'voip-gateway-crash')).toBe(true);
    expect(isCovered(catalog, 'webex-user-sync-legacy')).toBe(false);
    expect(getEvent(catalog, 'webex-user-sync-legacy')?.deprecated?.replacedBy).toBe('webex-user-sync-stalled');
    expect(isCovered(catalog, 'no-such-event')).toBe(false);
    // Every event but the one deprecated.
    expect(coveredEvents(catalog).map(({ id }) => id)).toEqual(
      catalog.events.map(({ id }) => id).filter((id) => id !== 'webex-user-sync-legacy'),
    );
  });

  it('finds priorities, sections and applications', () => {
    expect(getPriority(catalog, 'P3')?.responseMinutes).toBe(240);
    expect(getPriority(catalog, 'P4')?.responseMinutes).toBe(1440);
    expect(getPriority(catalog, 'P9')).toBeUndefined();
    expect(getCategory(catalog, 'capacity')?.number).toBe('3.1');
    expect(getCategory(catalog, 'cloud')?.number).toBe('3.2');
    expect(getApplication(catalog, 'call-recording')?.name).toBe('Call Recording');
    expect(eventsInCategory(catalog, 'capacity').map(({ id }) => id)).toEqual([
      'recording-channels-full',
      'attendant-licenses-full',
    ]);
    expect(eventsInCategory(catalog, 'saturation').map(({ id }) => id)).not.toContain('recording-channels-full');
    expect(eventsInCategory(catalog, 'no-such-section')).toEqual([]);
  });

  it("gives each caller its own list of a section's events (the index behind it stays as it was)", () => {
    eventsInCategory(catalog, 'capacity').reverse().pop();
    expect(eventsInCategory(catalog, 'capacity').map(({ id }) => id)).toEqual([
      'recording-channels-full',
      'attendant-licenses-full',
    ]);
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
    const call = () => responseDeadline(catalog, 'voip-gateway-crsh', '2026-03-29T01:30:00+01:00');
    expect(call).toThrow(CatalogQueryError);
    expect(call).toThrow(/"voip-gateway-crsh" is not a catalogued event id/);
    try {
      call();
    } catch (error) {
      expect((error as CatalogQueryError).code).toBe('unknown-event');
    }
  });

  for (const value of INVALID_DATES) {
    it(`refuses the date-time ${JSON.stringify(value)} with a typed error, not NaN`, () => {
      try {
        const result = responseDeadline(catalog, 'voip-gateway-crash', value);
        expect.unreachable(`accepted, gave ${String(result)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(CatalogQueryError);
        expect((error as CatalogQueryError).code).toBe('invalid-date');
        expect((error as Error).message).toContain(JSON.stringify(value));
      }
    });
  }

  it('refuses an invalid Date object', () => {
    expect(() => responseDeadline(catalog, 'voip-gateway-crash', new Date(Number.NaN))).toThrow(CatalogQueryError);
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
