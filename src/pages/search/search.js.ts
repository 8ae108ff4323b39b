/**
 * Serves the search page's script (`_client.js`, plain JavaScript) as `<base>search/search.js`: a file
 * of this site, so the Content-Security-Policy needs no inline script, and not bundled by Vite, so its
 * dynamic import of Pagefind (which exists only after the build) is left alone.
 */
import client from './_client.js?raw';

export function GET(): Response {
  return new Response(client, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
