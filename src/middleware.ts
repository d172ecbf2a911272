/** Astro middleware: every HTML page gets the fixes of `site/markup-fixes.ts` (build and dev). */
import { defineMiddleware } from 'astro:middleware';
import { fixStarlightMarkup } from './site/markup-fixes.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(fixStarlightMarkup(await response.text()), response);
});
