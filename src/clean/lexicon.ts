// The `extract` section of a language pack: the site-furniture vocabulary the cleaners read.
// Phrases are matched on normalised lines (lower case, no accents, no trailing punctuation).

export interface ExtractLexicon {
  /** Whole lines that are page furniture ("Comments", "Share", "Newsletter"). */
  readonly furniture: readonly string[];
  /** Line beginnings that mark furniture whatever follows ("Sign up for", "Abonnez-vous"). */
  readonly furniturePrefixes: readonly string[];
  /** Lines that open a run of teasers or links ("Related", "À lire aussi"): what follows is removed until prose resumes. */
  readonly teaserMarkers: readonly string[];
  /** Lines that open the page's closing furniture (comments, footers): everything after them goes. */
  readonly tailMarkers: readonly string[];
  /** Words that introduce a picture's credit ("Photo", "Credit"): a short block that ends in "Photo: Name" is a caption. */
  readonly creditCues: readonly string[];
  /** Words that introduce a byline's author names ("By", "Par"). */
  readonly bylineCues: readonly string[];
  /** Words that join author names in a byline ("and", "et"). */
  readonly authorJoiners: readonly string[];
  /** Phrases that introduce a publication or update date ("Published", "Mis à jour le"). */
  readonly datelineCues: readonly string[];
  /** Which chrono-node locale parses this language's dates. */
  readonly chronoLocale: string;
}
