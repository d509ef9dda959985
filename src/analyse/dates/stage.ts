import type { Stage } from '../../core/stage.js';
import { findDates } from './dates.js';

export const datesStage: Stage = {
  name: 'dates',
  reads: ['tokens'],
  writes: ['dates'],
  run: (doc, ctx) => ({ dates: findDates(doc.text, doc.tokens, doc.published, ctx.pack.dates, ctx.pack.numbers) }),
};
