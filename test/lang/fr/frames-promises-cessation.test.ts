// Une phrase qui s'ouvre sur un pays (« Au Niger voisin, l'armée… ») parle de ce pays : son « armée » est la
// sienne, et le pays y dit où, pas qui ; des métiers civils comptés comme des civils ; ce qui est promis est à
// venir ; des combats qu'on fait cesser et la suite supposée d'une chute ne sont pas des faits. Phrases à nous.
import { describe, expect, it } from 'vitest';
import { read } from '../../analyse/entities/read.js';
import { nameOf, read as readEvents } from '../../events/read.js';
import { readPage } from '../../../src/pipeline.js';
import { gazetteer, indexBuilt } from '../../geo/helpers.js';

const entities = (text: string) => read('fr', text).entities;
const armyOf = (text: string, mention: string) => entities(text).find((e) => e.mentions.some((m) => m.start === text.indexOf(mention)))?.code;

describe('fr cadre de phrase par un pays', () => {
  it("lit « l'armée » d'une phrase ouverte par « Au Niger voisin, » comme l'armée du Niger", () => {
    const t = "Au Tchad, l'armée a perdu dix soldats près de Bol. Le Tchad accuse les jihadistes. Au Niger voisin, l'armée a arrêté deux suspects.";
    expect(armyOf(t, "armée a arrêté")).toBe('NERMIL');
    // Hors de ce cadre, l'armée reste celle du pays principal.
    expect(armyOf(t, 'armée a perdu')).toBe('TCDMIL');
  });

  it('ne prend pas pour cadre un pays qui ne clôt pas sa tournure par une virgule', () => {
    const t = "Au Tchad, l'armée a perdu dix soldats. Le Tchad accuse les jihadistes. Au Niger l'armée a arrêté deux suspects.";
    expect(armyOf(t, 'armée a arrêté')).toBe('TCDMIL');
  });
});

describe('fr métiers civils', () => {
  it('compte des pêcheurs, des éleveurs et des commerçants comme des civils', () => {
    const kind = (text: string) => read('fr', text).figures.map((f) => [f.text, f.kind]);
    expect(kind('Trois pêcheurs étaient à bord de la pirogue.')).toEqual([['Trois pêcheurs', 'civilians']]);
    expect(kind('Parmi les passagers se trouvaient deux éleveurs.')).toEqual([['deux éleveurs', 'civilians']]);
    expect(kind('Quatre commerçants attendaient au marché.')).toEqual([['Quatre commerçants', 'civilians']]);
  });
});

describe('fr cadre de phrase : où, pas qui', () => {
  const rur = { name: 'Ruritania', kind: 'state', code: 'RUR', country: 'RUR', forms: ['Ruritanie'] };
  const places = [
    { name: 'Ruritania', kind: 'country', lat: 45.0, lon: 20.0, forms: ['Ruritanie'] },
    { name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] },
  ];
  const dates = [{ form: 'lundi', date: '2024-05-06' }];
  const events = (text: string) => {
    const doc = readEvents(text, 'fr', { entities: [rur], places, dates }, '2024-05-10');
    return doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2), e.timing]);
  };

  it("ne fait pas d'un pays qui ouvre la phrase (« En Ruritanie, ») l'auteur ou la cible du fait", () => {
    expect(events('En Ruritanie, quatre soldats ont été tués lundi près de Vesna.')).toEqual([['ASSAULT', null, null, 'current']]);
    // Sujet de la phrase, le pays reste un acteur.
    expect(events('La Ruritanie a attaqué lundi Vesna.')).toEqual([['ASSAULT', 'Ruritania', null, 'current']]);
  });

  it('lit ce qui est promis comme à venir', () => {
    expect(events('La Ruritanie promet des renforts à Vesna.')).toEqual([['MOBILIZE', 'Ruritania', null, 'future']]);
  });

  it("ne lit pas de combats dans ce qui les fait cesser, ni dans la suite supposée d'une chute", () => {
    expect(events('La trêve de lundi a fortement réduit les combats autour de Vesna.')).toEqual([]);
    expect(events('La Ruritanie a appelé lundi à mettre fin aux affrontements.')).toEqual([['REQUEST', 'Ruritania', null, 'current']]);
    expect(events("Sa chute permettrait à la Ruritanie d'avancer vers Vesna.")).toEqual([]);
    // Une chute rapportée reste un fait.
    expect(events('La chute de Vesna lundi a surpris la Ruritanie.').map((e) => e[0])).toEqual(['ASSAULT']);
  });
});

describe.skipIf(!indexBuilt)('fr pays dans une partie de lui-même', () => {
  const events = (text: string) => {
    const page = { origin: 't.txt', url: null, file: 't.txt', bytes: Buffer.from(text), contentType: null, published: null };
    const r = readPage(page, { lang: 'fr', published: '2025-05-15' }, { gazetteer: gazetteer() });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    return r.events.map((e) => [e.plover, name(e.actor1), name(e.actor2), r.places.find((p) => p.id === e.place)?.name ?? null]);
  };

  it("lit « dans le nord du Bénin » comme le lieu, pas comme la cible", () => {
    expect(events('Des jihadistes ont tué onze soldats lundi dans le nord du Bénin.')).toEqual([['ASSAULT', 'jihadists', null, 'North Benin']]);
  });
});
