// @ts-check
// Expressive Code (Starlight's code blocks). Its plugins live here rather than in astro.config.mjs
// because the <Code> component (integration page) can only read options from this file.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { codeBlockLocale, validCodeBlocks } from './src/site/code-blocks.ts';

export default defineEcConfig({
  plugins: [validCodeBlocks()],
  getBlockLocale: codeBlockLocale,
  // Long lines wrap instead of scrolling sideways: readable at 320 px, and no scrollable region
  // that keyboard users would have to reach.
  defaultProps: { wrap: true },
  // The integration page's samples are coloured by Shiki's JavaScript engine with grammars compiled
  // to JavaScript regular expressions ahead of time (@shikijs/langs-precompiled): no WebAssembly
  // regex engine to compile and no grammar to convert on every build, the same colours. The shell
  // grammar stays Shiki's own: its precompiled version leaves arguments and comments uncoloured.
  shiki: {
    engine: 'javascript',
    langs: [
      () => import('@shikijs/langs-precompiled/typescript'),
      () => import('@shikijs/langs-precompiled/json'),
      () => import('@shikijs/langs-precompiled/jsonl'),
    ],
  },
});
