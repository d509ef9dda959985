// What a language pack says about dates; read by the dates engine (./dates.ts).
export type DurationUnit = 'H' | 'D' | 'W' | 'M' | 'Y';

export interface DateLexicon {
  /** Whether a slashed date puts the day first (fr 08/12/2016) or the month (en 12/08/2016). */
  readonly dayFirst: boolean;
  /** Ordinal endings after a day number ("1er", "5th"). */
  readonly ordinals: readonly string[];
  /** Month names and abbreviations → 1..12. */
  readonly months: Readonly<Record<string, number>>;
  /** Whether month names are capitalised in running text (en "May" vs the verb "may"). */
  readonly capitalisedMonths: boolean;
  /** Weekday names → 0 (Sunday)..6. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Parts of a day that may follow a day word ("soir", "morning"). */
  readonly dayParts: readonly string[];
  /** Days counted from the publication day ("hier" → -1, "tomorrow" → 1). */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Months and years counted from the publication date ("l'an dernier", "this month"). */
  readonly relativePeriods: Readonly<Record<string, { readonly unit: 'week' | 'month' | 'year'; readonly offset: number }>>;
  /** Modifiers putting a weekday or month in the past ("dernier", "last") or the future ("prochain", "next"). */
  readonly past: readonly string[];
  readonly future: readonly string[];
  /** Words of the future a few words before a bare weekday that make it the coming one ("doit", "will"). */
  readonly futureCues?: readonly string[];
  /** Regex source for a verb in the future tense right before a bare weekday or month ("examinera jeudi", "se tiendra en juillet"). */
  readonly futureForm?: string;
  /** Words kept at the start of a date's span ("le", "en"; "on", "in"). */
  readonly leads: readonly string[];
  /** Words before a count of time units that make it a duration ("pendant", "depuis"; "for"). */
  readonly durationLeads: readonly string[];
  /** Time units → ISO 8601 duration designators. */
  readonly units: Readonly<Record<string, DurationUnit>>;
  /** Words that turn a count of units into a past date, before ("il y a") or after ("ago") it. */
  readonly agoBefore: readonly string[];
  readonly agoAfter: readonly string[];
}
