// The event engine on English and French sentences with hand-given entities, places and dates.
import { describe, expect, it } from 'vitest';
import { read, nameOf, placeOf, spanIn } from './read.js';

const rebels = { name: 'Northern Front', kind: 'armed_group', forms: ['Northern Front', 'the rebels', 'rebels', 'les rebelles', 'rebelles', 'Front du Nord'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the army', 'government troops', "l'armée", 'L’armée', "L'armée", 'les forces gouvernementales'] };
const gov = { name: 'Ruritanian government', kind: 'government', code: 'RURGOV', country: 'RUR', forms: ['the government', 'le gouvernement', 'Le gouvernement'] };
const ally = { name: 'Borduria', kind: 'state', code: 'BORGOV', country: 'BOR', forms: ['Borduria', 'Bordurian jets', 'la Bordurie', 'avions bordures'] };
const monitor = { name: 'Field Monitors', kind: 'ngo', forms: ['Field Monitors', 'the monitor', "l'Observatoire", 'L’Observatoire'] };
const towns = [
  { name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] },
  { name: 'Dorin', kind: 'city', lat: 45.9, lon: 21.2, forms: ['Dorin'] },
  { name: 'Oslavia', kind: 'city', lat: 47.0, lon: 19.0, forms: ['Oslavia'] },
];

describe('events (en)', () => {
  it('reads a capture: type, territory, actors, place, stated date, source, evidence spans', () => {
    const text = 'The Northern Front captured Vesna from government troops on Tuesday, according to the monitor.';
    const doc = read(text, 'en', { entities: [rebels, army, monitor], places: towns, dates: [{ form: 'Tuesday', date: '2024-05-07' }] });
    expect(doc.events).toHaveLength(1);
    const e = doc.events[0];
    expect([e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2), placeOf(doc, e.place)]).toEqual(['ASSAULT', 'Northern Front', 'Ruritanian army', 'Vesna']);
    expect(e.acled).toEqual({ event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' });
    expect(e.territory).toEqual({ place: e.place, from: e.actor2, to: e.actor1 });
    expect(e.date).toEqual({ date: '2024-05-07', precision: 'day' });
    expect([e.timing, e.modality, nameOf(doc, e.source)]).toEqual(['current', 'asserted', 'Field Monitors']);
    expect(e.trigger).toEqual(spanIn(text, 'captured'));
    expect(e.evidence).toEqual(spanIn(text, text));
    expect(e.by).toMatch(/^events\//);
  });

  it('reads the passive with its agent, a background date, and who held the place before', () => {
    const text = 'Rebels seized Dorin on Monday. The town had been recaptured by the army in March 2019.';
    const doc = read(text, 'en', { entities: [rebels, army], places: towns, dates: [{ form: 'Monday', date: '2024-05-06' }, { form: 'March 2019', date: '2019-03' }] });
    const [now, then] = doc.events;
    expect([nameOf(doc, now.actor1), placeOf(doc, now.place), now.timing]).toEqual(['Northern Front', 'Dorin', 'current']);
    expect([nameOf(doc, then.actor1), nameOf(doc, then.actor2), placeOf(doc, then.place), then.timing, then.date]).toEqual([
      'Ruritanian army', 'Northern Front', 'Dorin', 'background', { date: '2019-03', precision: 'month' },
    ]);
    expect(then.acled?.sub_event_type).toBe('Government regains territory');
  });

  it('reads "fell to", coordinated attackers, an aerial mode from the weapon, and a figure', () => {
    const doc = read('Oslavia fell to the rebels. Bordurian jets and government troops struck Dorin, killing 14 people.', 'en', {
      entities: [rebels, army, ally], places: towns,
    });
    const fell = doc.events.find((e) => placeOf(doc, e.place) === 'Oslavia')!;
    expect([nameOf(doc, fell.actor1), fell.territory?.to]).toEqual(['Northern Front', fell.actor1]);
    const strike = doc.events.find((e) => placeOf(doc, e.place) === 'Dorin')!;
    expect([strike.mode, nameOf(doc, strike.actor1), strike.actor1_more.map((id) => nameOf(doc, id))]).toEqual(['aerial', 'Borduria', ['Ruritanian army']]);
    expect(strike.acled?.sub_event_type).toBe('Air/drone strike');
    expect(doc.events).toHaveLength(2);
  });

  it('sets modality: alleged, denied, unconfirmed, planned (with future timing)', () => {
    const text = [
      'Rebels allegedly attacked Vesna.',
      'The army denied that its units shelled Dorin.',
      'The monitor said the rebels raided Oslavia, a claim that could not be independently verified.',
      'The government said it would send troops to Dorin.',
    ].join(' ');
    const doc = read(text, 'en', { entities: [rebels, army, gov, monitor], places: towns });
    const by = (place: string, plover: string) => doc.events.find((e) => placeOf(doc, e.place) === place && e.plover === plover)!;
    expect(by('Vesna', 'ASSAULT').modality).toBe('alleged');
    expect(by('Dorin', 'ASSAULT').modality).toBe('denied');
    expect(by('Oslavia', 'ASSAULT').modality).toBe('unconfirmed');
    const plan = by('Dorin', 'MOBILIZE');
    expect([plan.modality, plan.timing, nameOf(doc, plan.actor1), nameOf(doc, plan.source)]).toEqual(['planned', 'future', 'Ruritanian government', 'Ruritanian government']);
  });

  it('merges re-mentions of one happening and keeps the stated date', () => {
    const text = 'The rebels attacked Vesna on Tuesday and killed six soldiers. The attack on Vesna was the deadliest this year.';
    const doc = read(text, 'en', { entities: [rebels], places: towns, dates: [{ form: 'Tuesday', date: '2024-05-07' }] });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].mentions.map((m) => m.text)).toEqual(['killed', 'attack']);
    expect(doc.events[0].date.date).toBe('2024-05-07');
  });

  it('reads a place and the region around it in one sentence as one scene, at the place', () => {
    const text = 'The rebels attacked the town of Vesna, in northern Ruritania, on Tuesday, killing six soldiers.';
    const places = [{ ...towns[0]!, country: 'RR' }, { name: 'Ruritania', kind: 'country', country: 'RR', lat: 46, lon: 21, forms: ['Ruritania'] }];
    const doc = read(text, 'en', { entities: [rebels], places, dates: [{ form: 'Tuesday', date: '2024-05-07' }] });
    expect(doc.events.map((e) => [e.plover, placeOf(doc, e.place)])).toEqual([['ASSAULT', 'Vesna']]);
  });

  it('makes no event from quoted opinions, participial descriptions or demanded outcomes', () => {
    const text = '“We will crush any attack on Dorin,” the army said. Troops backed by Borduria patrolled Vesna. The government demanded the withdrawal of the rebels.';
    const doc = read(text, 'en', { entities: [rebels, army, gov, ally], places: towns });
    expect(doc.events.map((e) => e.plover)).toEqual(['DEMAND']);
    expect(nameOf(doc, doc.events[0].actor2)).toBe('Northern Front');
  });

  it('has no event where no trigger is', () => {
    expect(read('The weather in Vesna was mild and markets were busy.', 'en', { places: towns }).events).toEqual([]);
  });
});

describe('events (fr)', () => {
  it('lit une chute de ville « aux mains de » et le camp qui la perd', () => {
    const text = "Le gouvernement a vu Vesna tomber aux mains des rebelles du Front du Nord jeudi.";
    const doc = read(text, 'fr', { entities: [rebels, gov], places: towns, dates: [{ form: 'jeudi', date: '2024-05-09' }] });
    const e = doc.events[0];
    expect([nameOf(doc, e.actor1), nameOf(doc, e.actor2), placeOf(doc, e.place), e.date.date]).toEqual(['Northern Front', 'Ruritanian government', 'Vesna', '2024-05-09']);
    expect(e.trigger).toEqual(spanIn(text, 'tomber aux mains'));
  });

  it("lit le conditionnel (allégué), le démenti, la non-confirmation, et l'annonce (prévu)", () => {
    const text = [
      "Selon l'Observatoire, les rebelles auraient repris Dorin.",
      "L'armée dément avoir bombardé Oslavia.",
      "Les rebelles affirment avoir attaqué Vesna, une information qui n'a pu être vérifiée.",
      "Le gouvernement a annoncé qu'il enverrait des renforts vers Vesna.",
    ].join(' ');
    const doc = read(text, 'fr', { entities: [rebels, army, gov, monitor], places: towns });
    const at = (place: string, plover: string) => doc.events.find((e) => placeOf(doc, e.place) === place && e.plover === plover)!;
    expect([at('Dorin', 'ASSAULT').modality, nameOf(doc, at('Dorin', 'ASSAULT').source)]).toEqual(['alleged', 'Field Monitors']);
    expect(at('Oslavia', 'ASSAULT').modality).toBe('denied');
    expect(at('Vesna', 'ASSAULT').modality).toBe('unconfirmed');
    expect([at('Vesna', 'MOBILIZE').modality, at('Vesna', 'MOBILIZE').timing, nameOf(doc, at('Vesna', 'MOBILIZE').actor1)]).toEqual(['planned', 'future', 'Ruritanian government']);
  });

  it('lit le plus-que-parfait pronominal comme une action passée, et « la ville » comme la dernière ville', () => {
    const doc = read("Dorin est calme. Les rebelles s'étaient emparés de la ville en 2015.", 'fr', { entities: [rebels], places: towns, dates: [{ form: 'en 2015', date: '2015' }] });
    const e = doc.events[0];
    expect([nameOf(doc, e.actor1), placeOf(doc, e.place), e.timing, e.date]).toEqual(['Northern Front', 'Dorin', 'background', { date: '2015', precision: 'year' }]);
  });

  it("ne fait pas d'événement d'une description (« appuyée par ») ni d'un état (« qui soutient »)", () => {
    const doc = read("L'armée, appuyée par la Bordurie, qui soutient le gouvernement, patrouille à Vesna.", 'fr', { entities: [army, ally, gov], places: towns });
    expect(doc.events).toEqual([]);
  });
});
