/**
 * The `simulate` command (Node only): the simulator on the command line, for a monitoring team's
 * test file of payloads with `expect`, as `npm run simulate -- FILE` in this project and
 * `npx @imagicle/care-catalog simulate FILE` from the package. Prints one line per payload, the
 * located input errors as `file:line:col: error …`, the triage queue and a summary.
 * Exit 0 all expectations pass, 1 any FAIL, 2 unreadable or invalid input, or bad usage.
 */
import { readFileSync } from 'node:fs';
import { isTimeZone, timeLeft, toZonedRfc3339 } from '../time/datetime.ts';
import { formatResponseTime } from '../time/duration.ts';
import { countValues, formatCount, interpolate } from '../messages/define.ts';
import { simulatorMessages } from '../messages/simulator.ts';
import type { Catalog, Locale } from '../model.ts';
import { lookupPriority } from '../lookups.ts';
import { simulateText, type CaseResult } from '../simulator/simulate.ts';
import { describeCheck, describeIssueReason, describeIssueSubject } from '../simulator/simulate-text.ts';
import { parseCommandLine, requestedLocale } from './args.ts';
import { commandMessages, messageLocale, readFailureReason } from '../messages/command.ts';
import { priorityLabel } from '../labels.ts';
import { readInstant } from '../time/instant.ts';
import path from 'node:path';

/** The options after the command's name, as its usage line shows them. */
const OPTIONS = 'FILE [--tz Europe/Rome] [--now 2026-03-29T10:00:00+02:00] [--lang en|it] [--format text|json]';

/** A path as messages show it: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** One line about a simulated payload: verdict, index, id, and what the catalogue makes of it. */
function caseLine(catalog: Catalog, result: CaseResult, locale: Locale, timeZone: string, now?: Date): string {
  const m = simulatorMessages[locale];
  const verdict = result.verdict === 'none' ? '    ' : result.verdict.toUpperCase();
  const head = `${verdict} [${result.index}] ${result.payload.event}`;
  if (result.covered && result.event && result.deadline) {
    const priority = lookupPriority(catalog, result.event.priority);
    const parts = [
      m.covered,
      priority ? priorityLabel(priority, locale) : result.event.priority,
      `${m.fieldResponseTime} ${formatResponseTime(result.event.responseTime, locale)}`,
      `${m.fieldDeadline} ${toZonedRfc3339(result.deadline, timeZone)}`,
    ];
    if (now) {
      const left = timeLeft(result.deadline, now, locale);
      parts.push(interpolate(left.overdue ? m.overdue : m.timeLeft, { span: left.span }));
    }
    return `${head}: ${parts.join(', ')}`;
  }
  const parts = [m.notCovered];
  if (result.outcome === 'deprecated' && result.event?.deprecated) {
    parts.push(
      interpolate(m.deprecated, {
        since: result.event.deprecated.since,
        reason: result.event.deprecated.reason[locale],
      }),
    );
    if (result.replacement) parts.push(`${m.replacedBy} ${result.replacement}`);
  } else {
    parts.push(interpolate(m.unknownId, { id: result.payload.event }));
    parts.push(result.suggestions.length ? `${m.suggestions} ${result.suggestions.join(', ')}` : m.noSuggestions);
  }
  return `${head}: ${parts.join(' — ')}`;
}

/** What the command needs besides its arguments. */
export interface SimulateCommandContext {
  /** How the command is invoked, for the usage line (`npm run simulate --`). */
  invocation: string;
  /** The catalogue to simulate against; a string is the reason it could not be loaded. */
  loadCatalog: () => Catalog | string;
}

/** Runs the command with its arguments; returns the exit code. */
export function runSimulateCommand(argv: string[], context: SimulateCommandContext): number {
  try {
    return simulateCommand(argv, context);
  } catch (error) {
    // A bug of ours, not of the input: say so in one line rather than a stack trace.
    const t = commandMessages[requestedLocale(argv)];
    console.error(interpolate(t.unexpectedFailure, { message: (error as Error).message }));
    return 2;
  }
}

function simulateCommand(argv: string[], context: SimulateCommandContext): number {
  const fallback = messageLocale();
  const asked = requestedLocale(argv, fallback);
  const t = commandMessages[asked];
  const USAGE = interpolate(t.usage, { invocation: context.invocation, options: OPTIONS });
  const parsed = parseCommandLine(
    argv,
    {
      tz: { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().timeZone },
      now: { type: 'string' },
      lang: { type: 'string', default: fallback },
      format: { type: 'string', default: 'text' },
    },
    USAGE,
    asked,
  );
  if (!parsed.ok) return parsed.exitCode;
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  const locale = values.lang;
  const nowReading = values.now === undefined ? undefined : readInstant(values.now);
  const now = nowReading && 'instant' in nowReading ? nowReading.instant : undefined;
  const problem =
    file === undefined
      ? t.noTestFile
      : extra.length > 0
        ? interpolate(t.oneTestFile, { count: positionals.length })
        : !isTimeZone(values.tz)
          ? interpolate(t.unknownTimeZone, { zone: values.tz })
          : values.format !== 'text' && values.format !== 'json'
            ? interpolate(t.unknownFormat, { format: values.format, formats: 'text, json' })
            : nowReading && !now
              ? interpolate(t.badNow, { value: values.now ?? '' })
              : undefined;
  if (problem || file === undefined) {
    // `problem` is undefined here only when `file` is (the test on `file` narrows it for TypeScript).
    console.error(`${problem ?? t.noTestFile}\n${USAGE}`);
    return 2;
  }
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(interpolate(t.cannotReadTestFile, { file: shown, reason: readFailureReason(error, locale) }));
    return 2;
  }
  const catalog = context.loadCatalog();
  if (typeof catalog === 'string') {
    console.error(catalog);
    return 2;
  }
  const simulation = simulateText(catalog, text.replace(/^\uFEFF/, ''));
  const { summary } = simulation;
  if (values.format === 'json') {
    console.log(
      JSON.stringify(
        {
          file: shown,
          catalogVersion: catalog.version,
          timeZone: values.tz,
          summary,
          counts: simulation.counts,
          issues: simulation.issues.map((issue) => ({
            ...issue,
            message: `${describeIssueSubject(issue, locale)}: ${describeIssueReason(issue, locale)}`.replace(/^: /, ''),
          })),
          results: simulation.results.map((result) => ({
            index: result.index,
            line: result.line,
            event: result.payload.event,
            outcome: result.outcome,
            covered: result.covered,
            priority: result.covered ? result.event?.priority : undefined,
            responseTime: result.covered ? result.event?.responseTime : undefined,
            deadline: result.deadline ? toZonedRfc3339(result.deadline, values.tz) : undefined,
            replacement: result.replacement,
            suggestions: result.suggestions,
            verdict: result.verdict,
            checks: result.checks,
          })),
          queue: simulation.queue.map((result) => result.index),
        },
        null,
        2,
      ),
    );
  } else {
    const m = simulatorMessages[locale];
    for (const issue of simulation.issues) {
      const subject = describeIssueSubject(issue, locale);
      console.log(
        `${shown}:${issue.line}:${issue.column}: error ${subject ? `${subject}: ` : ''}${describeIssueReason(issue, locale)}`,
      );
    }
    for (const result of simulation.results) {
      console.log(caseLine(catalog, result, locale, values.tz, now));
      for (const check of result.checks) if (!check.pass) console.log(`       ${describeCheck(check, locale)}`);
    }
    if (simulation.queue.length > 0) {
      console.log(`\n${m.queueHeading} (${values.tz}):`);
      for (const result of simulation.queue) {
        console.log(
          `  ${toZonedRfc3339(result.deadline ?? new Date(0), values.tz)}  ${result.event?.priority ?? ''}  [${result.index}] ${result.payload.event}`,
        );
      }
    }
    const counts = Object.entries(simulation.counts)
      .map(([id, count]) => `${id} ${formatCount(locale, count)}`)
      .join(', ');
    const summaryCounts = countValues(locale, { ...summary });
    console.log(`\n${interpolate(m.summary, summaryCounts)} ${m.byPriority}: ${counts}.`);
    if (summary.expected > 0) console.log(interpolate(m.summaryExpect, summaryCounts));
  }
  if (simulation.issues.length > 0) return 2;
  return summary.failed > 0 ? 1 : 0;
}
