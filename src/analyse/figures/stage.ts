import type { Stage } from '../../core/stage.js';
import { findFigures } from './figures.js';

export const figuresStage: Stage = {
  name: 'figures',
  reads: ['tokens', 'sentences', 'dates'],
  writes: ['figures'],
  run: (doc, ctx) => ({ figures: findFigures(doc.text, doc.tokens, doc.sentences, doc.dates, ctx.pack.figures, ctx.pack.numbers) }),
};
