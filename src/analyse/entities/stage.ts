import type { Stage } from '../../core/stage.js';
import { findEntities } from './entities.js';
import { normal } from '../common/words.js';
import type { DateLexicon } from '../dates/lexicon.js';

const calendarCache = new WeakMap<DateLexicon, ReadonlySet<string>>();

/** Weekday and month names, which never start a person's name. */
function calendarWords(lex: DateLexicon): ReadonlySet<string> {
  let words = calendarCache.get(lex);
  if (!words) calendarCache.set(lex, (words = new Set([...Object.keys(lex.weekdays), ...Object.keys(lex.months)].map(normal))));
  return words;
}

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['tokens', 'sentences'],
  writes: ['entities'],
  run: (doc, ctx) => ({
    entities: findEntities(doc.text, doc.tokens, doc.sentences, doc.article.blocks, ctx.pack.actors, ctx.pack.tokens, calendarWords(ctx.pack.dates)),
  }),
};
