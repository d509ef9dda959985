// Visible bylines ("By Jane Doe and John Roe", "Par Jean Dupont") and datelines
// ("Mis à jour le 5 mai 2023 à 14 h 30"), read with every pack's cues and chrono-node locale.
import * as chrono from 'chrono-node';
import { allPacks } from '../lang/index.js';
import { escapeRegExp } from '../core/regex.js';
import { furnitureMatcher, normaliseLine } from './furniture.js';

type ChronoLocale = { parse(text: string, ref?: Date): chrono.ParsedResult[] };

function parsers(): ChronoLocale[] {
  const table = chrono as unknown as Record<string, ChronoLocale | undefined>;
  const out: ChronoLocale[] = [];
  for (const p of allPacks()) {
    const parser = table[p.extract.chronoLocale];
    if (parser && !out.includes(parser)) out.push(parser);
  }
  return out;
}

let chronoParsers: ChronoLocale[] | null = null;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A full calendar date written out (day, month and a four-digit year) in a short text. */
function findWrittenDate(text: string): { date: string; text: string } | null {
  chronoParsers ??= parsers();
  for (const parser of chronoParsers) {
    for (const r of parser.parse(text)) {
      const s = r.start;
      if (/\d{4}/.test(r.text) && s.isCertain('day') && s.isCertain('month') && s.isCertain('year')) {
        return { date: `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`, text: r.text };
      }
    }
  }
  return null;
}

/** The date of a text that writes one out in full, as YYYY-MM-DD. */
export function parseWrittenDate(text: string): string | null {
  return findWrittenDate(text)?.date ?? null;
}

const MAX_DATELINE = 120;
/** Words a dateline may hold besides its date: a cue, a time, a place, a byline. */
const DATELINE_EXTRA_WORDS = { cued: 10, bare: 4 };

/** A line that states when the page was published or updated, and that date. */
export function parseDateline(line: string): string | null {
  const t = line.trim();
  if (t.length > MAX_DATELINE || t.length < 6) return null;
  const found = findWrittenDate(t);
  if (!found) return null;
  const rest = t.replace(found.text, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const n = normaliseLine(t);
  const cued = furnitureMatcher().datelineCues.some((c) => n.startsWith(normaliseLine(c) + ' '));
  return rest <= (cued ? DATELINE_EXTRA_WORDS.cued : DATELINE_EXTRA_WORDS.bare) ? found.date : null;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|[a-z]{1,3}(?=\s+\p{Lu})))*`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');

/** Author names when the line is a byline ("By Jane Doe and John Roe, Reuters"), else null. */
export function parseByline(line: string): string[] | null {
  const t = line.trim().replace(/\s+/g, ' ');
  if (t.length > 120 || /[.!?]$/.test(t) && !/\p{Lu}\.$/u.test(t)) return null;
  const lower = t.toLowerCase();
  const cue = furnitureMatcher().bylineCues
    .filter((c) => lower.startsWith(c.toLowerCase() + ' '))
    .sort((a, b) => b.length - a.length)[0];
  if (!cue) return null;
  return namesOf(t.slice(cue.length).trim().replace(/[|–—].*$/u, '').trim());
}

/**
 * The names of a metadata author field that lists several joined by a word ("Jane Doe, John Roe
 * and Ann Poe"), else null: a comma alone may be "Doe, Jane".
 */
export function parseAuthorList(text: string): string[] | null {
  return joinerPattern().words.test(text) ? namesOf(text.trim()) : null;
}

/** Names joined by commas and joiner words: the first part must be a name, later ones may be an agency or a place ("AFP", "à Beyrouth"). */
function namesOf(list: string): string[] | null {
  const parts = list.split(joinerPattern().split).map((s) => s.trim()).filter(Boolean);
  const names = parts.filter((p) => NAME_RE.test(p) && p.split(' ').length <= 5);
  if (!names.length || names[0] !== parts[0]) return null;
  return names;
}

let joiners: { split: RegExp; words: RegExp } | null = null;

function joinerPattern(): { split: RegExp; words: RegExp } {
  if (joiners) return joiners;
  const words = furnitureMatcher().authorJoiners.filter((j) => j !== ',').map(escapeRegExp).join('|');
  joiners = { split: new RegExp(`\\s*,\\s*|\\s+(?:${words})\\s+`, 'u'), words: new RegExp(`\\s(?:${words})\\s`, 'u') };
  return joiners;
}
