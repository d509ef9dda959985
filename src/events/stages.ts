// The quote, event and claim stages, in that order after places.
import type { Stage } from '../core/stage.js';
import { findQuotes } from '../analyse/quotes/quotes.js';
import { detectEvents } from './detect.js';
import { findClaims } from './claims.js';

export const quotesStage: Stage = {
  name: 'quotes',
  reads: ['tokens', 'sentences', 'entities'],
  writes: ['quotes'],
  run: (doc, ctx) => ({ quotes: findQuotes(doc, ctx.pack.quotes) }),
};

export const eventsStage: Stage = {
  name: 'events',
  reads: ['tokens', 'sentences', 'dates', 'figures', 'entities', 'places', 'quotes'],
  // It adds the civilians its violent events were done to (no entity of the entities stage: see civilians.ts).
  writes: ['events', 'entities'],
  run: (doc, ctx) => detectEvents(doc, ctx.pack),
};

export const claimsStage: Stage = {
  name: 'claims',
  reads: ['tokens', 'sentences', 'dates', 'figures', 'entities', 'events'],
  writes: ['claims'],
  run: (doc, ctx) => ({ claims: findClaims(doc, ctx.pack) }),
};
