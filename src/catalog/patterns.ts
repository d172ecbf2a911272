/** Formats shared by the source schema, the payload schema and the runtime helpers. */

/** Stable identifiers: lowercase words separated by single hyphens. */
export const KEBAB_CASE: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Priority identifiers: `P` followed by the level, `P1` being the most urgent. */
export const PRIORITY_ID: RegExp = /^P[1-9]$/;
/** Semantic version without a leading `v` (https://semver.org). */
export const SEMVER: RegExp =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/**
 * ISO 8601 durations of exact length: days, hours, minutes, seconds (`PT1H`, `PT30M`, `P1D`).
 * Years, months and weeks are left out on purpose: a response time is an exact span of time.
 */
export const EXACT_DURATION: RegExp = /^P(?!$)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;
