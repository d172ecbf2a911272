/**
 * A Content-Security-Policy delivered by `<meta>` governs only what the parser meets after it,
 * and Astro writes its CSP `<meta>` where the head's bundled assets go, after Starlight's head
 * entries and inline scripts. The page middleware (`src/middleware.ts`) moves it to the top of
 * `<head>` on every page as it is rendered, right after `<meta charset>` (which the HTML standard
 * wants within the first 1024 bytes, and which cannot carry content), so that nothing in the page
 * precedes the policy.
 */

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
const HEAD_START = /<head\b[^>]*>(\s*<meta charset="[^"]*"\s*\/?>)?/i;

/** The page with its CSP `<meta>` moved to the top of `<head>`; unchanged when it has none. */
export function moveCspMetaFirst(html: string): string {
  const csp = CSP_META.exec(html);
  if (!csp) return html;
  const rest = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const head = HEAD_START.exec(rest);
  if (!head) return html;
  const at = head.index + head[0].length;
  return rest.slice(0, at) + csp[0] + rest.slice(at);
}
