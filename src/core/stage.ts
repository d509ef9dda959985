// A stage is a named pure function over a Doc that declares what it reads and writes.
// The runner checks the order once, so a stage that reads a field nobody wrote is a start-up error.
import type { Doc } from './doc.js';
import type { Context } from './context.js';
import { SitrepError } from '../errors.js';

export type DocField = Exclude<keyof Doc, 'article' | 'text' | 'lang' | 'published'>;

export interface Stage {
  readonly name: string;
  readonly reads: readonly DocField[];
  readonly writes: readonly DocField[];
  run(doc: Doc, ctx: Context): Partial<Doc>;
}

/** Throws when a stage reads a field that no earlier stage writes. */
export function checkOrder(stages: readonly Stage[]): void {
  const written = new Set<DocField>(['warnings']);
  for (const stage of stages) {
    for (const field of stage.reads) {
      if (!written.has(field)) {
        throw new SitrepError('SITREP_E_PIPELINE', `stage "${stage.name}" reads "${field}" before any stage writes it`);
      }
    }
    for (const field of stage.writes) written.add(field);
  }
}

export function runStages(stages: readonly Stage[], doc: Doc, ctx: Context): Doc {
  let current = doc;
  for (const stage of stages) {
    const out = stage.run(current, ctx);
    for (const key of Object.keys(out) as (keyof Doc)[]) {
      if (!(stage.writes as readonly string[]).includes(key)) {
        throw new SitrepError('SITREP_E_PIPELINE', `stage "${stage.name}" wrote "${String(key)}" it does not declare`);
      }
    }
    current = Object.freeze({ ...current, ...out });
  }
  return current;
}
