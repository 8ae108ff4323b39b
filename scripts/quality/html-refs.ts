/**
 * Reads what a built page points at (href, src, srcset, …) and which ids it offers as fragment
 * targets. Uses html-validate's parser (a direct devDependency), so script and style contents and
 * comments are never mistaken for markup.
 */
import { decodeHTMLAttribute } from 'entities/decode';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

export interface PageRefs {
  /** Every `id` (and legacy `<a name>`) on the page. */
  ids: Set<string>;
  /** Every URL the page references, as written (entities decoded), with where it came from. */
  refs: { url: string; where: string }[];
}

/** Attributes that hold one URL, per element (`*` = any element). */
const URL_ATTRS: [selector: string, attr: string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['use', 'href'],
  ['img', 'src'],
  ['source', 'src'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
];
const SRCSET_ELEMENTS = ['img', 'source'];
/** Link-preview metadata whose `content` is a URL (usually absolute, on SITE_URL). */
const META_URLS = ['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url'];

/** `a.png 1x, b.png 2x` → `['a.png', 'b.png']` (URLs may contain commas, candidates are split by ", "). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,$/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

let parser: Parser | undefined;
async function getParser(): Promise<Parser> {
  if (!parser) parser = new Parser(await new StaticConfigLoader({ root: true, extends: [] }).getConfigFor('inline'));
  return parser;
}

function attr(el: HtmlElement, name: string): string | null {
  const value = el.getAttributeValue(name);
  // html-validate keeps attribute values raw; a browser decodes their character references (`&amp;`, `&#x2F;`, …).
  return value === null ? null : decodeHTMLAttribute(value);
}

export async function readPageRefs(html: string): Promise<PageRefs> {
  const root = (await getParser()).parseHtml(html);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
  }
  for (const el of root.querySelectorAll('a[name]')) {
    const name = attr(el, 'name');
    if (name) ids.add(name);
  }
  const refs: PageRefs['refs'] = [];
  for (const [tag, name] of URL_ATTRS) {
    for (const el of root.querySelectorAll(`${tag}[${name}]`)) {
      const url = attr(el, name);
      if (url !== null) refs.push({ url, where: `<${tag} ${name}> line ${el.location.line}` });
    }
  }
  for (const el of root.querySelectorAll('meta[content]')) {
    const key = attr(el, 'property') ?? attr(el, 'name') ?? '';
    const url = attr(el, 'content');
    if (META_URLS.includes(key) && url !== null) refs.push({ url, where: `<meta ${key}> line ${el.location.line}` });
  }
  for (const tag of SRCSET_ELEMENTS) {
    for (const el of root.querySelectorAll(`${tag}[srcset]`)) {
      for (const url of srcsetUrls(attr(el, 'srcset') ?? ''))
        refs.push({ url, where: `<${tag} srcset> line ${el.location.line}` });
    }
  }
  return { ids, refs };
}
