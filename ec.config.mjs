// @ts-check
// Expressive Code (Starlight's code blocks). Its plugins live here rather than in astro.config.mjs
// because the <Code> component (integration page) can only read options from this file.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { codeBlockLocale, validCodeBlocks } from './src/site/code-blocks.ts';
import { codeColours } from './src/site/code-colours.ts';

export default defineEcConfig({
  // The samples are coloured by Prism's grammars with the theme's colours (src/site/code-colours.ts),
  // not by Shiki, whose grammars took the build's thread 0.58 s for the guide's few samples (Prism: 0.18 s).
  shiki: false,
  plugins: [codeColours(), validCodeBlocks()],
  getBlockLocale: codeBlockLocale,
  // Long lines wrap instead of scrolling sideways: readable at 320 px, and no scrollable region
  // that keyboard users would have to reach.
  defaultProps: { wrap: true },
});
