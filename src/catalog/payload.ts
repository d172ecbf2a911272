/**
 * The payload a monitoring component sends about an event, defined once: the simulator
 * validates pasted payloads with it, and `event.schema.json` is generated from it.
 * Uses `zod/mini` so that the browser bundle stays small.
 */
import * as z from 'zod/mini';
import { KEBAB_CASE } from './patterns.ts';

/** RFC 3339 date-time with an explicit offset (`Z` or `±hh:mm`), e.g. `2026-03-29T10:00:00+02:00`. */
export const RFC3339_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** One event as a monitoring component reports it. */
export const EventPayload = z
  .strictObject({
    /** Catalogue id of the event, e.g. `voip-stack-crash`. */
    event: z.string().check(z.regex(KEBAB_CASE)),
    /** When the event occurred: RFC 3339 with an offset. */
    occurredAt: z.string().check(z.regex(RFC3339_WITH_OFFSET)),
    /** Host name of the Imagicle UCX Suite node that raised the event. */
    host: z.optional(z.string().check(z.minLength(1), z.maxLength(253))),
    /** Free-form details from the monitoring component; shown as text, never as HTML. */
    details: z.optional(z.record(z.string(), z.unknown())),
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

/** One event as a monitoring component reports it. */
export type EventPayload = z.infer<typeof EventPayload>;
