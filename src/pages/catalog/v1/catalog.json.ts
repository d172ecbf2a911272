/** `catalog/v1/catalog.json`: the whole resolved catalogue, both languages, for monitoring components. */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../../catalog/read.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadCatalog(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
