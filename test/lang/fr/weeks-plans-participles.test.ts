// French reading: weeks as dates, "doivent + infinitif" as a plan, participles that
// qualify a noun, regional blocs.
import { describe, expect, it } from 'vitest';
import { read as readDates } from '../../analyse/entities/read.js';
import { read } from '../../events/read.js';

const places = [{ name: 'Gao', kind: 'city', lat: 16.27, lon: -0.04, forms: ['Gao'] }];
const entities = [{ name: 'Groupe X', kind: 'armed_group', forms: ['les jihadistes', 'Les jihadistes'] }];
const events = (text: string, dates: { form: string; date: string }[] = []) => read(text, 'fr', { places, entities, dates }).events.map((e) => `${e.plover} ${e.timing} ${e.modality}`);

describe('fr weeks, plans and participles', () => {
  it('dates a week to its month, and not "semaine" alone', () => {
    // Publié le vendredi 12 mai 2023.
    expect(readDates('fr', 'Les ministres se réuniront la semaine prochaine.').dates.map((d) => [d.text, d.date, d.precision])).toEqual([['la semaine prochaine', '2023-05', 'month']]);
    expect(readDates('fr', "L'armée a repris la ville la semaine dernière.").dates.map((d) => d.date)).toEqual(['2023-05']);
    expect(readDates('fr', 'Une semaine difficile commence.').dates).toEqual([]);
  });

  it('reads "doit/doivent + infinitif" as a plan', () => {
    expect(events('Les jihadistes doivent se retirer de Gao.')).toEqual(['RETREAT future planned']);
    expect(events('Les jihadistes se sont retirés de Gao.')).toEqual(['RETREAT current asserted']);
  });

  it('takes a lone participle after a noun for a description, not an event', () => {
    expect(events('Des milliers de civils ont quitté Gao, la ville assiégée.')).toEqual([]);
    expect(events('Les maisons incendiées de Gao restent vides.')).toEqual([]);
    // An auxiliary or a date after still make it a report (a count before it too: figures come from the full reading).
    expect(events('Les jihadistes ont assiégé Gao.')).toHaveLength(1);
    expect(events('Gao, attaquée mardi, reste sous tension.', [{ form: 'mardi', date: '2024-05-07' }])).toHaveLength(1);
    // "l'attaque", "le blocus": a determiner before makes the word a noun.
    expect(events("L'attaque contre Gao inquiète.")).toHaveLength(1);
  });

  it('knows regional blocs', () => {
    const doc = readDates('fr', 'La SADC et la Communauté d’Afrique de l’Est se réunissent.');
    expect(doc.entities.map((e) => e.name)).toEqual(['Southern African Development Community', 'East African Community']);
  });
});

describe('fr background told "then"', () => {
  const dated = (text: string) => read(text, 'fr', { places, entities, dates: [{ form: 'en mars 2019', date: '2019-03' }] }).events.map((e) => `${e.plover} ${e.timing} ${e.date.date}`);

  it('dates an undated pluperfect set "alors" by the background event before it', () => {
    expect(dated("Les jihadistes avaient attaqué Gao en mars 2019. Ils avaient alors incendié le marché de Gao.")).toEqual(['ASSAULT background 2019-03', 'COERCE background 2019-03']);
  });

  it('leaves an undated pluperfect without "alors" undated', () => {
    expect(dated("Les jihadistes avaient attaqué Gao en mars 2019. Ils avaient incendié le marché de Gao.")).toEqual(['ASSAULT background 2019-03', 'COERCE background null']);
  });
});
