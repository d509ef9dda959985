import type { Stage } from '../../core/stage.js';
import { oncePer } from '../../core/memo.js';
import { findEntities } from './entities.js';
import { normal } from '../common/words.js';
import type { DateLexicon } from '../dates/lexicon.js';

/** Weekday and month names, which never start a person's name. */
const calendarWords = oncePer((lex: DateLexicon): ReadonlySet<string> => new Set([...Object.keys(lex.weekdays), ...Object.keys(lex.months)].map(normal)));

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['tokens', 'sentences'],
  writes: ['entities'],
  run: (doc, ctx) => ({
    entities: findEntities(doc.text, doc.tokens, doc.sentences, doc.article.blocks, ctx.pack.actors, ctx.pack.tokens, calendarWords(ctx.pack.dates)),
  }),
};
