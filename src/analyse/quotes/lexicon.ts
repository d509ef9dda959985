// What a language pack gives the quote engine (token patterns, see src/events/patterns.ts).
export interface QuoteLexicon {
  /** Opening and closing quotation marks, as pairs. */
  readonly marks: readonly (readonly [string, string])[];
  /** Reporting verbs in all their forms ("déclar*", "a-t-il dit", "said", "told"). */
  readonly reporting: readonly string[];
  /** Words opening reported speech after a reporting verb ("que", "that"). */
  readonly complementizers: readonly string[];
  /** Words that may open reported speech with no complementizer ("said the attack…"); empty when one is required. */
  readonly bareClauseStarters: readonly string[];
  /** Speaker pronouns that refer to the last speaker ("il", "he", "a-t-il"). */
  readonly pronouns: readonly string[];
  /** Frames of opinion opening a sentence before its speaker ("Pour X, « … »", "Selon X, « … »"). */
  readonly frames?: readonly string[];
}
