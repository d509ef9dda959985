// Flattened text (a page already turned into text, menus included) → title, headings, body and
// pull-quotes, from the shape of the lines and the packs' furniture phrases. Page edges (before the
// title, after the last prose) hold the furniture; teaser runs follow their marker lines.
import { CLEAN } from './config.js';
import { furnitureMatcher } from './furniture.js';
import { parseByline, parseDateline } from './byline.js';
import type { Extraction, DraftBlock } from './extraction.js';
import type { Removed } from '../model/reading.js';

const C = CLEAN.text;
const SENTENCE_END = /[.!?…»"”)\]]$/u;
/** Written so that no part backtracks: lines of flattened pages can be megabytes long. */
const LINK_LIKE = /https?:\/\/|www\.|\S\.(com|org|net|fr|html?)\b|(›|→|>>)$/iu;
/** Menu items and breadcrumbs ("Accueil > Afrique > Soudan du Sud"). */
const MENU_SEPARATOR = /\s[|•·>›]\s/g;
/** How much longer than the wrapped lines a hard-wrapped paragraph's last line may be (a word that did not fit). */
const WRAP_SLACK = 20;

/** Paragraph units: blank-line-separated chunks, split into lines unless hard-wrapped. */
export function textUnits(text: string): string[] {
  const units: string[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean);
    if (!lines.length) continue;
    // A hard wrap fills every line but the last; a heading above its paragraph ("16h02 – L'armée reprend Nasir") is shorter than what follows.
    const width = lines.reduce((w, l, k) => (k < lines.length - 1 && l.length > w ? l.length : w), 0);
    const wrapped = lines.length > 1 && lines.slice(0, -1).every((l) => l.length >= C.wrappedLineMinChars && !SENTENCE_END.test(l)) && lines[lines.length - 1].length <= width + WRAP_SLACK;
    if (wrapped) units.push(lines.join(' '));
    else units.push(...lines);
  }
  return units;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isProse = (s: string) => words(s) >= C.proseMinWords && (SENTENCE_END.test(s) || /[.!?]\s/.test(s));
const isLinkLike = (s: string) => LINK_LIKE.test(s) || (s.match(MENU_SEPARATOR)?.length ?? 0) >= 2 || (/\p{L}/u.test(s) && s === s.toUpperCase() && words(s) <= 6);

/** A section label over the headline ("Cameroon / Anglophone crisis"): a few words around one spaced slash or bar. */
const isSectionLabel = (s: string) => /\s[/|]\s/.test(s) && words(s) <= C.sectionLabelMaxWords;

/** A short line that ends in a person's name ("Le ministre, Jean Dupont", "— Jane Doe"). */
function isSpeakerLine(s: string): boolean {
  if (words(s) > C.speakerMaxWords || SENTENCE_END.test(s)) return false;
  const tail = s.split(/,\s*|^[—–-]\s*/u).pop()!.trim();
  return /^\p{Lu}[\p{L}\p{M}'’-]+(\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u.test(tail) && s.includes(',') || /^[—–-]\s*\p{Lu}/u.test(s);
}

export function extractFromText(text: string): Extraction {
  const units = textUnits(text);
  const furniture = furnitureMatcher();
  const kinds = units.map((u) => furniture.classify(u));
  const prose = units.map((u, i) => !kinds[i] && isProse(u));
  const removed: Removed[] = [];
  const blocks: DraftBlock[] = [];
  const authors: string[] = [];
  let published: string | null = null;

  const firstProse = prose.indexOf(true);
  let end = prose.lastIndexOf(true) + 1;
  const tail = kinds.findIndex((k, i) => k === 'tail-marker' && i > firstProse);
  if (tail >= 0 && tail < end) end = tail;

  // The head: menus, then the title, then bylines and datelines before the first prose.
  let titleAt = -1;
  const headEnd = firstProse < 0 ? units.length : firstProse;
  // The site's name heads the page and comes back in its footer ("© 2025 The Observer. All rights reserved.").
  const footer = units.slice(Math.max(end, headEnd)).filter((u, k) => kinds[Math.max(end, headEnd) + k]);
  const isSiteName = (u: string) => footer.some((f) => f.includes(u));
  for (let i = 0; i < headEnd; i++) {
    const u = units[i];
    if (!kinds[i] && !isLinkLike(u) && !isSectionLabel(u) && !isSiteName(u) && words(u) >= C.titleMinWords && u.length <= C.titleMaxChars && !parseByline(u) && !parseDateline(u)) {
      titleAt = i;
      break;
    }
  }
  if (titleAt < 0 && firstProse >= 0 && units[firstProse].length <= C.titleMaxChars && prose.filter(Boolean).length > 1) {
    titleAt = firstProse;
  }
  const bodyStart = titleAt >= 0 ? titleAt + 1 : Math.max(firstProse, 0);
  for (let i = 0; i < bodyStart; i++) {
    if (i === titleAt) blocks.push({ kind: 'title', text: units[i] });
    else removed.push({ text: units[i], reason: kinds[i] ?? 'page-head' });
  }

  let inTeasers = false;
  for (let i = bodyStart; i < units.length; i++) {
    const u = units[i];
    if (i >= end) {
      removed.push({ text: u, reason: kinds[i] ?? 'page-tail' });
      continue;
    }
    // A teaser run's items are headlines, with no full stop ("1. Gunmen kill 12 in village raid"): prose resumes with a sentence.
    if (prose[i] && !(inTeasers && !SENTENCE_END.test(u))) {
      inTeasers = false;
      blocks.push({ kind: 'paragraph', text: u });
      continue;
    }
    if (kinds[i]) {
      inTeasers ||= kinds[i] === 'teaser-marker';
      removed.push({ text: u, reason: kinds[i]! });
      continue;
    }
    if (inTeasers || isLinkLike(u)) {
      removed.push({ text: u, reason: inTeasers ? 'teaser' : 'link' });
      continue;
    }
    const byline = i < firstProse + 3 || i === end - 1 ? parseByline(u) : null;
    if (byline) {
      authors.push(...byline);
      removed.push({ text: u, reason: 'byline' });
      continue;
    }
    const date = parseDateline(u);
    if (date && words(u) <= 12) {
      published ??= date;
      removed.push({ text: u, reason: 'dateline' });
      continue;
    }
    const previous = blocks[blocks.length - 1];
    if (previous?.kind === 'paragraph' && i > firstProse && isSpeakerLine(u)) {
      previous.kind = 'quote';
      blocks.push({ kind: 'caption', text: u });
      continue;
    }
    const nextIsProse = prose[i + 1] === true;
    blocks.push({ kind: nextIsProse && words(u) <= C.headingMaxWords && !SENTENCE_END.test(u) ? 'heading' : 'paragraph', text: u });
  }
  return { title: titleAt >= 0 ? units[titleAt] : null, blocks, removed, authors, published, extractor: 'text-lines', site: null, htmlLang: null };
}
