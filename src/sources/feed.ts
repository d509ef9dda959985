// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → their items (link, id, date). Feeds lie and break:
// a wrong content type, relative or missing links, dates in any format or none, duplicate items,
// a declared charset other than UTF-8. Each problem drops only the item it touches; a feed that
// does not parse at all is a SITREP_E_FEED error.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { SitrepError } from '../errors.js';

export interface FeedItem {
  /** The item's guid / id, else its link: what "seen" remembers. */
  readonly id: string;
  /** Absolute http(s) URL of the article. */
  readonly link: string;
  readonly title: string | null;
  /** YYYY-MM-DD (UTC) of the item's publication or update date, when it gives a valid one. */
  readonly published: string | null;
}

export interface Feed {
  readonly kind: 'rss' | 'rdf' | 'atom';
  readonly title: string | null;
  readonly items: FeedItem[];
  /** Items dropped, and why (no link, a link that is not http(s)…). */
  readonly skipped: string[];
}

const ROOT = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(rss|feed|(?:[\w-]+:)?RDF)[\s>]/;

/** Whether the bytes are a feed (by their root element, whatever the content type claimed). */
export function isFeed(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  return ROOT.test(head);
}

function decode(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
  const declared = head.match(/^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/)?.[1];
  const encoding = declared && iconv.encodingExists(declared) ? declared : 'utf-8';
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding).replace(/^\uFEFF/, '');
}

const ARRAYS = new Set(['item', 'entry', 'link', 'guid', 'id']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
  processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
});

type Node = Record<string, unknown>;

/** The text of an element (a string, or an object with #text), trimmed; null when empty. */
function text(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (v && typeof v === 'object' && '#text' in v) return text((v as Node)['#text']);
  return null;
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value.trim());
  if (Number.isNaN(t)) return null;
  const day = new Date(t).toISOString().slice(0, 10);
  return day >= '1990-01-01' ? day : null;
}

function absolute(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Atom links: the `alternate` one (or the first without a rel); RSS links are text. */
function linkOf(node: Node): string | null {
  const links = (node.link as unknown[] | undefined) ?? [];
  for (const l of links) {
    if (l && typeof l === 'object' && '@href' in l) {
      const rel = (l as Node)['@rel'];
      if (rel === undefined || rel === 'alternate') return String((l as Node)['@href']);
    } else if (text(l)) {
      return text(l);
    }
  }
  return null;
}

/** Parses a feed; `base` resolves relative links (the feed's own URL). Throws SITREP_E_FEED. */
export function parseFeed(bytes: Uint8Array, base?: string): Feed {
  const xml = decode(bytes);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new SitrepError('SITREP_E_FEED', `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new SitrepError('SITREP_E_FEED', `cannot parse the feed: ${(error as Error).message}`);
  }
  let kind: Feed['kind'];
  let channel: Node;
  let nodes: Node[];
  if (doc.rss && typeof doc.rss === 'object') {
    kind = 'rss';
    channel = ((doc.rss as Node).channel as Node | undefined) ?? {};
    nodes = (channel.item as Node[] | undefined) ?? [];
  } else if (doc.feed && typeof doc.feed === 'object') {
    kind = 'atom';
    channel = doc.feed as Node;
    nodes = (channel.entry as Node[] | undefined) ?? [];
  } else if (doc.RDF && typeof doc.RDF === 'object') {
    kind = 'rdf';
    channel = ((doc.RDF as Node).channel as Node | undefined) ?? {};
    nodes = ((doc.RDF as Node).item as Node[] | undefined) ?? [];
  } else {
    throw new SitrepError('SITREP_E_FEED', 'neither RSS nor Atom: the root element is not <rss>, <feed> or <rdf:RDF>');
  }
  const items: FeedItem[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const [i, node] of nodes.entries()) {
    if (!node || typeof node !== 'object') continue;
    const raw = linkOf(node) ?? (kind === 'rdf' ? text(node['@about']) : null);
    const link = absolute(raw, base);
    if (!link) {
      skipped.push(`item ${i + 1}: ${raw ? `link "${raw.slice(0, 80)}" is not an http(s) URL` : 'no link'}`);
      continue;
    }
    const id = text(node.guid) ?? text(node.id) ?? link;
    if (seen.has(id)) continue;
    seen.add(id);
    const date = text(node.pubDate) ?? text(node.published) ?? text(node.date) ?? text(node.issued) ?? text(node.updated) ?? text(node.modified);
    items.push({ id, link, title: text(node.title), published: isoDay(date) });
  }
  return { kind, title: text(channel.title), items, skipped };
}
