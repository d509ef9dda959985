// French reading: what did not happen (negations, conditions), who only brokered or asked
// (mediators), refusals to take part, and a few triggers news often uses.
import { describe, expect, it } from 'vitest';
import { read as readAll } from '../../analyse/entities/read.js';
import { nameOf, read } from '../../events/read.js';

const places = [
  { name: 'Gao', kind: 'city', lat: 16.27, lon: -0.04, forms: ['Gao'] },
  { name: 'Niamey', kind: 'city', lat: 13.51, lon: 2.11, forms: ['Niamey'] },
];
const entities = [
  { name: 'Groupe X', kind: 'armed_group', forms: ['Les rebelles', 'les rebelles', 'Le groupe X', 'le groupe X'] },
  { name: 'Malian military', kind: 'military', code: 'MLIMIL', forms: ["L'armée", "l'armée", 'Bamako'] },
  { name: 'Chad', kind: 'state', code: 'TCD', forms: ['Le Tchad', 'le Tchad'] },
  { name: 'African Union', kind: 'igo', forms: ["l'Union africaine"] },
  { name: 'Qatar', kind: 'state', code: 'QAT', forms: ['du Qatar', 'Qatar'] },
];
const doc = (text: string) => read(text, 'fr', { places, entities, dates: [] });
const events = (text: string) => doc(text).events.map((e) => e.plover);

describe('fr negations', () => {
  it('reads no event behind "ne … pas", "ne … jamais", "ne … plus"', () => {
    expect(events("Les rebelles n'ont pas attaqué Gao.")).toEqual([]);
    expect(events("L'armée n'a jamais bombardé les quartiers de Gao.")).toEqual([]);
    expect(events("Bamako n'a pas réagi à ces accusations.")).toEqual([]);
    // The negation's second word inside a gapped trigger: "n'enverra pas de renforts".
    expect(events("L'armée n'enverra pas de troupes à Gao.")).toEqual([]);
  });

  it('keeps an event the negation does not reach', () => {
    expect(events("Les rebelles ont attaqué Gao, mais l'armée n'a pas confirmé le bilan.")).toEqual(['ASSAULT']);
    expect(events("L'attaque contre Gao n'a pas été revendiquée.")).toEqual(['ASSAULT']);
  });

  it('reads an announced refusal to take part as a refusal, not as taking part', () => {
    expect(events('Le Tchad ne participera pas aux opérations conjointes autour de Gao.')).toEqual(['REJECT']);
    expect(events('Le Tchad ne prendra pas part aux négociations de Niamey.')).toEqual(['REJECT']);
    // A past absence is no refusal.
    expect(events("Le Tchad n'a pas participé aux opérations conjointes.")).toEqual([]);
  });

  it('reads a refusal as said now, dated and placed by its statement rather than by what it refuses', () => {
    const dates = [{ form: 'jeudi', date: '2024-05-09' }, { form: 'en juin', date: '2024-06' }];
    const refusal = read("Le Tchad ne participera pas aux manœuvres prévues en juin à Gao, a annoncé jeudi l'Union africaine.", 'fr', { places, entities, dates }).events[0];
    expect([refusal.plover, refusal.timing, refusal.modality, refusal.date.date, refusal.place]).toEqual(['REJECT', 'current', 'asserted', '2024-05-09', null]);
    const reported = read("L'Union africaine a indiqué jeudi que le Tchad ne participerait pas aux opérations prévues à Niamey en juin.", 'fr', { places, entities, dates }).events[0];
    expect([reported.plover, reported.timing, reported.modality, reported.date.date]).toEqual(['REJECT', 'current', 'asserted', '2024-05-09']);
  });
});

describe('fr conditions', () => {
  it('reads no event inside "si", "s\'il", "au cas où"', () => {
    expect(events('Le groupe X menace de frapper Gao si les combats reprennent.')).toEqual(['THREATEN']);
    expect(events("L'armée se retirera de Gao s'il le faut.")).toEqual(['RETREAT']);
    expect(events("Au cas où les rebelles attaqueraient Gao, l'armée riposterait.")).not.toContain('ASSAULT');
  });

  it('reads no event inside "tant que", a condition set on what is said', () => {
    expect(events("Le Tchad ne participera pas aux négociations tant que les rebelles attaqueront Gao.")).toEqual(['REJECT']);
    expect(events("L'armée restera à Gao tant qu'il y aura des combats.")).toEqual([]);
  });

  it('keeps what "même si" concedes', () => {
    expect(events('Même si les rebelles ont attaqué Gao, la route reste ouverte.')).toEqual(['ASSAULT']);
  });

  it('takes the one named in a threat\'s condition as the one threatened', () => {
    const d = doc("Le groupe X a menacé d'intensifier ses frappes si l'armée ne quittait pas Gao.");
    const threat = d.events.find((e) => e.plover === 'THREATEN')!;
    expect([nameOf(d, threat.actor1), nameOf(d, threat.actor2)]).toEqual(['Groupe X', 'Malian military']);
  });
});

describe('fr mediators', () => {
  it('takes no broker or requester for a side', () => {
    const d = doc("Le groupe X et l'armée ont signé un accord à Niamey sous l'égide de l'Union africaine.");
    const agree = d.events.find((e) => e.plover === 'AGREE')!;
    const sides = [agree.actor1, ...agree.actor1_more, agree.actor2, ...agree.actor2_more].map((id) => nameOf(d, id));
    expect(sides).not.toContain('African Union');
    const asked = doc("Un cessez-le-feu a été conclu à Gao avec la médiation du Qatar entre l'armée et le groupe X.");
    expect(asked.events.map((e) => nameOf(asked, e.actor1))).not.toContain('Qatar');
  });
});

describe('fr triggers and names', () => {
  it('reads an invasion, an exchange of prisoners, a talk and guided bombs', () => {
    expect(events("L'armée a lancé son invasion de la région de Gao.")).toEqual(['ASSAULT']);
    expect(events("L'armée et le groupe X ont échangé mardi 40 prisonniers.")).toEqual(['CONCEDE']);
    expect(events("Le Tchad doit s'entretenir vendredi à Niamey avec l'armée.")).toEqual(['CONSULT']);
    expect(doc("Gao a été visée par deux bombes aériennes guidées.").events.map((e) => e.mode)).toEqual(['aerial']);
  });

  it('reads no new event in a witness hearing explosions or in "forces d\'occupation"', () => {
    expect(events('Des habitants de Gao ont entendu plusieurs explosions dans la nuit.')).toEqual([]);
    expect(events("Les forces d'occupation contrôlent la route de Gao.")).toEqual([]);
  });

  it('reads hyphenated particles in names, feminine roles and researchers', () => {
    const d = readAll('fr', "La cheffe de la mission, Hanna Tetteh, a rencontré le général Ahmed al-Mismari. Selon la chercheuse Leïla Benali, rien n'est réglé.");
    expect(d.entities.map((e) => [e.name, e.role])).toEqual([['Hanna Tetteh', 'leader'], ['Ahmed al-Mismari', 'General'], ['Leïla Benali', 'researcher']]);
  });

  it('takes "à Bruxelles" for a place, not for the European Union', () => {
    expect(readAll('fr', 'Les ministres se sont retrouvés à Bruxelles.').entities.map((e) => e.name)).toEqual([]);
    expect(readAll('fr', "L'Union européenne a annoncé des sanctions.").entities.map((e) => e.name)).toEqual(['European Union']);
  });
});

describe('fr organisations introduced with their short name', () => {
  const names = (text: string) => readAll('fr', text).entities.map((e) => [e.name, e.kind, e.mentions.map((m) => m.text)]);

  it('takes the short name in parentheses for an actor, and each later use of it', () => {
    expect(names('Des heurts ont opposé la Brigade de protection du port (BPP) à la police. La BPP a démenti.')).toEqual([
      ['BPP', 'armed_group', ['Brigade de protection du port', 'BPP', 'BPP']],
    ]);
    expect(names("La Mission d'observation de la frontière (Mobif) a quitté la zone. La Mobif reviendra.")).toEqual([
      ['Mobif', 'igo', ["Mission d'observation de la frontière", 'Mobif', 'Mobif']],
    ]);
  });

  it('reads an acronym before its words in parentheses, digits glued to letters', () => {
    expect(names('Le groupe armé 2R (Retour et résistance) a attaqué un convoi. Le 2R a ensuite fui.')).toEqual([
      ['2R', 'armed_group', ['2R', '2R']],
    ]);
  });

  it('names no actor from a parenthesis without a head noun, or one the lexicon knows', () => {
    expect(names('KIDAL (Mali), 3 mai (Sitrep) – Le calme est revenu.').map((n) => n[0])).toEqual(['Mali']);
    expect(names("L'Organisation mondiale de la santé (OMS) s'alarme.").map((n) => n[0])).toEqual(['World Health Organization']);
  });
});

describe('fr agreements and claims of responsibility', () => {
  it('reads a truce concluded in the passive', () => {
    expect(events('Le cessez-le-feu a été conclu vendredi à Niamey.')).toEqual(['AGREE']);
    expect(events('Une trêve a été signée à Gao entre les rebelles et l\'armée.')).toEqual(['AGREE']);
  });

  it('takes who claims an attack for its doer', () => {
    const d = doc("Onze soldats ont été tués mardi dans l'attaque d'un poste de Gao, revendiquée par le groupe X.");
    expect(d.events.map((e) => [e.plover, nameOf(d, e.actor1), nameOf(d, e.actor2)])).toEqual([['ASSAULT', 'Groupe X', null]]);
  });
});

describe('fr quotes', () => {
  const withPeople = (text: string) =>
    read(text, 'fr', { places, dates: [], entities: [...entities, { name: 'Ivan Petrov', kind: 'person', forms: ['Ivan Petrov'] }, { name: 'Anna Kis', kind: 'person', forms: ['Anna Kis'] }] });

  it('gives "a-t-il écrit" to the person named since the previous quote', () => {
    const d = withPeople("« Nous tenons Gao », a déclaré Anna Kis. Sept civils ont été tués, selon le gouverneur, Ivan Petrov. « Les secours ont travaillé toute la nuit », a-t-il écrit.");
    expect(d.quotes.map((q) => [q.text.slice(0, 12), nameOf(d, q.speaker)])).toEqual([['Nous tenons ', 'Anna Kis'], ['Les secours ', 'Ivan Petrov']]);
  });

  it('knows the verbs of a narrative ("a répliqué", "soupire")', () => {
    const d = withPeople("« Rien ne change », soupire Ivan Petrov. « Gao tiendra », a répliqué Anna Kis.");
    expect(d.quotes.map((q) => nameOf(d, q.speaker))).toEqual(['Ivan Petrov', 'Anna Kis']);
  });
});
