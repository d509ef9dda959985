// Runs tokens → sentences → dates → figures → entities on one text with a real pack, for the tests
// of test/analyse/{dates,figures,entities} and test/lang/{fr,en}.
import { tokenize } from '../../../src/analyse/tokens.js';
import { splitSentences } from '../../../src/analyse/sentences.js';
import { findDates } from '../../../src/analyse/dates/dates.js';
import { findFigures } from '../../../src/analyse/figures/figures.js';
import { findEntities } from '../../../src/analyse/entities/entities.js';
import { getPack } from '../../../src/lang/index.js';

export function read(lang: string, text: string, published: string | null = '2023-05-12') {
  const pack = getPack(lang);
  const tokens = tokenize(text, pack.tokens);
  const sentences = splitSentences(text, tokens, [{ kind: 'paragraph', text, start: 0, end: text.length }], pack.tokens);
  const dates = findDates(text, tokens, published, pack.dates, pack.numbers);
  const figures = findFigures(text, tokens, sentences, dates, pack.figures, pack.numbers);
  const entities = findEntities(text, tokens, sentences, [], pack.actors, pack.tokens);
  return { dates, figures, entities };
}

/** The span of the first occurrence of `needle` (after `from`), as the stages report spans. */
export function at(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}
