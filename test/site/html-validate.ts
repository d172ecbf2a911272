/**
 * html-validate settings for the built site: the recommended preset, minus rules that flag
 * Starlight's own (valid) markup rather than mistakes. Each exception says why.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

/** The configuration every built page is validated with. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Expressive Code (Starlight's code blocks) renders each line as a <div> inside <code>, and
      // an empty <div> icon inside its copy <button>; browsers and screen readers handle both.
      code: { permittedContent: ['@phrasing', 'div'] },
      button: { permittedContent: ['@phrasing', 'div'] },
    },
  ],
  rules: {
    // Expressive Code's copy button is named by its `title` ("Copia"/"Copy"), which this rule
    // ignores; accessible names are checked by axe-core in the browser tests, which counts it.
    'text-content': 'off',
    // Starlight writes `<meta ... />`; both spellings are valid HTML, this is a style preference.
    'void-style': 'off',
    // Starlight's search and menu buttons sit outside any form, where the type changes nothing.
    'no-implicit-button-type': 'off',
    // Starlight (search dialog) and Expressive Code set `style` attributes; valid HTML, and the
    // CSP allows style attributes (style-src-attr) while keeping scripts strict.
    'no-inline-style': 'off',
    // HTML allows any id without spaces; Starlight's page-top target is `_top`.
    'valid-id': ['error', { relaxed: true }],
    // Page titles are event titles from the catalogue plus the site name; length is SEO advice.
    'long-title': 'off',
    // Starlight renders the table of contents twice (phone and desktop) with the same label;
    // only one of the two is displayed at a time.
    'unique-landmark': 'off',
  },
};

/** A validator with the site's configuration. */
export function siteValidator(): HtmlValidate {
  return new HtmlValidate(HTML_VALIDATE_CONFIG);
}
