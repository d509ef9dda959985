// The analysis pipeline, in order. Each stage declares what it reads and writes; `checkOrder`
// verifies the order when the module loads.
import { checkOrder, type Stage } from '../core/stage.js';
import { tokenize } from './tokens.js';
import { splitSentences } from './sentences.js';
import { datesStage } from './dates/stage.js';
import { figuresStage } from './figures/stage.js';
import { entitiesStage } from './entities/stage.js';
import { placesStage } from '../geo/stage.js';
import { claimsStage, eventsStage, quotesStage } from '../events/stages.js';

const tokensStage: Stage = {
  name: 'tokens',
  reads: [],
  writes: ['tokens'],
  run: (doc, ctx) => ({ tokens: tokenize(doc.text, ctx.pack.tokens) }),
};

const sentencesStage: Stage = {
  name: 'sentences',
  reads: ['tokens'],
  writes: ['sentences'],
  run: (doc, ctx) => ({ sentences: splitSentences(doc.text, doc.tokens, doc.article.blocks, ctx.pack.tokens) }),
};

export const STAGES: readonly Stage[] = Object.freeze([tokensStage, sentencesStage, datesStage, figuresStage, entitiesStage, placesStage, quotesStage, eventsStage, claimsStage]);

checkOrder(STAGES);
