/**
 * Addresses outside this site that the guide links to, kept in one place as configuration.
 * `IMAGICLECARE_GUIDE_URL` (environment, at build time) sets the ImagicleCare guide the seed's
 * definitions refer to ("guida di ImagicleCare", "guida dedicata"); without it the links go to
 * Imagicle's website, the one address the seed document states.
 */

/** Imagicle's website as the seed's company block gives it. */
const IMAGICLE_WEBSITE = 'https://www.imagicle.com/';

/** Reads an absolute http(s) address from the environment, or stops the build saying which variable is wrong. */
function configuredUrl(name: string, fallback: string): string {
  const value = process.env[name]?.trim();
  if (!value) return fallback;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`${name} must be an absolute http(s) address, got "${value}"`);
  }
  return url.href;
}

/** The ImagicleCare guide (all ImagicleCare services), linked from the definitions and the event pages. */
export const IMAGICLECARE_GUIDE_URL = configuredUrl('IMAGICLECARE_GUIDE_URL', IMAGICLE_WEBSITE);
