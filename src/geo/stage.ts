// The places stage for src/analyse/stages.ts. It also honours doc.entities (spans an entity
// claims are not places), which the entities stage, placed before it, fills.
import type { Stage } from '../core/stage.js';
import { findPlaces } from './places.js';

export const placesStage: Stage = {
  name: 'places',
  reads: ['tokens', 'sentences'],
  writes: ['places', 'warnings'],
  run: (doc, ctx) => findPlaces(doc, ctx),
};
