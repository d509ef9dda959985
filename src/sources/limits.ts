// How much the readers accept: past these, an input is refused rather than read.
export const LIMITS = {
  /** A page of HTML (or a .gz once inflated) larger than this is refused. */
  maxHtmlBytes: 50 * 1024 * 1024,
  /** Flattened text larger than this is refused. */
  maxTextBytes: 20 * 1024 * 1024,
  /** A clean article longer than this is not one news article (a dump, a book, a log): it is
   *  refused before the reading, which keeps the reading's time and memory bounded. */
  maxArticleChars: 2_000_000,
  /** A URL must answer within this time, body included. */
  fetchTimeoutMs: 20_000,
  maxRedirects: 5,
} as const;
