/**
 * The simulator's findings and checks as sentences in a locale, shared by the page and
 * `npm run simulate` so that both word them alike. Browser-safe.
 */
import { interpolate } from '../messages/define.ts';
import { simulatorMessages, type SimulatorMessages } from '../messages/simulator.ts';
import type { Locale } from '../model.ts';
import type { ExpectationCheck, InputIssue } from './simulate.ts';

/** A field path as people write it: `occurredAt`, `expect.priority`, `details.items[2]`. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  return path
    .map((part, position) => (typeof part === 'number' ? `[${part}]` : position === 0 ? part : `.${part}`))
    .join('');
}

/** Looks a text up by a computed key, falling back to a generic one rather than showing the key. */
function text(messages: SimulatorMessages, key: string, fallback: keyof SimulatorMessages): string {
  return (messages as Record<string, string>)[key] ?? messages[fallback];
}

/** What is wrong, without where: `invalid JSON: expected "," or "}" after a property value, found "]"`. */
export function describeIssueReason(issue: InputIssue, locale: Locale): string {
  const m = simulatorMessages[locale];
  switch (issue.code) {
    case 'json': {
      const reason = text(m, `syntax.${issue.syntax ?? ''}`, 'format.text');
      const withFound = issue.found
        ? interpolate(m.found, { reason, found: issue.found })
        : interpolate(m.foundEnd, { reason });
      return interpolate(m.issueJson, { reason: withFound });
    }
    case 'bad-format':
      return text(m, `format.${issue.expected ?? 'text'}`, 'format.text');
    case 'wrong-type':
      return interpolate(m['issue.wrong-type'], {
        expected: text(m, `type.${issue.expected ?? 'object'}`, 'type.object'),
      });
    case 'unknown-field':
      return interpolate(m['issue.unknown-field'], { keys: (issue.keys ?? []).join(', ') });
    default:
      return m[`issue.${issue.code}`];
  }
}

/** Which payload and field an issue concerns: `payload [2] · field occurredAt`; `""` for the whole text. */
export function describeIssueSubject(issue: InputIssue, locale: Locale): string {
  const m = simulatorMessages[locale];
  const parts: string[] = [];
  if (issue.index !== undefined) parts.push(interpolate(m.issuePayload, { index: issue.index }));
  if (issue.path.length > 0) parts.push(interpolate(m.issueField, { path: formatFieldPath(issue.path) }));
  return parts.join(' · ');
}

/** A whole issue in one line: `Line 3, column 15 · payload [1] · field occurredAt: invalid date-time: …`. */
export function describeIssue(issue: InputIssue, locale: Locale): string {
  const m = simulatorMessages[locale];
  const where = [interpolate(m.issueLocation, { line: issue.line, column: issue.column })];
  const subject = describeIssueSubject(issue, locale);
  if (subject) where.push(subject);
  return `${where.join(' · ')}: ${describeIssueReason(issue, locale)}`;
}

/** One expectation check: `priority: expected P2, got P1`. */
export function describeCheck(check: ExpectationCheck, locale: Locale): string {
  const m = simulatorMessages[locale];
  return interpolate(m.check, {
    field: check.field,
    expected: check.expected,
    actual: check.actual === '' ? m.none : check.actual,
  });
}
