// Page metadata, most trusted first: JSON-LD (NewsArticle and kin), OpenGraph and article:*
// meta, schema.org microdata, <time>. The visible byline and dateline come later, from the blocks.
import { decodeHTML } from 'entities';
import type { Document, Element } from './dom.js';
import { attr, isElement, textOf, MAX_DEPTH } from './dom.js';
import { parseWrittenDate, parseByline } from './byline.js';

export interface PageMetadata {
  title: string | null;
  /** The page's <h1> texts, for choosing a title the page shows. */
  h1: string[];
  published: string | null;
  authors: string[];
  site: string | null;
  lang: string | null;
  /** The JSON-LD articleBody, for pages whose visible text is drawn by scripts. */
  body: string | null;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blog/i;
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article.published', 'date',
  'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.date', 'dcterms.created', 'dcterms.issued', 'sailthru.date',
  'parsely-pub-date', 'citation_publication_date', 'article_date_original', 'original-publish-date', 'og:published_time',
  'release_date', 'date.available', 'displaydate', 'dateposted', 'dc.date.published', 'article:modified_time',
];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'citation_author', 'og:article:author'];

/** YYYY-MM-DD from an ISO-like timestamp or a written date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = v.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/) ?? v.match(/^(\d{4})(\d{2})(\d{2})(?:T|$)/);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > 1900) return `${iso[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return null;
  }
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = Number(v.length === 10 ? Number(v) * 1000 : v);
    return new Date(ms).toISOString().slice(0, 10);
  }
  return parseWrittenDate(v.slice(0, 200));
}

type Json = unknown;

function jsonLdArticles(scripts: string[]): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  const visit = (x: Json, depth: number) => {
    if (depth > 8 || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach((y) => visit(y, depth + 1));
    const o = x as Record<string, Json>;
    const type = ([] as Json[]).concat(o['@type'] ?? []).join(' ');
    if (ARTICLE_TYPE.test(type) && (o.headline || o.datePublished)) found.push(o);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (o[key]) visit(o[key], depth + 1);
  };
  for (const s of scripts) {
    try {
      visit(JSON.parse(s.replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      // A broken JSON-LD block is common; the other sources still speak.
    }
  }
  return found;
}

function names(x: Json): string[] {
  if (!x) return [];
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(names);
  if (typeof x === 'object') {
    const n = (x as Record<string, Json>).name;
    return typeof n === 'string' ? [n] : Array.isArray(n) ? n.filter((s): s is string => typeof s === 'string') : [];
  }
  return [];
}

const cleanText = (s: string) => s.replace(/\s+/g, ' ').trim();

export function cleanAuthors(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    const t = cleanText(r);
    if (!t || /^https?:|[@/]|\d{3}/.test(t) || t.length > 80) continue;
    const byline = parseByline(t);
    for (const n of byline ?? [t]) if (!out.includes(n)) out.push(n);
  }
  return out;
}

function str(x: Json): string | null {
  if (typeof x === 'string') return x;
  if (Array.isArray(x) && typeof x[0] === 'string') return x[0];
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = new Map<string, string>();
  const scripts: string[] = [];
  const h1: string[] = [];
  const times: string[] = [];
  const itemDates: string[] = [];
  const itemAuthors: string[] = [];
  let titleTag: string | null = null;
  let lang: string | null = null;
  const walk = (el: Element, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const name = el.name;
    if (name === 'html') lang = attr(el, 'lang') || null;
    else if (name === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
      const content = attr(el, 'content');
      if (key && content && !meta.has(key)) meta.set(key, content);
    } else if (name === 'script') {
      if (/ld\+json/i.test(attr(el, 'type'))) scripts.push(textOf(el));
      return;
    } else if (name === 'title') titleTag ??= textOf(el);
    else if (name === 'h1') h1.push(textOf(el));
    else if (name === 'time') times.push(attr(el, 'datetime'));
    const prop = attr(el, 'itemprop').toLowerCase();
    if (prop === 'datepublished') itemDates.push(attr(el, 'content') || attr(el, 'datetime') || textOf(el));
    else if (prop === 'author' || prop === 'creator') itemAuthors.push(attr(el, 'content') || textOf(el).split('\n')[0]);
    if (name === 'style') return;
    for (const c of el.children) if (isElement(c)) walk(c, depth + 1);
  };
  for (const c of doc.children) if (isElement(c)) walk(c, 0);

  const ld = jsonLdArticles(scripts);
  const ldFirst = (key: string) => ld.map((o) => str(o[key])).find(Boolean) ?? null;
  const metaFirst = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v && v.trim()) ?? null;

  const published =
    normaliseDate(ldFirst('datePublished')) ??
    normaliseDate(metaFirst(PUBLISHED_META)) ??
    itemDates.map(normaliseDate).find(Boolean) ??
    times.map(normaliseDate).find(Boolean) ??
    normaliseDate(ldFirst('dateCreated'));

  const ldAuthors = cleanAuthors(ld.flatMap((o) => names(o.author ?? o.creator)));
  const metaAuthors = cleanAuthors(AUTHOR_META.map((k) => meta.get(k) ?? '').filter(Boolean).flatMap((a) => a.split(/\s*[,;]\s*/)));
  const authors = ldAuthors.length ? ldAuthors : metaAuthors.length ? metaAuthors : cleanAuthors(itemAuthors);

  const headline = ldFirst('headline');
  const site = meta.get('og:site_name') ?? names(ld.map((o) => o.publisher))[0] ?? null;
  // JSON-LD is written by templates that often leave HTML entities in its strings.
  const plain = (ds: (string | null | undefined)[]) => ds.filter((d): d is string => !!d).map((d) => cleanText(decodeHTML(d)));
  const declared = plain([meta.get('og:title'), meta.get('twitter:title'), headline]);
  const chosen = agreedTitle(h1.map(cleanText), declared) ??
    (headline ? cleanText(decodeHTML(headline)) : chooseTitle(h1.map(cleanText).filter(Boolean), [meta.get('og:title'), meta.get('twitter:title'), titleTag]));
  const bare = (t: string) => (site ? withoutSiteName(t, cleanText(site)) : t);
  const title = chosen && declaredSpelling(bare(chosen), plain([headline, meta.get('og:title'), meta.get('twitter:title')]).map(bare));
  const body = ldFirst('articleBody');
  return { title, h1, published, authors, site: site ? cleanText(site) : null, lang, body: body ? decodeHTML(body) : null };
}

/** "Headline - Site.de" → "Headline", when the tail is the site's name. */
function withoutSiteName(title: string, site: string): string {
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s*[|–—:ㅣ-]\\s*${escaped}\\s*$`, 'iu'), '');
  return stripped.length >= 10 ? stripped : title;
}

const WORD = /[\p{L}\p{N}]+/gu;

const words = (s: string) => (s.toLowerCase().match(WORD) ?? []).join(' ');

/**
 * The first declared title (JSON-LD headline, og:title, twitter:title) with the same words as the
 * chosen one: the title as the site typed it, where the <h1> may dress it in typographic quotes
 * or punctuation of its own.
 */
function declaredSpelling(chosen: string, declared: string[]): string {
  const key = words(chosen);
  return declared.find((d) => words(d) === key) ?? chosen;
}

/** Share of a's words found in b. */
function overlap(a: string, b: string): number {
  const wa = a.toLowerCase().match(WORD) ?? [];
  const wb = new Set(b.toLowerCase().match(WORD) ?? []);
  return wa.length ? wa.filter((w) => wb.has(w)).length / wa.length : 0;
}

/** A kicker ahead of a headline: "Kicker: ", "Kicker | ", "Kicker – ", "Kicker - ". */
const KICKER = /^.+?\s*(?:[:|–—]|\s-)\s+$/u;

/** Whether `long` is `short` behind a kicker. */
function kickerOf(long: string, short: string): boolean {
  return long.length > short.length && long.endsWith(short) && KICKER.test(long.slice(0, -short.length));
}

/**
 * The title the page's own candidates agree on: a declared title (og:title, twitter:title, the
 * JSON-LD headline) that another candidate shows behind a kicker; else the visible <h1> when a
 * declared title says the same. Null when they disagree, and the order of trust decides.
 */
function agreedTitle(h1: string[], declared: string[]): string | null {
  const all = [...h1, ...declared];
  const bare = declared.find((d) => (d.match(WORD)?.length ?? 0) >= 3 && all.some((x) => kickerOf(x, d)));
  return bare ?? h1.find((h) => h.length >= 10 && declared.includes(h)) ?? sharedHeadline(h1, declared);
}

/** The headline that the <h1> and a declared title both show, each behind a kicker of its own. */
function sharedHeadline(h1: string[], declared: string[]): string | null {
  for (const h of h1) {
    for (const d of declared) {
      let n = 0;
      while (n < h.length && n < d.length && h[h.length - 1 - n] === d[d.length - 1 - n]) n++;
      const tail = h.slice(h.length - n).replace(/^\S*\s+/u, '').trim();
      const shared = h.endsWith(' ' + tail) ? tail : '';
      const kickers = [h, d].map((t) => words(t.slice(0, t.length - shared.length)));
      if ((shared.match(WORD)?.length ?? 0) >= 3 && kickers[0] !== kickers[1] && kickerOf(h, shared) && kickerOf(d, shared)) return shared;
    }
  }
  return null;
}

/**
 * The headline the page shows (its <h1>) when it is about what the metadata titles say (site
 * logos in <h1> are not); else the first metadata title, without a <title>'s site suffix.
 */
function chooseTitle(h1: string[], candidates: (string | null | undefined)[]): string | null {
  const metaTitles = candidates.filter((c): c is string => !!c && !!c.trim()).map(cleanText);
  const shown = h1.find((h) => h.length >= 10 && h.length <= 300 && (!metaTitles.length || metaTitles.some((m) => overlap(h, m) >= 0.3)));
  if (shown) return shown.replace(/\n/g, ' ');
  const first = metaTitles[0];
  if (!first) return h1[0] ?? null;
  const onlyTitleTag = !candidates.slice(0, -1).some((c) => c && c.trim());
  return onlyTitleTag ? first.replace(/\s+[|–—-]\s+[^|–—-]+$/u, '') : first;
}
