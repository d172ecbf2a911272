/**
 * The order of catalogue versions, apart from the validator: the changelog pages need it, and
 * importing it from the rules would bundle the whole schema (and zod) into every page's build.
 */
import semver from 'semver';

/** Orders two semantic versions as SemVer 2.0.0 does (pre-releases before their release, build metadata ignored). */
export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}
