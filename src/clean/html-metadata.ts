// Page metadata, most trusted first: JSON-LD (NewsArticle and kin), OpenGraph and article:*
// meta, schema.org microdata, <time>. The visible byline and dateline come later, from the blocks.
import { decodeHTML } from 'entities';
import type { Document, Element } from './dom.js';
import { attr, isElement, textOf, MAX_DEPTH } from './dom.js';
import { parseWrittenDate, parseByline, parseAuthorList } from './byline.js';
import { escapeRegExp } from '../core/regex.js';
import { furnitureMatcher, normaliseLine } from './furniture.js';
import { CLEAN } from './config.js';

export interface PageMetadata {
  title: string | null;
  /** The title and the other wordings the page declares for it (og:title, the JSON-LD headline). */
  titles: string[];
  /** The page's <h1> texts (breadcrumb trails left out), for choosing a title the page shows. */
  h1: string[];
  published: string | null;
  authors: string[];
  site: string | null;
  lang: string | null;
  /** The JSON-LD articleBody, for pages whose visible text is drawn by scripts. */
  body: string | null;
}

/** Types of the page's main item; a fact-check page's is a ClaimReview. */
const ARTICLE_TYPE = /article|posting|report|newsarticle|blog|claimreview/i;
const PUBLISHED_META = [
  'article:published_time', 'article:published:time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished',
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

/** The JSON-LD items of a page, and its named nodes by @id (the people an article's author points to). */
interface JsonLd {
  /** Its articles; else the WebPage nodes that carry a date or a headline, as sites with no article type declare theirs. */
  articles: Record<string, Json>[];
  named: Map<string, string>;
}

function readJsonLd(scripts: string[]): JsonLd {
  const found: Record<string, Json>[] = [];
  const named = new Map<string, string>();
  const pages: Record<string, Json>[] = [];
  const visit = (x: Json, depth: number) => {
    if (depth > 8 || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach((y) => visit(y, depth + 1));
    const o = x as Record<string, Json>;
    if (typeof o['@id'] === 'string' && typeof o.name === 'string') named.set(o['@id'], o.name);
    const type = ([] as Json[]).concat(o['@type'] ?? []).join(' ');
    if (o.headline || o.datePublished) {
      if (ARTICLE_TYPE.test(type)) found.push(o);
      else if (/^webpage$/i.test(type)) pages.push(o);
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (o[key]) visit(o[key], depth + 1);
  };
  for (const s of scripts) {
    try {
      visit(JSON.parse(s.replace(/^\s*<!--|-->\s*$/g, '')), 0);
    } catch {
      // A broken JSON-LD block is common; the other sources still speak.
    }
  }
  return { articles: found.length ? found : pages, named };
}

/** The names a JSON-LD value gives: strings, the `name` of objects, or the name a bare `{"@id"}` reference points to. */
function names(x: Json, named?: Map<string, string>): string[] {
  if (!x) return [];
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap((y) => names(y, named));
  if (typeof x === 'object') {
    const o = x as Record<string, Json>;
    const n = o.name ?? (typeof o['@id'] === 'string' ? named?.get(o['@id']) : undefined);
    return typeof n === 'string' ? [n] : Array.isArray(n) ? n.filter((s): s is string => typeof s === 'string') : [];
  }
  return [];
}

const cleanText = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A newsroom's initials after a name: "Jane Doe (jd)". */
const INITIALS = /\s*\(\p{Ll}{2,4}\.?\)$/u;
/** An author's id in a URL or a CMS: "jane-doe". */
const SLUG = /^\p{Ll}{2,}(?:-\p{Ll}{2,})+$/u;

/** "jane-doe" → "Jane Doe". */
const unslug = (s: string) => s.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');

export function cleanAuthors(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    const t = cleanText(r).replace(INITIALS, '');
    if (!t || /^https?:|[@/]|\d{3}/.test(t) || t.length > 80) continue;
    const names = parseByline(t) ?? parseAuthorList(t) ?? [SLUG.test(t) ? unslug(t) : t];
    for (const n of names) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** Where SEO plugins put a labelled value under its label: "twitter:misc:Written by". */
const MISC = 'twitter:misc:';
let authorLabels: Set<string> | null = null;

/**
 * The author that SEO plugins state as a labelled pair, "twitter:label1" = "Written by" and
 * "twitter:data1" = the name (or "twitter:misc:Written by" = the name), when the label is a
 * byline cue of a language pack.
 */
function labelledAuthors(meta: Map<string, string>): string[] {
  const cues = (authorLabels ??= new Set(furnitureMatcher().bylineCues.map(normaliseLine)));
  const out: string[] = [];
  for (const [key, value] of meta) {
    const n = key.match(/^twitter:label(\d)$/)?.[1];
    const label = n ? value : key.startsWith(MISC) ? key.slice(MISC.length) : null;
    const name = n ? meta.get(`twitter:data${n}`) : value;
    if (label && name && cues.has(normaliseLine(label))) out.push(name);
  }
  return out;
}

function str(x: Json): string | null {
  if (typeof x === 'string') return x;
  if (Array.isArray(x) && typeof x[0] === 'string') return x[0];
  return null;
}

/** Where an element sits: in a breadcrumb trail or a menu, in the header block of a page or article. */
interface Within {
  trail: boolean;
  header: boolean;
}

const TRAIL = /crumb/i;
/** A header block by its tag, or by its class ("article-header", "ContentHead", "articlehead"). */
const HEADER = /head/i;

function withinOf(el: Element, w: Within): Within {
  if (w.trail && w.header) return w;
  const trail = w.trail || el.name === 'nav' || TRAIL.test(attr(el, 'class'));
  const header = w.header || el.name === 'header' || el.name === 'hgroup' || HEADER.test(attr(el, 'class'));
  return trail === w.trail && header === w.header ? w : { trail, header };
}

/** A heading the page shows: its text, and its parts when it has several (a kicker, the headline). */
interface Heading {
  text: string;
  parts: string[];
}

function headingOf(el: Element): Heading {
  const parts = el.children.filter(isElement).map((c) => cleanText(textOf(c))).filter(Boolean);
  return { text: cleanText(textOf(el)), parts: parts.length > 1 ? parts : [] };
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = new Map<string, string>();
  const scripts: string[] = [];
  const h1: string[] = [];
  const times: string[] = [];
  const itemDates: string[] = [];
  const itemAuthors: string[] = [];
  let titleTag: string | null = null;
  let namedHeadline: string | null = null;
  let lang: string | null = null;
  const headings: Heading[] = [];
  const walk = (el: Element, depth: number, within: Within) => {
    if (depth > MAX_DEPTH) return;
    const name = el.name;
    if (name === 'html') lang = attr(el, 'lang') || null;
    else if (name === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
      const content = attr(el, 'content');
      if (key && content && !meta.has(key)) meta.set(key, content);
      if (attr(el, 'name').toLowerCase() === 'headline') namedHeadline ??= content || null;
    } else if (name === 'script') {
      if (/ld\+json/i.test(attr(el, 'type'))) scripts.push(textOf(el));
      return;
    } else if (name === 'title') titleTag ??= textOf(el);
    else if ((name === 'h1' || (name === 'h2' && within.header)) && !within.trail) {
      // A breadcrumb's <h1> is there for search engines; the article header's <h2> is the one shown.
      if (name === 'h1') h1.push(textOf(el));
      headings.push(headingOf(el));
    }
    else if (name === 'time') times.push(attr(el, 'datetime'));
    const prop = attr(el, 'itemprop').toLowerCase();
    if (prop === 'datepublished') itemDates.push(attr(el, 'content') || attr(el, 'datetime') || textOf(el));
    else if (prop === 'author' || prop === 'creator') itemAuthors.push(attr(el, 'content') || textOf(el).split('\n')[0]);
    if (name === 'style') return;
    const inner = withinOf(el, within);
    for (const c of el.children) if (isElement(c)) walk(c, depth + 1, inner);
  };
  for (const c of doc.children) if (isElement(c)) walk(c, 0, { trail: false, header: false });

  const { articles: ld, named } = readJsonLd(scripts);
  const ldFirst = (key: string) => ld.map((o) => str(o[key])).find(Boolean) ?? null;
  const metaFirst = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v && v.trim()) ?? null;

  const published =
    normaliseDate(ldFirst('datePublished')) ??
    normaliseDate(metaFirst(PUBLISHED_META)) ??
    itemDates.map(normaliseDate).find(Boolean) ??
    times.map(normaliseDate).find(Boolean) ??
    normaliseDate(ldFirst('dateCreated'));

  const ldAuthors = cleanAuthors(ld.flatMap((o) => names(o.author ?? o.creator, named)));
  const metaAuthors = cleanAuthors(AUTHOR_META.map((k) => meta.get(k) ?? '').filter(Boolean).flatMap((a) => a.split(/\s*[,;]\s*/)));
  const authors = [ldAuthors, metaAuthors, cleanAuthors(labelledAuthors(meta))].find((a) => a.length) ?? cleanAuthors(itemAuthors);

  // A <meta name="headline"> states it too; microdata's itemprop="headline" may sit on a secondary heading.
  const headline = ldFirst('headline') ?? namedHeadline;
  const site = meta.get('og:site_name') ?? names(ld.map((o) => o.publisher))[0] ?? null;
  // JSON-LD is written by templates that often leave HTML entities in its strings.
  const plain = (ds: (string | null | undefined)[]) => ds.filter((d): d is string => !!d).map((d) => cleanText(decodeHTML(d)));
  const declared = plain([meta.get('og:title'), meta.get('twitter:title'), headline]);
  const shownH1 = h1.map(cleanText).filter(Boolean);
  const ogAndHeadline = plain([meta.get('og:title'), headline]);
  const chosen = trimmedTitle(ogAndHeadline) ?? agreedTitle(shownH1, declared) ?? shownTitle(headings, ogAndHeadline) ??
    (headline ? cleanText(decodeHTML(headline)) : chooseTitle(shownH1, [meta.get('og:title'), meta.get('twitter:title')], titleTag));
  const bare = (t: string) => (site ? withoutSiteName(t, cleanText(site)) : t);
  const title = chosen && declaredSpelling(bare(chosen), plain([headline, meta.get('og:title'), meta.get('twitter:title')]).map(bare));
  const body = ldFirst('articleBody');
  return { title, titles: title ? [title, ...ogAndHeadline] : ogAndHeadline, h1, published, authors, site: site ? cleanText(site) : null, lang, body: body ? decodeHTML(body) : null };
}

/** What sets a site's name or a section apart from the headline in a title. */
const SEPARATOR = '[|–—:ㅣ-]';
/** A separator and what follows it, after a headline. */
const DECORATION = new RegExp(`^\\s*${SEPARATOR}\\s+\\S`, 'u');

/** "Headline - Site.de" → "Headline", when the tail is the site's name. */
function withoutSiteName(title: string, site: string): string {
  const escaped = escapeRegExp(site);
  const stripped = title.replace(new RegExp(`\\s*${SEPARATOR}\\s*${escaped}\\s*$`, 'iu'), '');
  return stripped.length >= 10 ? stripped : title;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A text's words in lower case. */
const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];
const words = (s: string) => wordsOf(s).join(' ');

/**
 * The first declared title (JSON-LD headline, og:title, twitter:title) with the same words as the
 * chosen one: the title as the site typed it, where the <h1> may dress it in typographic quotes
 * or punctuation of its own.
 */
function declaredSpelling(chosen: string, declared: string[]): string {
  if (declared.includes(chosen)) return chosen;
  const key = words(chosen);
  return declared.find((d) => words(d) === key) ?? chosen;
}

/** Share of a's words found in b. */
function overlap(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = new Set(wordsOf(b));
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
 * JSON-LD headline) that another candidate shows behind a kicker; else the headline that the <h1>
 * and a declared title share. Null when they disagree, and the order of trust decides.
 */
function agreedTitle(h1: string[], declared: string[]): string | null {
  const all = [...h1, ...declared];
  const bare = declared.find((d) => (d.match(WORD)?.length ?? 0) >= 3 && all.some((x) => kickerOf(x, d)));
  return bare ?? sharedHeadline(h1, declared);
}

/** A text's words as spaces part them, lower case, without the punctuation at their ends: "kochbuch.de" is one. */
const spacedWords = (s: string): string[] =>
  s.toLowerCase().split(' ').map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

/**
 * Of og:title and the JSON-LD headline, the one the other repeats with words added inside or after it
 * (a site's name, an elaboration for search engines or social cards); words added before it are a
 * kicker, for agreedTitle to weigh. Not when one may have been cut short: either ends in an ellipsis
 * or is longer than search engines show.
 */
function trimmedTitle(declared: string[]): string | null {
  if (declared.length !== 2 || declared.some((d) => d.length > CLEAN.html.untruncatedTitleMaxChars || /(…|\.\.\.)$/u.test(d))) return null;
  const [a, b] = declared.map(spacedWords);
  const shorter = a.length < b.length ? 0 : 1;
  const [short, long] = shorter === 0 ? [a, b] : [b, a];
  if (short.length < 3 || short.length === long.length) return null;
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  let tail = 0;
  while (tail < short.length - head && short[short.length - 1 - tail] === long[long.length - 1 - tail]) tail++;
  return head > 0 && head + tail === short.length ? declared[shorter] : null;
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
 * With no JSON-LD headline: og:title (else twitter:title), or the <h1> that shows it without what
 * follows a separator (the site's name, a section); with neither, the <h1> that is about what the
 * <title> says (site logos in <h1> are not), else the <title> without its site suffix.
 */
function chooseTitle(h1: string[], social: (string | undefined)[], titleTag: string | null): string | null {
  const declared = social.find((c): c is string => !!c && !!c.trim());
  if (declared) {
    const d = cleanText(declared);
    return h1.find((h) => h.length >= 10 && d.startsWith(h) && DECORATION.test(d.slice(h.length))) ?? d;
  }
  const tag = titleTag ? cleanText(titleTag) : '';
  const shown = h1.find((h) => h.length >= 10 && h.length <= 300 && (!tag || overlap(h, tag) >= 0.3));
  if (shown) return shown.replace(/\n/g, ' ');
  return tag ? tag.replace(/\s+[|–—-]\s+[^|–—-]+$/u, '') : h1[0] ?? null;
}

/** Every quotation mark and apostrophe glyph, straight or curly, single or double. */
const QUOTE = /['"‘’‚‛“”„‟`´]/gu;

const sameButQuotes = (a: string, b: string) => a.replace(QUOTE, "'") === b.replace(QUOTE, "'");

/** Letters and digits only: spans glued without a space, or a kicker's colon, do not matter. */
const letters = (s: string) => wordsOf(s).join('');

/**
 * The declared title (og:title, the JSON-LD headline) that a heading the page shows says: one of
 * its parts first, for the headline beside a kicker is the title and the kicker is not; else its
 * whole text. Null when no heading says one.
 */
function shownTitle(headings: Heading[], declared: string[]): string | null {
  const keys = declared.map(letters);
  const said = (text: string) => {
    const k = letters(text);
    const i = k.length >= 10 ? keys.indexOf(k) : -1;
    if (i < 0) return null;
    // Titles that differ only in their quotation marks' glyphs: the one spelt as the heading.
    return declared.find((d) => d === text && sameButQuotes(d, declared[i])) ?? declared[i];
  };
  for (const h of headings) {
    for (const p of h.parts) {
      const title = said(p);
      if (title) return title;
    }
  }
  for (const h of headings) {
    const title = said(h.text);
    if (title) return title;
  }
  return null;
}
