// The place an event takes, on sentences with hand-given entities and places.
import { describe, expect, it } from 'vitest';
import { read, placeOf } from './read.js';
import { venue } from '../../src/events/place.js';
import type { Place } from '../../src/model/reading.js';

const placeBase: Place = { id: 'p1', name: 'Vara', kind: 'region', country: null, admin1: null, lat: 45.5, lon: 20.5, geonameid: 1, feature: null, part: null, mentions: [] };

const rebels = { name: 'Northern Front', kind: 'armed_group', forms: ['Northern Front', 'the rebels', 'rebels'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the army', 'Government troops', 'government troops'] };
const gov = { name: 'Ruritanian government', kind: 'government', code: 'RURGOV', country: 'RUR', forms: ['the government'] };
const monitor = { name: 'Field Monitors', kind: 'ngo', forms: ['Field Monitors'] };
const towns = [
  { name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] },
  { name: 'Dorin', kind: 'city', lat: 45.9, lon: 21.2, forms: ['Dorin'] },
];
const days = [{ form: 'Tuesday', date: '2024-05-07' }, { form: 'Wednesday', date: '2024-05-08' }];

describe('the place of an event', () => {
  it('does not refer "the town" back to the reference of a distance', () => {
    const text = 'The rebels captured Vesna, about 40 km north of Dorin, on Tuesday. Government troops shelled the town on Wednesday.';
    const doc = read(text, 'en', { entities: [rebels, army], places: towns, dates: days });
    const shelled = doc.events.find((e) => e.trigger.text === 'shelled')!;
    expect(placeOf(doc, shelled.place)).toBe('Vesna');
  });

  it('places a deployment where it goes, not where it comes from', () => {
    const text = 'The army sent reinforcements from Dorin to Vesna on Tuesday.';
    const doc = read(text, 'en', { entities: [army], places: towns, dates: days });
    const sent = doc.events.find((e) => e.plover === 'MOBILIZE')!;
    expect(placeOf(doc, sent.place)).toBe('Vesna');
  });

  it("leaves a reported deed's place to the deed, not to the speech act coordinated after it", () => {
    const text = 'Field Monitors said the rebels had killed 12 men in Vesna on Tuesday and called on the government to open an inquiry.';
    const doc = read(text, 'en', { entities: [rebels, gov, monitor], places: towns, dates: days });
    const killed = doc.events.find((e) => e.plover === 'ASSAULT')!;
    const called = doc.events.find((e) => e.plover === 'REQUEST')!;
    expect(placeOf(doc, killed.place)).toBe('Vesna');
    expect(called.place).toBeNull();
  });

  it('prefers where the clause puts a happening to a bare name standing as its subject', () => {
    const text = 'On Tuesday, Vesna held talks with the rebels in Dorin.';
    const doc = read(text, 'en', { entities: [rebels], places: towns, dates: days });
    const talks = doc.events.find((e) => e.plover === 'CONSULT')!;
    expect(placeOf(doc, talks.place)).toBe('Dorin');
  });
});

describe('the place of an event, with rivers and distances', () => {
  it('takes no river, lake or sea as the venue of a speech act', () => {
    const at = (feature: string) => ({ start: 0, end: 4, place: { ...placeBase, feature } });
    expect(venue(at('STM'))).toBe(false);
    expect(venue(at('LK'))).toBe(false);
    expect(venue(at('PPL'))).toBe(true);
  });

  it("places an event at the place a distance locates, not at the distance's reference", () => {
    const text = "La ville, située à 40 km au nord de Dorin, avait été prise par les rebelles en mars, avant d'être reprise par l'armée.";
    const doc = read(`Les rebelles ont attaqué Vesna mardi. ${text}`, 'fr', {
      entities: [{ ...rebels, forms: ['les rebelles'] }, { ...army, forms: ["l'armée"] }],
      places: towns,
      dates: [{ form: 'mardi', date: '2024-05-07' }, { form: 'mars', date: '2024-03' }],
    });
    const retaken = doc.events.filter((e) => e.trigger.text === 'reprise');
    expect(retaken.map((e) => placeOf(doc, e.place))).toEqual(['Vesna']);
  });
});
