/**
 * Response deadlines around the Europe/Rome daylight-saving changes of 2026, worked out by hand
 * from the logic catalogue (test/fixtures/logic/catalog.yaml: P1 30 minutes, P2 2 hours, P3 4 hours,
 * P4 one day): a deadline is an instant (occurrence plus the response time, a day being 24 hours),
 * so on the night clocks move the wall-clock gap differs from the response time. Shared by the
 * query, typed-module and package tests.
 */

/** One case: an event, when it occurred, and the expected deadline as a UTC instant. */
export interface DeadlineCase {
  label: string;
  event: string;
  occurredAt: string;
  deadline: string;
}

/** Spring forward: 2026-03-29 02:00 CET → 03:00 CEST. Fall back: 2026-10-25 03:00 CEST → 02:00 CET. */
export const DST_CASES: readonly DeadlineCase[] = [
  {
    label: 'P1 (30 min) 30 minutes before clocks spring forward: 03:00 CEST on the wall, 30 minutes later',
    event: 'voip-gateway-crash',
    occurredAt: '2026-03-29T01:30:00+01:00',
    deadline: '2026-03-29T01:00:00.000Z',
  },
  {
    label: 'P4 (1 day) across the spring change: 24 hours, 01:00 CEST the next day on the wall, not midnight',
    event: 'disk-space-low',
    occurredAt: '2026-03-29T00:00:00+01:00',
    deadline: '2026-03-29T23:00:00.000Z',
  },
  {
    label: 'P3 (4 h) in the first 02:30 of the autumn night (CEST)',
    event: 'disk-nearly-full',
    occurredAt: '2026-10-25T02:30:00+02:00',
    deadline: '2026-10-25T04:30:00.000Z',
  },
  {
    label: 'P3 (4 h) in the second 02:30 of the autumn night (CET), one hour after the first',
    event: 'disk-nearly-full',
    occurredAt: '2026-10-25T02:30:00+01:00',
    deadline: '2026-10-25T05:30:00.000Z',
  },
  {
    label: 'P1 (30 min) 30 minutes before clocks fall back: 02:00 CET on the wall, before the 02:30 it occurred at',
    event: 'attendant-crash',
    occurredAt: '2026-10-25T02:30:00+02:00',
    deadline: '2026-10-25T01:00:00.000Z',
  },
  {
    label: 'P2 (2 h) given in UTC',
    event: 'webex-presence-lost',
    occurredAt: '2026-10-25T00:15:00Z',
    deadline: '2026-10-25T02:15:00.000Z',
  },
];

/** Date-times a deadline must refuse with `invalid-date`. */
export const INVALID_DATES: readonly string[] = [
  '',
  'yesterday',
  '2026-03-29',
  '2026-03-29T10:00:00',
  '2026-03-29 10:00:00+01:00',
  '2026-03-29T25:30:00+01:00',
  '2026-02-30T10:00:00Z',
  '2026-13-01T00:00:00Z',
  '1774747800000',
];
