import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { evaluateGold } from '../../src/eval/evaluate.js';
import { formatScores } from '../../src/eval/table.js';
import { sharedPath, PROJECT_ROOT } from '../../src/shared-data.js';

const fixture = (name: string) => resolve(PROJECT_ROOT, 'test', 'fixtures', 'gold', name);

describe('gold evaluation', () => {
  it('scores the English fixture (oracle upstream): every event, quote and claim', () => {
    const s = evaluateGold(fixture('saraqib.en.gold.json'), { gazetteer: null }, { oracle: true });
    expect([s.events.tp, s.events.fp, s.events.fn]).toEqual([7, 0, 0]);
    expect([s.modality.f1, s.timing.f1, s.quotes.f1, s.claims.f1]).toEqual([1, 1, 1, 1]);
  });

  it('scores the French fixture (oracle upstream) and prints a table', () => {
    const s = evaluateGold(fixture('kidal.fr.gold.json'), { gazetteer: null }, { oracle: true });
    expect([s.events.tp, s.events.fp, s.events.fn]).toEqual([7, 0, 0]);
    const table = formatScores([s]);
    expect(table).toContain('| events    |   7 |   0 |   0 | 1.000 | 1.000 | 1.000 |');
  });

  it('lists misses and spurious events, and ignores optional gold events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
    writeFileSync(join(dir, 'doc.txt'), 'Shelling near Vesna\n\nRebels shelled the outskirts of Vesna on Tuesday, residents said.\n\nTalks between the two delegations opened in Dorin on Friday afternoon.');
    const gold = {
      format: 'sitrep-gold/1', document: 'doc.txt', lang: 'en', published: '2024-05-10',
      entities: [{ name: 'Rebels', match: ['Rebels'], forms: ['Rebels'] }],
      places: [{ name: 'Vesna', lat: 45, lon: 20, forms: ['Vesna'] }, { name: 'Dorin', lat: 46, lon: 21, forms: ['Dorin'] }],
      dates: [{ form: 'Tuesday', date: '2024-05-07' }],
      events: [
        { id: 'E1', plover: 'ASSAULT', actor1: 'Rebels', place: 'Vesna', date: '2024-05-08', timing: 'current', modality: 'asserted' },
        { id: 'E2', plover: 'PROTEST', place: 'Vesna', date: '2024-05-10' },
        { id: 'E3', required: false, plover: 'CONSULT', place: 'Dorin', date: '2024-05-10' },
      ],
    };
    writeFileSync(join(dir, 'doc.gold.json'), JSON.stringify(gold));
    const s = evaluateGold(join(dir, 'doc.gold.json'), { gazetteer: null }, { oracle: true });
    expect([s.events.tp, s.events.fp, s.events.fn]).toEqual([1, 0, 1]);
    expect(s.misses).toEqual([{ gold: 'E2', plover: 'PROTEST', why: 'no PROTEST event' }]);
    expect(s.pairs).toEqual({ E1: 'ev1', E3: 'ev2' });
  });

  it('says which field of a bad gold file is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
    writeFileSync(join(dir, 'bad.gold.json'), JSON.stringify({ format: 'sitrep-gold/1', document: 'x.txt' }));
    expect(() => evaluateGold(join(dir, 'bad.gold.json'), { gazetteer: null })).toThrow(/not a sitrep-gold\/1 file: lang/);
  });

  const seed = sharedPath('seed', 'palmyre.gold.json');
  it.skipIf(!seed)('reads the seed: 8 of 9 required events, the 3 quotes and the 5 claims (oracle upstream)', () => {
    const s = evaluateGold(seed!, { gazetteer: null }, { oracle: true });
    expect(s.events.tp).toBeGreaterThanOrEqual(8);
    expect(s.events.fp).toBeLessThanOrEqual(2);
    expect([s.quotes.tp, s.quotes.fp, s.claims.tp, s.claims.fp]).toEqual([3, 0, 5, 0]);
  });
  if (!seed) it('skips the seed: ../shared/seed/palmyre.gold.json is absent', () => {});
});
