// Site-furniture phrases of every language pack, merged into one matcher: a page's language
// is only known after cleaning, and a French "Partager" on an English page is furniture too.
import { allPacks } from '../lang/index.js';
import { escapeRegExp } from '../core/regex.js';
import { otherLanguagesFurniture } from '../lang/shared/furniture.js';

/** Lower case, no accents, one kind of apostrophe, single spaces, no trailing punctuation or counts. */
export function normaliseLine(line: string): string {
  return line
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s:!?.…›»>«<|•·\-–—\d()[\]]+$/u, '')
    .replace(/^[\s›»>«<|•·\-–—#]+/u, '')
    .trim();
}

export interface FurnitureMatcher {
  /** Why the line is furniture ("furniture", "teaser-marker", "tail-marker"), or null. */
  classify(line: string): 'furniture' | 'teaser-marker' | 'tail-marker' | null;
  /** Whether the line ends in a picture credit ("… , photo: Name", "… © AFP"): a caption outside its figure. */
  isCredit(line: string): boolean;
  readonly bylineCues: readonly string[];
  readonly authorJoiners: readonly string[];
  readonly datelineCues: readonly string[];
}

let cached: FurnitureMatcher | null = null;

export function furnitureMatcher(): FurnitureMatcher {
  if (cached) return cached;
  const packs = allPacks().map((p) => p.extract);
  const lines = [...packs, otherLanguagesFurniture];
  const set = (pick: (l: (typeof lines)[number]) => readonly string[]) => new Set(lines.flatMap(pick).map(normaliseLine));
  const furniture = set((l) => l.furniture);
  const teasers = set((l) => l.teaserMarkers);
  const tails = set((l) => l.tailMarkers);
  const prefixes = lines.flatMap((l) => l.furniturePrefixes).map((p) => p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  const uniq = (xs: string[]) => [...new Set(xs)];
  const cues = uniq(lines.flatMap((l) => l.creditCues)).map(escapeRegExp);
  // The credit closes the line: a cue and a colon, or ©, then a short name without sentence punctuation.
  const credit = new RegExp(`(?:(?:^|[\\s,.;(|/–-])(?:${cues.join('|')})\\s*:|©)\\s*[^.!?:©]{1,80}\\)?$`, 'iu');
  cached = {
    classify(line) {
      const n = normaliseLine(line);
      if (!n) return null;
      if (tails.has(n)) return 'tail-marker';
      if (teasers.has(n)) return 'teaser-marker';
      if (furniture.has(n)) return 'furniture';
      if (n.length < 160 && prefixes.some((p) => n.startsWith(p))) return 'furniture';
      // A flattened menu bar ("Se connecter | S'abonner", "Newsletter · Podcasts"): furniture when every item is.
      const items = n.length < 160 ? n.split(/\s[|•·]\s/) : [];
      if (items.length > 1 && items.every((item) => furniture.has(normaliseLine(item)))) return 'furniture';
      return null;
    },
    isCredit: (line) => credit.test(line),
    bylineCues: uniq(packs.flatMap((l) => l.bylineCues)),
    authorJoiners: uniq(lines.flatMap((l) => l.authorJoiners)),
    datelineCues: uniq(packs.flatMap((l) => l.datelineCues)),
  };
  return cached;
}
