// Literal text inside a regular expression built from data (lexicon words, quote marks, a site's name).

/** `s` with every character that means something in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
