/**
 * The payload a monitoring component sends about an event, defined once: the simulator
 * validates pasted payloads with it, and `event.schema.json` is generated from it.
 * Uses `zod/mini` so that the browser bundle stays small.
 */
import * as z from 'zod/mini';
import { EXACT_DURATION, KEBAB_CASE, PRIORITY_ID } from '../patterns.ts';
import { RFC3339_DATE_TIME } from '../time/instant.ts';

/** One event as a monitoring component reports it. */
export interface EventPayload {
  /** Catalogue id of the event, e.g. `voip-stack-crash`. */
  event: string;
  /** When the event occurred: RFC 3339 with an offset. */
  occurredAt: string;
  /** Host name of the Imagicle UCX Suite node that raised the event. */
  host?: string | undefined;
  /** Free-form details from the monitoring component; shown as text, never as HTML. */
  details?: Record<string, unknown> | undefined;
}

/**
 * What a test file expects the catalogue to make of a payload, next to its fields as `expect`;
 * the simulator and `npm run simulate` report PASS or FAIL for each field given.
 */
export interface PayloadExpectation {
  /** Whether Proactive Support covers the event (catalogued and not deprecated). */
  covered?: boolean | undefined;
  /** The priority level, e.g. `P1`. */
  priority?: string | undefined;
  /** The response time as an ISO 8601 duration, e.g. `PT1H` (`PT60M` is the same). */
  responseTime?: string | undefined;
  /** The instant by which Imagicle responds, RFC 3339 with an offset (compared as an instant). */
  deadline?: string | undefined;
}

/**
 * The schema of `EventPayload` (event.schema.json is generated from it).
 * @internal zod stays out of the package's declarations.
 */
export const EventPayload: z.ZodMiniType<EventPayload> = z
  .strictObject({
    /** Catalogue id of the event, e.g. `voip-stack-crash`. */
    event: z
      .string()
      .check(
        z.regex(KEBAB_CASE),
        z.describe('Catalogue id of the event (events[].id of catalog.json), e.g. voip-stack-crash.'),
      ),
    /** When the event occurred: RFC 3339 with an offset. */
    occurredAt: z.string().check(
      z.regex(RFC3339_DATE_TIME),
      z.meta({
        format: 'date-time',
        description: 'When the event occurred: RFC 3339 date-time with an offset, e.g. 2026-03-29T10:00:00+02:00.',
      }),
    ),
    /** Host name of the Imagicle UCX Suite node that raised the event. */
    host: z.optional(
      z
        .string()
        .check(
          z.minLength(1),
          z.maxLength(253),
          z.describe('Host name of the Imagicle UCX Suite node that raised the event, e.g. ucx-01.example.com.'),
        ),
    ),
    /** Free-form details from the monitoring component; shown as text, never as HTML. */
    details: z.optional(
      z
        .record(z.string(), z.unknown())
        .check(z.describe('Free-form details from the monitoring component; shown as text, never as HTML.')),
    ),
  })
  .register(z.globalRegistry, {
    title: 'ImagicleCare monitoring event',
    description: 'An event that a monitoring component reports about an Imagicle UCX Suite installation.',
    examples: [
      {
        event: 'voip-stack-crash',
        occurredAt: '2026-11-25T10:00:00+01:00',
        host: 'ucx-01.example.com',
        details: { process: 'ImagicleVoIP', exitCode: -1 },
      },
    ],
  });

/**
 * The schema of `PayloadExpectation`.
 * @internal zod stays out of the package's declarations.
 */
export const PayloadExpectation: z.ZodMiniType<PayloadExpectation> = z
  .strictObject({
    /** Whether Proactive Support covers the event (catalogued and not deprecated). */
    covered: z.optional(z.boolean()),
    /** The priority level, e.g. `P1`. */
    priority: z.optional(z.string().check(z.regex(PRIORITY_ID))),
    /** The response time as an ISO 8601 duration, e.g. `PT1H` (`PT60M` is the same). */
    responseTime: z.optional(z.string().check(z.regex(EXACT_DURATION))),
    /** The instant by which Imagicle responds, RFC 3339 with an offset (compared as an instant). */
    deadline: z.optional(z.string().check(z.regex(RFC3339_DATE_TIME))),
  })
  .register(z.globalRegistry, {
    title: 'Expected outcome',
    description: 'The outcome a test file expects for the payload it sits in; every field is optional.',
  });
