// Every threshold of the cleaners in one place, so that tuning is one edit and one measurement.
export const CLEAN = {
  text: {
    /** A unit with at least this many words and sentence punctuation is prose. */
    proseMinWords: 8,
    /** A title has at least this many words and at most this many characters. */
    titleMinWords: 3,
    titleMaxChars: 250,
    /** A line over the headline with a spaced slash or bar and at most this many words is its section ("Cameroon / Anglophone crisis"). */
    sectionLabelMaxWords: 6,
    /** A heading inside the body has at most this many words. */
    headingMaxWords: 20,
    /** A pull-quote's speaker line has at most this many words. */
    speakerMaxWords: 15,
    /** Lines this long or longer make a hard-wrapped paragraph when they run on without a blank line. */
    wrappedLineMinChars: 50,
  },
  html: {
    /** Parsing stops reading a page past this many characters (the rest is furniture or junk; the
     *  largest benchmark page has 2.2 million), which bounds a 50 MB page's time and memory. */
    maxChars: 4_000_000,
    /** A text node container scores only from this many characters. */
    scoreMinChars: 25,
    /** Part of a paragraph's score given to each ancestor level: parent, grandparent, above. */
    ancestorShares: [1, 0.5, 1 / 6],
    /** The best candidate grows to the ancestor (within this many levels) that also holds this many
     *  rivals scoring this share of it, and at least half of the rivals outside it. */
    rivalShare: 0.6,
    minRivals: 2,
    rivalLevels: 6,
    /** A sibling of the best candidate joins it when its score reaches this share of the best. */
    siblingShare: 0.1,
    /** A block whose link text exceeds this share of its text is a list of links. */
    maxLinkDensity: 0.5,
    /** A block shorter than this that ends in a picture credit is a caption. */
    captionMaxChars: 200,
    /** Short blocks (fewer characters than this) are dropped from this lower link density. */
    shortBlockChars: 80,
    shortMaxLinkDensity: 0.33,
    /** A bonus for a node that schema.org or its class marks as the article body. */
    bodyMarkBonus: 25,
    /** Below this many characters of text, the extraction falls back to all paragraphs of the page. */
    minArticleChars: 250,
    /** A strict reading this long is trusted; a shorter one loses to a lenient reading this many times longer. */
    trustedArticleChars: 1000,
    lenientRatio: 2,
    /** Declared titles longer than this may have been cut to the length search engines show (110 for
     *  schema.org headlines in Google's guidelines, more for others): a shorter twin is no choice. */
    untruncatedTitleMaxChars: 110,
  },
} as const;
