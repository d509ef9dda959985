import type { Stage } from '../../core/stage.js';
import { findEntities } from './entities.js';

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['tokens', 'sentences'],
  writes: ['entities'],
  run: (doc, ctx) => ({ entities: findEntities(doc.text, doc.tokens, doc.sentences, doc.article.blocks, ctx.pack.actors, ctx.pack.tokens) }),
};
