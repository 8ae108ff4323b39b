// @ts-check
/**
 * The only client JavaScript on the site. Served unchanged as `<base>search/search.js` (see `search.js.ts`)
 * and loaded by the search page only. Without it the page still lists every page.
 *
 * It reads `?q=` from the address, loads Pagefind from `../pagefind/pagefind.js` relative to this file (so
 * it works under any base path), and renders the results as links with excerpts. Everything from the index
 * goes into the page as text nodes; only Pagefind's `<mark>` highlighting is kept, rebuilt as elements.
 */

const MAX_RESULTS = 20;

/**
 * Splits a Pagefind excerpt into plain-text pieces, marked or not. Any tag other than `<mark>` is dropped
 * and entities are decoded, so the pieces can be inserted as text without double escaping.
 * @param {string} excerpt
 * @returns {{ text: string, mark: boolean }[]}
 */
export function excerptSegments(excerpt) {
  /** @type {{ text: string, mark: boolean }[]} */
  const out = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(part)) mark = true;
    else if (/^<\/mark/i.test(part)) mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>?/g, ''));
      if (text) out.push({ text, mark });
    }
  }
  return out;
}

/** @param {string} s */
function decodeEntities(s) {
  /** @type {Record<string, string>} */
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code) => {
    const c = String(code);
    if (c[0] === '#') {
      const n = c[1] === 'x' || c[1] === 'X' ? parseInt(c.slice(2), 16) : parseInt(c.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return named[c.toLowerCase()] ?? whole;
  });
}

/**
 * A result URL is used only if it is a path on this site (no scheme, no other host).
 * @param {unknown} url
 * @returns {url is string}
 */
export function isSitePath(url) {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');
}

/**
 * @param {Document} doc
 * @param {{ url: string, title: string, excerpt: string }} hit
 */
function resultItem(doc, hit) {
  const li = doc.createElement('li');
  const a = doc.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  const p = doc.createElement('p');
  for (const s of excerptSegments(hit.excerpt)) {
    if (s.mark) {
      const m = doc.createElement('mark');
      m.textContent = s.text;
      p.append(m);
    } else p.append(s.text);
  }
  li.append(a, p);
  return li;
}

/** Runs the search for `?q=` and fills the results section. */
async function start() {
  const section = document.getElementById('search-results');
  const list = document.getElementById('search-results-list');
  const status = document.getElementById('search-status');
  const input = /** @type {HTMLInputElement | null} */ (document.querySelector('form[role="search"] input[name="q"]'));
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  // `?story=<title>` narrows the search to one story's pages (their `story` Pagefind filter).
  const story = params.get('story') ?? '';
  const select = /** @type {HTMLSelectElement | null} */ (
    document.querySelector('form[role="search"] select[name="story"]')
  );
  if (select) select.value = story;
  if (!section || !list || !status || !input || !query) return;
  input.value = query;
  section.hidden = false;
  status.textContent = 'Searching…';
  try {
    const bundle = new URL('../pagefind/', import.meta.url);
    /** @type {any} */
    const pagefind = await import(new URL('pagefind.js', bundle).href);
    // Result URLs are the built pages' paths under the site root: prefix them with the base path.
    await pagefind.options({ baseUrl: new URL('../', import.meta.url).pathname, excerptLength: 24 });
    const search = await pagefind.search(query, story ? { filters: { story } } : {});
    const total = search.results.length;
    /** @type {{ url: unknown, excerpt?: string, meta?: { title?: string } }[]} */
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((/** @type {any} */ r) => r.data()));
    list.replaceChildren(
      ...data
        .filter((d) => isSitePath(d.url))
        .map((d) =>
          resultItem(document, {
            url: /** @type {string} */ (d.url),
            title: d.meta?.title || String(d.url),
            excerpt: d.excerpt ?? '',
          }),
        ),
    );
    status.textContent =
      total === 0
        ? `No results for “${query}”. Every page is listed below.`
        : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > MAX_RESULTS ? `, the first ${MAX_RESULTS} shown` : ''}.`;
  } catch {
    status.textContent = 'Search is not available right now. Every page is listed below.';
  }
}

if (typeof document !== 'undefined') void start();
