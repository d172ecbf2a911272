/**
 * The order of catalogue versions, apart from the validator: the changelog pages need it, and
 * importing it from the rules would bundle the whole schema (and zod) into every page's build.
 */
// One function of semver, not its index: the index loads all 47 of its modules (20 ms of every build).
import compare from 'semver/functions/compare.js';

/** Orders two semantic versions as SemVer 2.0.0 does (pre-releases before their release, build metadata ignored). */
export function compareVersions(a: string, b: string): number {
  return compare(a, b);
}
