// Ce qu'une dépêche dit sans rapporter de nouveau fait : un nom repris (« ces frappes », « toute négociation »),
// l'objet d'une réunion ou d'un refus, l'avis d'un chercheur, un état qui dure, une position de longue date,
// une condamnation de l'attaque déjà dite ; et les titres qui nomment la scène de loin. Phrases à nous.
import { describe, expect, it } from 'vitest';
import { nameOf, placeOf, read } from '../../events/read.js';

const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ["L'armée", "l'armée", 'Les soldats'] };
const front = { name: 'Northern Front', kind: 'armed_group', forms: ['Front du Nord', 'les rebelles', 'des rebelles'] };
const gov = { name: 'Ruritanian government', kind: 'government', code: 'RURGOV', country: 'RUR', forms: ['Le gouvernement', 'le gouvernement'] };
const alliance = { name: 'Eastern Alliance', kind: 'igo', forms: ["L'Alliance de l'Est", "l'Alliance de l'Est"] };
const scholar = { name: 'Anna Berg', kind: 'person', role: 'political scientist', forms: ['Anna Berg'] };
const envoy = { name: 'Karl Dorn', kind: 'person', code: 'IGOUNO', role: 'leader of the United Nations', forms: ['Karl Dorn'] };
const un = { name: 'United Nations', kind: 'igo', code: 'IGOUNO', forms: ["l'ONU"] };
const places = [
  { name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] },
  { name: 'Kolo', kind: 'village', lat: 45.25, lon: 20.2, forms: ['Kolo'] },
  { name: 'Ostra', kind: 'city', lat: 47.5, lon: 22.0, forms: ['Ostra'] },
];
const dates = [{ form: 'lundi', date: '2024-05-06' }, { form: 'mardi', date: '2024-05-07' }, { form: 'le 20 mai', date: '2024-05-20' }, { form: 'en mars 2022', date: '2022-03' }];
const all = { entities: [army, front, gov, alliance, scholar, envoy, un], places, dates };
const events = (text: string, title = false) => {
  const doc = read(text, 'fr', all, '2024-05-10', title);
  return doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2), placeOf(doc, e.place), e.date.date]);
};

describe('fr: ce qui ne rapporte pas de nouveau fait', () => {
  it('lit « ces frappes », « cet accord » et « toute négociation » comme un fait déjà dit, ou aucun', () => {
    expect(events("L'armée a bombardé lundi Vesna. Le Front du Nord a dénoncé ces frappes.")).toEqual([
      ['ASSAULT', 'Ruritanian army', null, 'Vesna', '2024-05-06'],
      ['ACCUSE', 'Northern Front', null, null, '2024-05-10'],
    ]);
    expect(events('Le gouvernement rejette toute négociation avec les rebelles.').map((e) => e[0])).toEqual(['REJECT']);
  });

  it("ne lit pas l'objet d'une réunion ni ce qu'on refuse de rejoindre comme un fait", () => {
    expect(events("L'Alliance de l'Est doit se réunir le 20 mai à Ostra pour examiner le déploiement d'une force commune.")).toEqual([
      ['CONSULT', 'Eastern Alliance', null, 'Ostra', '2024-05-20'],
    ]);
    expect(events('Le gouvernement a fait savoir mardi qu\'il ne participerait pas à une nouvelle initiative de livraisons d\'armes.').map((e) => e[0])).toEqual(['REJECT']);
  });

  it("ne fait pas un événement de l'appel d'un chercheur, même repris par « Il »", () => {
    expect(events('Pour Anna Berg, la crise va durer. Il appelle le gouvernement à ouvrir un dialogue.')).toEqual([]);
    // L'objet dans l'intervalle d'« appelle … à » n'en est pas l'auteur.
    expect(events("Le Front du Nord a attaqué Vesna. Karl Dorn appelle le gouvernement à la retenue.")[1]).toEqual(['REQUEST', 'Karl Dorn', 'Ruritanian government', null, '2024-05-10']);
  });

  it("lit « le chef de l'ONU, Karl Dorn, » comme une personne, pas une liste", () => {
    const doc = read("Le chef de l'ONU, Karl Dorn, a condamné lundi l'attaque.", 'fr', all);
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), e.actor1_more.length])).toEqual([['ACCUSE', 'Karl Dorn', 0]]);
  });

  it("ne lit ni une occupation qui dure ni une position de longue date comme un fait daté", () => {
    expect(events('La ville est occupée par les rebelles depuis mars 2022.')).toEqual([]);
    expect(events('Le gouvernement, qui a toujours rejeté le dialogue, a annoncé lundi un couvre-feu à Vesna.').map((e) => e[0])).toEqual(['COERCE']);
  });

  it("lit l'attaque qu'on condamne comme celle déjà dite, et les renforts visés comme une cible", () => {
    expect(events("Le Front du Nord a attaqué lundi Vesna. L'armée a arrêté mardi dix rebelles. Karl Dorn a condamné « fermement » une attaque « odieuse ».").map((e) => e[0])).toEqual([
      'ASSAULT', 'COERCE', 'ACCUSE',
    ]);
    expect(events("L'armée a mené lundi des frappes contre des renforts du Front du Nord à Vesna.").map((e) => e[0])).toEqual(['ASSAULT']);
  });

  it("ne donne pas au sujet de la phrase un fait dont l'agent, non nommé, suit le nom", () => {
    expect(events("Le Front du Nord a suspendu ses activités à Vesna après le pillage de son dépôt lundi par des hommes armés.")).toEqual([
      ['COERCE', null, null, 'Vesna', '2024-05-06'],
    ]);
  });

  it("ne lit pas « avec l'appui de » ni une « réclamation » comme des faits", () => {
    expect(events("L'armée a repris lundi Vesna avec l'appui de l'Alliance de l'Est.").map((e) => e[0])).toEqual(['ASSAULT']);
    expect(events('Le Front du Nord a déposé lundi une réclamation à Vesna.')).toEqual([]);
  });

  it('lit « des affrontements entre X et Y » comme X contre Y', () => {
    expect(events("Dix personnes ont été tuées lundi lors d'affrontements entre l'armée et le Front du Nord à Vesna.")).toEqual([
      ['ASSAULT', 'Ruritanian army', 'Northern Front', 'Vesna', '2024-05-06'],
    ]);
  });
});

describe('fr: titres', () => {
  it('fond un titre qui nomme la ville voisine dans le fait du corps', () => {
    expect(events("Des combats près de Vesna\n\nL'armée a attaqué lundi les rebelles à Kolo.", true)).toEqual([
      ['ASSAULT', 'Ruritanian army', 'Northern Front', 'Kolo', '2024-05-06'],
    ]);
  });

  it("donne à chaque partie d'un titre à virgules son propre lieu", () => {
    const doc = read("Les rebelles attaquent Vesna, l'Alliance de l'Est promet des renforts\n\nLe Front du Nord a attaqué lundi Vesna.", 'fr', all, '2024-05-10', true);
    expect(doc.events.map((e) => [e.plover, placeOf(doc, e.place)])).toEqual([['ASSAULT', 'Vesna'], ['MOBILIZE', null]]);
  });
});

describe("fr: l'avis cité", () => {
  it("donne la citation après « Pour X, » ou « selon X, » à X, le plus proche", () => {
    const doc = read('Pour Anna Berg, politologue, « la crise va durer encore longtemps ». Pour l\'armée, selon Karl Dorn, « rien ne change ici ».', 'fr', all);
    expect(doc.quotes.filter((q) => q.direct).map((q) => [q.text, nameOf(doc, q.speaker)])).toEqual([
      ['la crise va durer encore longtemps', 'Anna Berg'],
      ['rien ne change ici', 'Karl Dorn'],
    ]);
  });
});
