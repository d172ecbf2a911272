/**
 * The npm package's `@imagicle/care-catalog/simulator` subpath: what a monitoring team needs to
 * test its component against the catalogue. Simulate a file of payloads (JSON, an array, or one
 * object a line) with their `expect`ations, word the results in Italian or English, and render
 * the customer's notification from the shipped templates. The same code the simulator page runs.
 */
export {
  checkExpectation,
  compareTriage,
  simulateText,
  EXPECT_KEY,
  type CaseOutcome,
  type CaseResult,
  type ExpectationCheck,
  type InputIssue,
  type InputIssueCode,
  type Simulation,
  type SimulationSummary,
} from './simulate.ts';
export { describeCheck, describeIssue, describeIssueReason, describeIssueSubject } from './simulate-text.ts';
export { renderNotification, sectionTitle, type Notification, type NotificationInput } from './notification.ts';
export { NOTIFICATION_NAMESPACE, NOTIFICATION_TEMPLATES } from './notification-templates.ts';
export type { EventPayload, PayloadExpectation } from './payload.ts';
