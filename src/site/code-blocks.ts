/**
 * An Expressive Code plugin that makes Starlight's code blocks valid HTML (W3C Nu Html Checker),
 * keeping their copy button, syntax colours and the strict CSP: Expressive Code 0.44 renders each
 * line as a `<div>` inside `<code>` and a `<div>` inside the copy `<button>` (both only allow
 * phrasing content), writes its colours as `--0:#…` custom properties (a name the checker's CSS
 * parser refuses unless escaped) and joins the copied lines with U+007F (a forbidden code point).
 * See https://github.com/expressive-code/expressive-code/issues/423.
 */
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import path from 'node:path';
import { localesConfig } from '../i18n/locales.ts';

/** The part of a hast node the plugin reads and rewrites. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Escapes a custom property name that starts with a digit (`--0bg` → `--\30 bg`): the same
 * property for browsers, a valid identifier for CSS parsers that refuse a digit after `--`.
 */
export function escapeCustomProperties(style: string): string {
  return style.replace(/(^|;)\s*--(\d)/g, (_, start: string, digit: string) => `${start}--\\3${digit} `);
}

/** Rewrites a rendered block in place; `inPhrasing` is true below a `<code>` or `<button>`. */
export function makeValid(node: HastNode, inPhrasing = false): void {
  if (node.type === 'element') {
    if (inPhrasing && node.tagName === 'div') node.tagName = 'span';
    const properties = node.properties ?? {};
    if (typeof properties['style'] === 'string') properties['style'] = escapeCustomProperties(properties['style']);
    // The copy script turns U+007F back into line breaks; a literal line break needs no turning.
    if (typeof properties['dataCode'] === 'string')
      properties['dataCode'] = properties['dataCode'].replace(/\u007f/g, '\n');
  }
  const below = inPhrasing || node.tagName === 'code' || node.tagName === 'button';
  for (const child of node.children ?? []) makeValid(child, below);
}

/**
 * The language of a code block's copy button and terminal title, from its page's address or its
 * content file: Starlight looks for `src/content/docs/`, which this project keeps in `content/docs/`.
 */
export function codeBlockLocale({ file }: { file: { path: string; url?: URL | undefined } }): string {
  const route =
    file.url && file.url.protocol !== 'file:'
      ? file.url.pathname.slice(1)
      : path.relative(path.resolve('content/docs'), file.path).split(path.sep).join('/');
  const [first = ''] = route.split('/');
  const locale = Object.entries(localesConfig).find(([key]) => key === first && key !== 'root');
  return (locale ?? ['root', localesConfig.root])[1].lang;
}

/** The plugin, for `ec.config.mjs`. */
export function validCodeBlocks(): ExpressiveCodePlugin {
  return {
    name: 'valid-code-blocks',
    // Expressive Code styles the copy button's hover layer as `button div`; it is now a `span`.
    baseStyles: `
      .copy button span {
        position: absolute;
        inset: 0;
        border-radius: inherit;
        background: var(--ec-frm-inlBtnBg);
        opacity: var(--ec-frm-inlBtnBgIdleOpa);
        transition-property: inherit;
        transition-duration: inherit;
        transition-timing-function: inherit;
      }
      .copy button:hover span,
      .copy button:focus:focus-visible span {
        opacity: var(--ec-frm-inlBtnBgHoverOrFocusOpa);
      }
      .copy button:active span {
        opacity: var(--ec-frm-inlBtnBgActOpa);
      }
    `,
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => makeValid(renderData.blockAst as HastNode),
    },
  };
}
