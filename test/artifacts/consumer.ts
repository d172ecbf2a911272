/**
 * A consumer of the published artifacts, as a monitoring component would write it: a plain
 * Node script that imports them and prints its answers as JSON, to compare with the site's.
 * The ids are the logic catalogue's (test/fixtures/logic/catalog.yaml), which the artifacts are built from.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DST_CASES, INVALID_DATES } from './deadline-cases.ts';

const run = promisify(execFile);

/** What a consumer answers, per event id and per deadline case. */
export interface ConsumerAnswers {
  events: Record<string, { event: unknown; covered: boolean }>;
  unknownEvent: unknown;
  deadlines: string[];
  errors: { value: string; name: string; code: string; isQueryError: boolean }[];
  unknownIdError: { name: string; code: string };
}

/**
 * The body of a script that computes the answers. `api` must name `getEvent(id)`,
 * `isCovered(id)`, `responseDeadline(id, at)`, `ids` and `CatalogQueryError` in the script's scope.
 */
export function answersScript(prelude: string): string {
  return `${prelude}
const capture = (fn) => { try { fn(); return { name: 'none', code: 'none' }; } catch (error) { return { name: error.name, code: error.code, isQueryError: error instanceof CatalogQueryError }; } };
const answers = {
  events: Object.fromEntries(ids.map((id) => [id, { event: getEvent(id), covered: isCovered(id) }])),
  unknownEvent: getEvent('voip-gateway-crsh') ?? null,
  deadlines: ${JSON.stringify(DST_CASES.map(({ event, occurredAt }) => [event, occurredAt]))}.map(([id, at]) => responseDeadline(id, at).toISOString()),
  errors: ${JSON.stringify(INVALID_DATES)}.map((value) => ({ value, ...capture(() => responseDeadline('voip-gateway-crash', value)) })),
  unknownIdError: capture(() => responseDeadline('voip-gateway-crsh', '2026-03-29T01:30:00+01:00')),
};
process.stdout.write(JSON.stringify(answers));
`;
}

/** Runs a script file with this project's Node (24, type stripping on) and parses its answers. */
export async function runConsumer(file: string, cwd: string): Promise<ConsumerAnswers> {
  const { stdout } = await run(process.execPath, [file], { cwd });
  return JSON.parse(stdout) as ConsumerAnswers;
}
