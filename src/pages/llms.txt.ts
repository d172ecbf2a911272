/** `/llms.txt`: the guide, the event pages and the artifacts, for tools that read sites for a language model. */
import type { APIRoute } from 'astro';
import { catalog } from 'virtual:imagicle-care/catalog';
import { llmsTxt } from '../guide/llms-txt.ts';
import { artifactList } from '../components/integration/artifact-list.ts';

export const GET: APIRoute = ({ site }) => {
  const text = llmsTxt({
    catalog,
    site: site ?? new URL('http://127.0.0.1/'),
    artifacts: artifactList(catalog, 'en'),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
