import { describe, expect, it } from 'vitest';
import { checkOrder, type Stage } from '../../src/core/stage.js';
import { STAGES } from '../../src/analyse/stages.js';

describe('checkOrder', () => {
  it('rejects a stage that reads what no earlier stage writes', () => {
    const bad: Stage[] = [{ name: 'events', reads: ['entities'], writes: ['events'], run: () => ({}) }];
    expect(() => checkOrder(bad)).toThrow(/reads "entities"/);
  });

  it('accepts the analysis pipeline', () => {
    expect(() => checkOrder(STAGES)).not.toThrow();
  });
});
