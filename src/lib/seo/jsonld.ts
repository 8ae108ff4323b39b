/**
 * schema.org structured data as plain objects, for `<SeoHead jsonLd={…}>`. Builders leave out every field
 * they were not given (no empty strings, no guessed values) and take site-relative paths; URLs become absolute
 * only when `SITE_URL` is set (see `urls.ts`).
 */
import { SITE_LANGUAGE } from '../../text/language.ts';
import { bestUrl, SITE_NAME } from './urls.ts';
import type { UrlContext } from './urls.ts';

export type JsonLd = { '@type': string } & Record<string, unknown>;

/** Drops undefined, null, empty-string and empty-array fields. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

/** This site as publisher. */
export function siteOrganization(ctx: UrlContext): JsonLd {
  return { '@type': 'Organization', name: SITE_NAME, url: bestUrl('/', ctx) };
}

export interface AgentInput {
  type: 'Person' | 'Organization';
  name: string;
  /** Site-relative path of the entity's page, e.g. `/people/vyacheslav-volodin/`. */
  path?: string | undefined;
}

function agent(a: AgentInput, ctx: UrlContext): JsonLd {
  return compact({ '@type': a.type, name: a.name, url: a.path ? bestUrl(a.path, ctx) : undefined });
}

export interface ArticleInput {
  headline: string;
  description: string;
  /** Site-relative path of the page. */
  path: string;
  /** YYYY-MM-DD. */
  datePublished?: string | undefined;
  dateModified?: string | undefined;
  /** Site-relative path of the social image. */
  image?: string | undefined;
  /** Who wrote it: the original publisher for a source article; this site for editors' pages (the default). */
  author?: AgentInput | undefined;
  /** Where the text comes from (the source article's address), when known. */
  isBasedOn?: string | undefined;
  /** Entities the page is about (results of `person()`, `place()`…). */
  about?: JsonLd[] | undefined;
  /** `NewsArticle` for the source article, `Article` for background pages. */
  type?: 'NewsArticle' | 'Article';
  /** The text's language; the site's when not given, left out when null (unknown). */
  inLanguage?: string | null | undefined;
}

export function newsArticle(a: ArticleInput, ctx: UrlContext): JsonLd {
  return compact({
    '@type': a.type ?? 'NewsArticle',
    headline: a.headline,
    description: a.description,
    url: bestUrl(a.path, ctx),
    mainEntityOfPage: bestUrl(a.path, ctx),
    datePublished: a.datePublished,
    dateModified: a.dateModified ?? a.datePublished,
    image: a.image ? bestUrl(a.image, ctx) : undefined,
    author: a.author ? agent(a.author, ctx) : siteOrganization(ctx),
    publisher: siteOrganization(ctx),
    isBasedOn: a.isBasedOn,
    about: a.about,
    inLanguage: a.inLanguage === undefined ? SITE_LANGUAGE : a.inLanguage,
  });
}

export interface EntityInput {
  name: string;
  path: string;
  /** Other spellings (`aliases` in the entry). */
  alternateNames?: readonly string[] | undefined;
  /** Role or sourced background, one or two sentences. */
  description?: string | undefined;
}

export function person(p: EntityInput, ctx: UrlContext): JsonLd {
  return compact({
    '@type': 'Person',
    name: p.name,
    alternateName: p.alternateNames?.slice(),
    description: p.description,
    url: bestUrl(p.path, ctx),
  });
}

export function organization(o: EntityInput, ctx: UrlContext): JsonLd {
  return compact({
    '@type': 'Organization',
    name: o.name,
    alternateName: o.alternateNames?.slice(),
    description: o.description,
    url: bestUrl(o.path, ctx),
  });
}

export interface PlaceInput extends EntityInput {
  coordinates?: { lat: number; lon: number; approximate: boolean } | undefined;
}

/** A Place; with coordinates it gets `geo`, and an approximate point says so in the coordinates' description. */
export function place(p: PlaceInput, ctx: UrlContext): JsonLd {
  const c = p.coordinates;
  return compact({
    '@type': 'Place',
    name: p.name,
    alternateName: p.alternateNames?.slice(),
    description: p.description,
    url: bestUrl(p.path, ctx),
    geo: c
      ? compact({
          '@type': 'GeoCoordinates',
          latitude: c.lat,
          longitude: c.lon,
          description: c.approximate ? 'Approximate location' : undefined,
        })
      : undefined,
  });
}

export interface ClaimInput {
  /** The claim in the claimant's words or as reported. */
  text: string;
  claimant: AgentInput;
  /** Where the claim appears: the sentence's link (site-relative, e.g. `/articles/x/#p3s1`) and the article's headline. */
  appearance: { path: string; headline?: string | undefined; datePublished?: string | undefined };
  /** What it is about, e.g. "who brought the plane down". */
  topic?: string | undefined;
  /** The claim's own place on this site, e.g. `/claims/#volodin-shot-down`. */
  path?: string | undefined;
  /** YYYY-MM-DD when the claim was made, if known. */
  datePublished?: string | undefined;
}

/** schema.org `Claim`: who claims it and where it appears. It records a claim; it does not rate it. */
export function claim(c: ClaimInput, ctx: UrlContext): JsonLd {
  const appearance = compact({
    '@type': 'NewsArticle',
    url: bestUrl(c.appearance.path, ctx),
    headline: c.appearance.headline,
    datePublished: c.appearance.datePublished,
  });
  return compact({
    '@type': 'Claim',
    text: c.text,
    author: agent(c.claimant, ctx),
    appearance,
    firstAppearance: appearance,
    about: c.topic ? { '@type': 'Thing', name: c.topic } : undefined,
    url: c.path ? bestUrl(c.path, ctx) : undefined,
    datePublished: c.datePublished,
  });
}

export interface CrumbInput {
  label: string;
  /** Site-relative path; the current page's crumb may have none. */
  href?: string | undefined;
}

/** BreadcrumbList from the page's crumbs; the last crumb links to `currentPath`. */
export function breadcrumbList(crumbs: readonly CrumbInput[], currentPath: string, ctx: UrlContext): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: bestUrl(c.href ?? currentPath, ctx),
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">`: one object, or several under `@graph`, with the
 * schema.org context. `<`, `>` and `&` are written as \u escapes so no string can close the script element
 * (`</script>`) or open a comment; U+2028/2029 are escaped for old parsers. JSON.parse reads it back unchanged.
 */
export function serializeJsonLd(data: object | readonly object[]): string {
  const strip = (o: object) => {
    const { '@context': _, ...rest } = o as Record<string, unknown>;
    return rest;
  };
  const doc = Array.isArray(data)
    ? { '@context': 'https://schema.org', '@graph': data.map(strip) }
    : { '@context': 'https://schema.org', ...strip(data as object) };
  return JSON.stringify(doc)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The home page's list of stories: a schema.org `ItemList` of their hubs, newest first. */
export function storyList(items: readonly { name: string; path: string }[], ctx: UrlContext): JsonLd {
  return {
    '@type': 'ItemList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      url: bestUrl(item.path, ctx),
    })),
  };
}
