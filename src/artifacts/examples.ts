/**
 * The usage examples shown to monitoring engineers (the package README, the integration page),
 * computed from the catalogue with the real code: every id, priority, response time and deadline
 * in them comes from the catalogue, and every result written after `// ` is what the lookups or the
 * simulator answer for it. `test/artifacts/examples.test.ts` runs each sample against the built
 * package and typed module and compares those results.
 */
import { createLookups } from '../catalog/lookups.ts';
import type { Catalog, CatalogEvent, Locale } from '../catalog/model.ts';
import { KEBAB_CASE } from '../catalog/patterns.ts';
import { simulateText } from '../catalog/simulator/simulate.ts';
import { describeCheck } from '../catalog/simulator/simulate-text.ts';
import { toZonedRfc3339 } from '../catalog/time/datetime.ts';
import { INTEGRATION_MESSAGES } from '../i18n/ui/integration.ts';
import { PACKAGE_NAME } from './paths.ts';

/** An occurrence in the night of the spring daylight-saving change in Italy: deadlines are instants. */
export const EXAMPLE_OCCURRED_AT = '2026-03-29T01:30:00+01:00';

/** The time zone whose wall clock the samples write deadlines in (the one whose clocks change that night). */
const EXAMPLE_TIME_ZONE = 'Europe/Rome';

/** The host name in the sample payloads (a reserved example domain). */
const EXAMPLE_HOST = 'ucx-01.example.com';

/** The file name of the sample test file of payloads, as the command line names it. */
export const EXAMPLE_TEST_FILE = 'events.jsonl';

/** A code sample: its text, its language for highlighting, and a file name when it stands for one. */
export interface CodeSample {
  /** The text, as a reader copies it. */
  code: string;
  /** The language, for highlighting. */
  lang: 'sh' | 'js' | 'ts' | 'json' | 'jsonl';
  /** The file name the sample stands for, shown as the block's title. */
  title?: string;
}

/** The samples of the integration page, by the place each takes on it. */
export const SAMPLE_KINDS = [
  'install',
  'payload',
  'consume',
  'types',
  'fetched',
  'simulator',
  'testFile',
  'command',
  'module',
] as const;

/** One sample of the integration page. */
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** Where the samples point to, as published with the site. */
export interface SampleAddresses {
  /** The URL of `catalog.json`. */
  catalogJson: string;
  /** The URL of the npm tarball of this catalogue version. */
  tarball: string;
}

/**
 * A value as a JavaScript literal, so that a result comment reads as code and a test can evaluate
 * it: strings in single quotes, arrays in brackets; booleans, numbers and `undefined` as written.
 */
export function literal(value: unknown): string {
  if (typeof value === 'string') {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  }
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return String(value);
}

/**
 * The event the samples talk about: the first covered one, else the first catalogued one (a
 * catalogue whose events are all deprecated), else none.
 */
export function sampleEvent(catalog: Catalog): CatalogEvent | undefined {
  return createLookups(catalog).coveredEvents()[0] ?? catalog.events[0];
}

/**
 * An id one typo away from `id` (its last vowel dropped, as a hurried hand does) that names no
 * event of the catalogue, for the samples that show what an unknown id gives.
 */
function misspelt(catalog: Catalog, id: string): string {
  const taken = new Set(catalog.events.map((event) => event.id));
  const candidates: string[] = [];
  for (let i = id.length - 1; i >= 0; i--)
    if ('aeiou'.includes(id[i]!)) candidates.push(id.slice(0, i) + id.slice(i + 1));
  for (let i = id.length - 1; i >= 0; i--) candidates.push(id.slice(0, i) + id.slice(i + 1));
  return candidates.find((candidate) => KEBAB_CASE.test(candidate) && !taken.has(candidate)) ?? `${id}-typo`;
}

/** An id that names no event of the catalogue, for a catalogue without events. */
function unknownId(catalog: Catalog): string {
  return misspelt(catalog, 'example-event');
}

/** The lines for a catalogue without events: the list of covered events, empty. */
function noEvents(catalog: Catalog, from: string): string {
  return `import { coveredEvents } from '${from}';

coveredEvents(); // ${literal(createLookups(catalog).coveredEvents())}`;
}

/** The main entry's example (the package README): lookups on the sample event's id. */
export function packageExample(catalog: Catalog): string {
  return lookupLines(catalog, PACKAGE_NAME, false);
}

/** Lookups on a literal id, as the package README and `catalog.ts` show them; `typed` names it an `EventId`. */
function lookupLines(catalog: Catalog, from: string, typed: boolean): string {
  const event = sampleEvent(catalog);
  if (!event) return noEvents(catalog, from);
  const lookups = createLookups(catalog);
  const id = literal(event.id);
  const deadline = lookups.responseDeadline(event.id, EXAMPLE_OCCURRED_AT).toISOString();
  const subject = typed ? 'id' : id;
  const head = typed
    ? `import { getEvent, isCovered, responseDeadline, type EventId } from '${from}';\n\nconst id: EventId = ${id};`
    : `import { getEvent, isCovered, responseDeadline } from '${from}';\n`;
  return `${head}
isCovered(${subject}); // ${literal(lookups.isCovered(event.id))}
getEvent(${subject}).priority; // ${literal(event.priority)}
responseDeadline(${subject}, '${EXAMPLE_OCCURRED_AT}').toISOString(); // ${literal(deadline)}`;
}

/** Installing the package: the tarball published with the guide, or a range from the registry. */
function installSample(catalog: Catalog, locale: Locale, addresses: SampleAddresses): CodeSample {
  const t = INTEGRATION_MESSAGES[locale];
  const major = catalog.version.split('.')[0];
  return {
    lang: 'sh',
    code: `# ${t.installTarball}\nnpm install ${addresses.tarball}\n# ${t.installRegistry}\nnpm install ${PACKAGE_NAME}@^${major}.0.0`,
  };
}

/** A payload as a monitoring component sends it, about the sample event. */
function payloadOf(catalog: Catalog): { event: string; occurredAt: string; host: string } {
  return {
    event: sampleEvent(catalog)?.id ?? unknownId(catalog),
    occurredAt: EXAMPLE_OCCURRED_AT,
    host: EXAMPLE_HOST,
  };
}

/** The payload of an event, in the format of `event.schema.json`. */
function payloadSample(catalog: Catalog): CodeSample {
  const payload = { ...payloadOf(catalog), details: { component: 'ucx-monitor', attempt: 1 } };
  return { lang: 'json', code: JSON.stringify(payload, null, 2) };
}

/** Consuming a payload with the main entry: covered? which priority, response time, deadline. */
function consumeSample(catalog: Catalog): CodeSample {
  const event = sampleEvent(catalog);
  if (!event) return { lang: 'js', code: noEvents(catalog, PACKAGE_NAME) };
  const lookups = createLookups(catalog);
  const payload = payloadOf(catalog);
  const typo = misspelt(catalog, event.id);
  const deadline = lookups.responseDeadline(event, payload.occurredAt).toISOString();
  return {
    lang: 'js',
    code: `import { getEvent, isCovered, responseDeadline } from '${PACKAGE_NAME}';

const payload = {
  event: ${literal(payload.event)},
  occurredAt: ${literal(payload.occurredAt)},
  host: ${literal(payload.host)},
};

isCovered(payload.event); // ${literal(lookups.isCovered(event.id))}
const event = getEvent(payload.event);
event.priority; // ${literal(event.priority)}
event.responseTime; // ${literal(event.responseTime)}
responseDeadline(event, payload.occurredAt).toISOString(); // ${literal(deadline)}

isCovered(${literal(typo)}); // ${literal(lookups.isCovered(typo))}
getEvent(${literal(typo)}); // ${literal(lookups.getEvent(typo))}`,
  };
}

/** The `EventId` union in TypeScript: a misspelt id does not compile (`@ts-expect-error` says so, checked). */
function typesSample(catalog: Catalog): CodeSample {
  const event = sampleEvent(catalog);
  if (!event) return { lang: 'ts', code: noEvents(catalog, PACKAGE_NAME) };
  const typo = misspelt(catalog, event.id);
  return {
    lang: 'ts',
    code: `import { getEvent, isEventId, type EventId } from '${PACKAGE_NAME}';

const id: EventId = ${literal(event.id)};
getEvent(id).priority; // ${literal(event.priority)}

// @ts-expect-error
const typo: EventId = ${literal(typo)};
isEventId(typo); // ${literal(createLookups(catalog).getEvent(typo) !== undefined)}`,
  };
}

/** The same lookups over `catalog.json` fetched at run time (`createLookups`). */
function fetchedSample(catalog: Catalog, addresses: SampleAddresses): CodeSample {
  const event = sampleEvent(catalog);
  const lookups = createLookups(catalog);
  const fetch = `import { createLookups } from '${PACKAGE_NAME}';

const response = await fetch(${literal(addresses.catalogJson)});
const catalog = await response.json();
catalog.version; // ${literal(catalog.version)}
const lookups = createLookups(catalog);
`;
  if (!event) return { lang: 'js', code: `${fetch}lookups.coveredEvents(); // ${literal(lookups.coveredEvents())}` };
  const id = literal(event.id);
  return {
    lang: 'js',
    code: `${fetch}lookups.isCovered(${id}); // ${literal(lookups.isCovered(event.id))}
lookups.getEvent(${id}).priority; // ${literal(event.priority)}
lookups.responseDeadline(${id}, '${EXAMPLE_OCCURRED_AT}').toISOString(); // ${literal(
      lookups.responseDeadline(event, EXAMPLE_OCCURRED_AT).toISOString(),
    )}`,
  };
}

/**
 * The payloads of the simulator's samples, each with what it expects: the sample event with what
 * the catalogue says of it (so it passes), and a misspelt id expected to be covered (so it fails).
 */
function simulatedPayloads(catalog: Catalog): Record<string, unknown>[] {
  const event = sampleEvent(catalog);
  const lookups = createLookups(catalog);
  const first = payloadOf(catalog);
  const expectation =
    event && lookups.isCovered(event.id)
      ? {
          covered: true,
          priority: event.priority,
          responseTime: event.responseTime,
          deadline: toZonedRfc3339(lookups.responseDeadline(event, first.occurredAt), EXAMPLE_TIME_ZONE),
        }
      : { covered: false };
  return [
    { event: first.event, occurredAt: first.occurredAt, expect: expectation },
    { event: misspelt(catalog, first.event), occurredAt: first.occurredAt, expect: { covered: true } },
  ];
}

/**
 * The payloads the simulator page's "example" button fills in: the sample event on the night the
 * clocks change, with everything the catalogue says of it; one event of each other priority level
 * (the first covered one), with its level; and a misspelt id, expected not to be covered. Each
 * expectation is what the catalogue answers, so the example passes whatever the catalogue holds.
 */
export function simulatorPageExample(catalog: Catalog): Record<string, unknown>[] {
  const [first, typo] = simulatedPayloads(catalog);
  const sample = sampleEvent(catalog);
  const lookups = createLookups(catalog);
  const others = catalog.priorities
    .filter((priority) => priority.id !== sample?.priority)
    .flatMap((priority) => lookups.coveredEvents().find((event) => event.priority === priority.id) ?? [])
    .slice(0, 2)
    .map((event, index) => ({
      event: event.id,
      // Shortly before the change, an hour apart: deadlines on both sides of it.
      occurredAt: index === 0 ? '2026-03-29T00:15:00+01:00' : '2026-03-28T23:50:00+01:00',
      expect: { priority: event.priority },
    }));
  return [
    { ...first!, host: EXAMPLE_HOST, details: { component: 'ucx-monitor', attempt: 1 } },
    ...others,
    { ...typo!, expect: { covered: false } },
  ];
}

/** The simulator subpath: a batch of payloads with expectations, and a failed check in the page's language. */
function simulatorSample(catalog: Catalog, locale: Locale): CodeSample {
  const payloads = simulatedPayloads(catalog);
  const simulation = simulateText(catalog, JSON.stringify(payloads));
  const failed = simulation.results[1]!;
  const payloadLines = payloads
    .map((payload) => {
      const line = `  ${jsObject(payload)},`;
      // Prettier's width: a longer payload gets one field a line, as a formatted file would have it.
      if (line.length <= 100) return line;
      const fields = Object.entries(payload).map(([key, value]) => `    ${key}: ${jsObject(value)},`);
      return ['  {', ...fields, '  },'].join('\n');
    })
    .join('\n');
  return {
    lang: 'js',
    code: `import { catalog } from '${PACKAGE_NAME}';
import { describeCheck, simulateText } from '${PACKAGE_NAME}/simulator';

const payloads = [
${payloadLines}
];
const simulation = simulateText(catalog, JSON.stringify(payloads));
simulation.summary.passed; // ${literal(simulation.summary.passed)}
simulation.summary.failed; // ${literal(simulation.summary.failed)}
simulation.results[1].suggestions; // ${literal(failed.suggestions)}
describeCheck(simulation.results[1].checks[0], '${locale}'); // ${literal(describeCheck(failed.checks[0]!, locale))}`,
  };
}

/** An object as JavaScript source on one line, keys unquoted (they are identifiers). */
function jsObject(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return `{ ${Object.entries(value)
      .map(([key, item]) => `${key}: ${jsObject(item)}`)
      .join(', ')} }`;
  }
  return literal(value);
}

/** A test file of payloads with their expectations, one JSON object a line, as the command reads it. */
function testFileSample(catalog: Catalog): CodeSample {
  // The misspelt id is expected not to be covered here, so that the whole file passes.
  const [first, misspeltId] = simulatedPayloads(catalog);
  const typo = { ...misspeltId, expect: { covered: false } };
  return {
    lang: 'jsonl',
    title: EXAMPLE_TEST_FILE,
    code: [first, typo].map((payload) => JSON.stringify(payload)).join('\n'),
  };
}

/** The package's command over the test file, in a monitoring team's CI (exit 1 on a FAIL). */
function commandSample(locale: Locale): CodeSample {
  return {
    lang: 'sh',
    code: `npx ${PACKAGE_NAME} simulate ${EXAMPLE_TEST_FILE} --tz ${EXAMPLE_TIME_ZONE} --lang ${locale}`,
  };
}

/** `catalog.ts` copied into a project: the same lookups, typed, without a dependency. */
function moduleSample(catalog: Catalog): CodeSample {
  return {
    lang: 'ts',
    code: lookupLines(catalog, './catalog.ts', true),
  };
}

/** A sample of the integration page, in the page's language, from the catalogue it documents. */
export function integrationSample(
  kind: SampleKind,
  catalog: Catalog,
  locale: Locale,
  addresses: SampleAddresses,
): CodeSample {
  switch (kind) {
    case 'install':
      return installSample(catalog, locale, addresses);
    case 'payload':
      return payloadSample(catalog);
    case 'consume':
      return consumeSample(catalog);
    case 'types':
      return typesSample(catalog);
    case 'fetched':
      return fetchedSample(catalog, addresses);
    case 'simulator':
      return simulatorSample(catalog, locale);
    case 'testFile':
      return testFileSample(catalog);
    case 'command':
      return commandSample(locale);
    case 'module':
      return moduleSample(catalog);
  }
}
