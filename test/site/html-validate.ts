/**
 * html-validate settings for the built site: the standard preset (the HTML standard's rules,
 * without style preferences), with no exception: Starlight's and Expressive Code's markup is made
 * valid by `src/site/markup-fixes.ts` and `src/site/code-blocks.ts`.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

/** The configuration every built page is validated with. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:standard'],
};

/** A validator with the site's configuration. */
export function siteValidator(): HtmlValidate {
  return new HtmlValidate(HTML_VALIDATE_CONFIG);
}
