// English pack: dates, figures and entities on news sentences of our own (published Friday 2023-05-12).
import { describe, expect, it } from 'vitest';
import { at, read } from '../../analyse/entities/read.js';

describe('en dates', () => {
  const text = 'Fighting resumed on Wednesday night, weeks after a truce agreed in February. On 3 April 2023 the army struck; the siege lasted for ten months. Last Friday, talks stalled; they resume next Monday.';
  const { dates } = read('en', text);
  it('resolves weekdays, months and calendar dates against the publication date', () => {
    expect(dates.map((d) => [d.text, d.date, d.precision, d.basis])).toEqual([
      ['on Wednesday night', '2023-05-10', 'day', 'relative'],
      ['in February', '2023-02', 'month', 'relative'],
      ['On 3 April 2023', '2023-04-03', 'day', 'stated'],
      ['for ten months', null, null, 'stated'],
      ['Last Friday', '2023-05-05', 'day', 'relative'],
      ['next Monday', '2023-05-15', 'day', 'relative'],
    ]);
    expect(dates[0]).toMatchObject(at(text, 'on Wednesday night'));
    expect(dates[3]).toMatchObject({ ...at(text, 'for ten months'), duration: 'P10M' });
  });
  it('does not read the verb "may" as a month, nor a bare number as a year', () => {
    expect(read('en', 'Troops may withdraw, and 2,000 may stay.').dates).toEqual([]);
  });
  it('keeps ISO dates stated and leaves "yesterday" unresolved without a publication date', () => {
    const t = 'The report of 2022-11-30 was leaked yesterday.';
    expect(read('en', t, null).dates.map((d) => [d.text, d.date, d.basis])).toEqual([['2022-11-30', '2022-11-30', 'stated'], ['yesterday', null, 'unresolved']]);
  });
});

describe('en figures', () => {
  const text = 'The blast killed at least 14 people and wounded dozens. Some 2,500 families have fled since Monday. Between 40 and 60 soldiers were captured, and militants now hold 70 percent of the province.';
  const { figures } = read('en', text);
  it('gives each count its kind, value and bound', () => {
    expect(figures.map((f) => [f.text, f.kind, f.value, f.unit, f.approx])).toEqual([
      ['at least 14 people', 'killed', 14, 'people', 'at_least'],
      ['dozens', 'injured', 24, 'people', 'at_least'],
      ['Some 2,500 families', 'displaced', 2500, 'families', 'about'],
      ['Between 40 and 60 soldiers', 'captured', 40, 'people', 'range'],
      ['70 percent', 'territory_share', 70, 'percent', 'exact'],
    ]);
    expect(figures[3].high).toBe(60);
    expect(figures[2]).toMatchObject(at(text, 'Some 2,500 families'));
  });
  it('ignores years, times, ages and ordinals', () => {
    expect(read('en', 'In 2019, at 10:30, a 12-year-old boy saw the 3rd brigade and 5 years of war.').figures).toEqual([]);
  });
});

describe('en entities', () => {
  const text = 'Backed by Moscow, Syrian troops advanced on Tuesday. The Kremlin said the offensive would go on, while in Moscow officials met. Pentagon spokesman John Kirby said the US-led coalition had struck Islamic State positions. Kirby added that ISIS fighters had fled; the jihadists regrouped.';
  const { entities } = read('en', text);
  const byName = (name: string) => entities.find((e) => e.name === name);
  it('reads metonymic capitals and institutions as governments, not places', () => {
    expect(byName('Russian government')).toMatchObject({ code: 'RUSGOV', mentions: [at(text, 'Moscow'), at(text, 'Kremlin')] });
    expect(entities.flatMap((e) => e.mentions).some((m) => m.start === text.lastIndexOf('Moscow'))).toBe(false);
  });
  it('finds forces from the adjective before the noun', () => {
    expect(byName('Syrian military')).toMatchObject({ code: 'SYRMIL', mentions: [at(text, 'Syrian troops')] });
  });
  it('gives a person the role and body before the name, and the surname alone', () => {
    expect(byName('John Kirby')).toMatchObject({ role: 'spokesman of the US military', country: 'USA', mentions: [at(text, 'John Kirby'), at(text, 'Kirby', text.indexOf('Kirby added'))] });
  });
  it('merges aliases, names the coalition and resolves "the jihadists"', () => {
    expect(byName('US-led coalition')?.mentions).toEqual([at(text, 'US-led coalition')]);
    expect(byName('Islamic State')?.mentions).toEqual([at(text, 'Islamic State'), at(text, 'ISIS'), at(text, 'jihadists')]);
  });
  it('does not take "is" or "turkey" for actors', () => {
    expect(read('en', 'The turkey is ready and it is cold.').entities).toEqual([]);
  });
  it('reads a role in apposition with its body and codes the person by it', () => {
    const t = 'Igor Konashenkov, a spokesman for the Russian defence ministry, said the strikes hit depots.';
    expect(read('en', t).entities.map((e) => [e.name, e.code, e.role, e.mentions[0].text])).toEqual([
      ['Igor Konashenkov', 'RUSGOV', 'spokesman of the Russian Ministry of Defence', 'Igor Konashenkov'],
      ['Russian Ministry of Defence', 'RUSGOV', null, 'Russian defence ministry'],
    ]);
  });
  it("reads a leader's regime and coordinated adjectives", () => {
    const t = 'The Assad regime and Russian and Iranian forces pressed on.';
    expect(read('en', t).entities.map((e) => [e.code, e.mentions.map((m) => m.text)])).toEqual([
      ['SYRGOV', ['Assad regime']], ['RUSMIL', ['Russian']], ['IRNMIL', ['Iranian forces']],
    ]);
  });
  it("gives an adjective to the state, not to a territory sharing it", () => {
    expect(read('en', 'Indian troops crossed.').entities[0]).toMatchObject({ code: 'INDMIL', country: 'IND' });
  });
});
