import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { FORMAT, type Reading } from '../../src/model/reading.js';
import { read } from '../events/read.js';

describe('renderText', () => {
  it('writes events as sentences with their evidence, then claims and quotes', () => {
    const text = 'According to the monitor, the rebels captured Vesna on Tuesday. “We hold the town,” said Lina Petrova.';
    const doc = read(text, 'en', {
      entities: [
        { name: 'Northern Front', kind: 'armed_group', forms: ['the rebels'] },
        { name: 'Field Monitors', kind: 'ngo', forms: ['the monitor'] },
        { name: 'Lina Petrova', kind: 'person', forms: ['Lina Petrova'] },
      ],
      places: [{ name: 'Vesna', forms: ['Vesna'] }],
      dates: [{ form: 'Tuesday', date: '2024-05-07' }],
    });
    const reading: Reading = { format: FORMAT, ...doc, article: { ...doc.article, title: 'Vesna falls' }, sentences: [], tokens: [], entities: [...doc.entities], places: [...doc.places], dates: [...doc.dates], figures: [], events: [...doc.events], quotes: [...doc.quotes], claims: [...doc.claims], warnings: [] };
    const out = renderText(reading);
    expect(out.split('\n').slice(0, 2)).toEqual(['Vesna falls', '2024-05-10 · en']);
    expect(out).toContain('2024-05-07 · Vesna · Northern Front ASSAULT (Northern Front takes Vesna from ?) — asserted, current, source: Field Monitors');
    expect(out).toContain('    “According to the monitor, the rebels captured Vesna on Tuesday.”');
    expect(out).toContain('  Field Monitors — asserted: ASSAULT at Vesna (cue: “According to”)');
    expect(out).toContain('  Lina Petrova: “We hold the town,”');
  });
});
