// English reading on sentences of our own: negated, conditional and open-question events, mediators
// that are no party, the two sides of a mutual act, a pronoun opening a sentence, losses that are no
// loss of ground, units sent, an aid convoy that is attacked, a bulleted summary, an undated dateline,
// a weekday after a plan reported in the past.
import { describe, expect, it } from 'vitest';
import { at, read as readEntities } from '../../analyse/entities/read.js';
import { nameOf, placeOf, read } from '../../events/read.js';

const places = [
  { name: 'Maridi', kind: 'town', lat: 4.9, lon: 29.47, forms: ['Maridi'] },
  { name: 'Geneva', kind: 'city', lat: 46.2, lon: 6.15, forms: ['Geneva'] },
  { name: 'Yei', kind: 'town', lat: 4.09, lon: 30.68, forms: ['Yei', 'YEI'] },
];
const entities = [
  { name: 'Group X', kind: 'armed_group', forms: ['The rebels', 'the rebels', 'rebels'] },
  { name: 'Ruritanian military', kind: 'military', forms: ['The army', 'the army', 'army'] },
  { name: 'Ruritanian government', kind: 'government', forms: ['The government', 'the government'] },
  { name: 'Kenya', kind: 'state', forms: ['Kenya'] },
  { name: 'Norway', kind: 'state', forms: ['Norway'] },
  { name: 'World Food Programme', kind: 'igo', forms: ['World Food Programme'] },
];
const ann = { places, entities };
const types = (text: string) => read(text, 'en', ann).events.map((e) => e.plover);

describe('en events that did not happen', () => {
  it('reads no event behind a negation', () => {
    expect(types('The rebels did not attack Maridi on Monday.')).toEqual([]);
    expect(types('The government said it would not take part in any talks in Geneva.')).toEqual([]);
    expect(types('The army did not comment on the strikes.')).toEqual([]);
    expect(types('The government said no strikes had hit Maridi.')).toEqual([]);
    // Without the negation, each is read.
    expect(types('The rebels attacked Maridi on Monday.')).toEqual(['ASSAULT']);
  });

  it('reads no event in a condition, in an open question with a modal, or as what a condition would bring', () => {
    expect(types('Residents will flee Maridi if the shelling continues.')).toEqual([]);
    expect(types('The government did not say whether the army would negotiate with the rebels.')).toEqual([]);
    expect(types('The government warned that the army would strike the rebels again if they refused to disarm.')).not.toContain('ASSAULT');
    // An open question with no modal leaves the happening it names: the strike took place.
    expect(types('It was unclear whether the air strike on Maridi killed any rebels.')).toContain('ASSAULT');
  });
});

describe('en mediators and mutual acts', () => {
  it('leaves a mediator out of the sides of an agreement, and puts the second party on the other side', () => {
    const doc = read('The government and the rebels signed a ceasefire in Geneva on Friday under the auspices of Norway and Kenya.', 'en', ann);
    const agree = doc.events.find((e) => e.plover === 'AGREE')!;
    expect([nameOf(doc, agree.actor1), nameOf(doc, agree.actor2), placeOf(doc, agree.place)]).toEqual(['Ruritanian government', 'Group X', 'Geneva']);
    expect([...agree.actor1_more, ...agree.actor2_more].map((id) => nameOf(doc, id))).toEqual([]);
  });

  it('reads talks brokered by a third state as the two sides\' talks', () => {
    const doc = read('The army and the rebels held talks in Geneva brokered by Norway.', 'en', ann);
    const talks = doc.events.find((e) => e.plover === 'CONSULT')!;
    expect([nameOf(doc, talks.actor1), nameOf(doc, talks.actor2)]).toEqual(['Ruritanian military', 'Group X']);
  });

  it('puts the two sides of a clash on both sides, and leaves a one-sided attack as it is', () => {
    const doc = read('The army and the rebels clashed near Maridi on Sunday.', 'en', ann);
    expect(doc.events.map((e) => [nameOf(doc, e.actor1), nameOf(doc, e.actor2)])).toEqual([['Ruritanian military', 'Group X']]);
    const attack = read('The army and the rebels attacked Maridi on Sunday.', 'en', ann);
    expect(attack.events.map((e) => nameOf(attack, e.actor2))).toEqual([null]);
  });
});

describe('en subjects, losses, units and aid', () => {
  it('reads a pronoun opening a sentence as the subject of the sentence before', () => {
    const doc = read('The government said on Sunday that a drone hit a market in Maridi. It accused the rebels of launching the attack.', 'en', ann);
    const accuse = doc.events.find((e) => e.plover === 'ACCUSE')!;
    expect([nameOf(doc, accuse.actor1), nameOf(doc, accuse.actor2)]).toEqual(['Ruritanian government', 'Group X']);
  });

  it('reads no loss of ground in losing one\'s kin, home or men', () => {
    expect(types('A mother said she had lost two of her children in Maridi.')).toEqual([]);
    expect(types('The army has lost more than 40 soldiers since January.')).toEqual([]);
    expect(types('The army lost Maridi to the rebels on Sunday.')).toEqual(['ASSAULT']);
  });

  it('reads a claimed right, or trucks entering a town, as no happening', () => {
    expect(types('The government said it kept the right to resume fighting after any truce.')).toEqual([]);
    expect(types('Aid trucks entered Maridi on Sunday.')).toEqual([]);
    expect(types('The rebels entered Maridi on Sunday.')).toEqual(['ASSAULT']);
  });

  it('reads battalions and brigades sent or moved as a deployment, planned when a modal stands inside the phrase', () => {
    const doc = read('The government announced that two army battalions would be sent to Maridi this week.', 'en', ann);
    expect(doc.events.map((e) => [e.plover, e.timing, e.modality])).toEqual([['MOBILIZE', 'future', 'planned']]);
    expect(types('Officials said three brigades had been moved to Yei from the capital.')).toEqual(['MOBILIZE']);
  });

  it('reads what a strike destroys as its damage, and houses burnt after a raid as an act of their own', () => {
    expect(types('Army helicopters struck rebel positions near Maridi, killing nine fighters and destroying a weapons cache.')).toEqual(['ASSAULT']);
    expect(types('The rebels abducted two nuns in Maridi and burned down several houses.')).toEqual(['ASSAULT', 'COERCE']);
  });

  it('places an accusation where it is made, not at the city its object names', () => {
    const doc = read('The army said a drone hit Maridi on Sunday. It accused the rebels of launching the drones from positions west of the city.', 'en', ann);
    const accuse = doc.events.find((e) => e.plover === 'ACCUSE')!;
    expect(placeOf(doc, accuse.place)).toBeNull();
  });

  it('does not place a plan at the scene of the news told before it', () => {
    const doc = read('The rebels attacked Maridi on Sunday. The government vowed to fight until the rebels were defeated.', 'en', ann);
    expect(doc.events.map((e) => [e.plover, e.timing, placeOf(doc, e.place)])).toEqual([['ASSAULT', 'current', 'Maridi'], ['ASSAULT', 'future', null]]);
  });

  it('reads an attacked aid convoy as an attack, not a delivery', () => {
    expect(types('Gunmen attacked an aid convoy near Maridi on Saturday.')).toEqual(['ASSAULT']);
    expect(types('Aid convoy attacked near Maridi')).toEqual(['ASSAULT']);
    expect(types('The World Food Programme delivered food aid to Maridi on Saturday.')).toEqual(['AID']);
  });

  it('reads "is expected to" several words before the trigger as a plan', () => {
    const doc = read('The army is expected to launch a ground offensive near Maridi.', 'en', ann);
    expect(doc.events.map((e) => [e.plover, e.timing, e.modality])).toEqual([['ASSAULT', 'future', 'planned']]);
  });

  it('reads a bulleted summary item as a re-mention of the body\'s event', () => {
    const text = 'Rebels attack Maridi\n\n- Rebels attacked the town of Maridi overnight, residents say\n\nThe rebels attacked Maridi on Sunday night, killing four soldiers, residents said.';
    const doc = read(text, 'en', { ...ann, dates: [{ form: 'on Sunday night', date: '2024-05-12' }] }, '2024-05-13', true);
    expect(doc.events.map((e) => [e.plover, placeOf(doc, e.place), e.date.date, e.evidence.text.startsWith('The rebels')])).toEqual([['ASSAULT', 'Maridi', '2024-05-12', true]]);
  });

  it('does not place an event at the city of an undated dateline', () => {
    const doc = read('YEI — The rebels stormed a police post in Maridi late on Tuesday, police said.', 'en', ann);
    expect(doc.events.map((e) => placeOf(doc, e.place))).toEqual(['Maridi']);
  });
});

describe('en dates of plans reported in the past', () => {
  it('dates a weekday after "planned to" to the coming one', () => {
    // Published Friday 2023-05-12.
    expect(readEntities('en', 'The governor planned to convene a meeting of elders on Saturday.').dates.map((d) => d.date)).toEqual(['2023-05-13']);
    expect(readEntities('en', 'The governor convened a meeting of elders on Saturday.').dates.map((d) => d.date)).toEqual(['2023-05-06']);
  });
});

describe('en actors of current conflicts', () => {
  it('knows the Pakistani Taliban, the SPLM-N and the Pakistani army\'s media wing', () => {
    const t = 'The Pakistani Taliban (TTP) claimed the raid; the SPLM-N denied it; Inter-Services Public Relations said troops responded.';
    const found = readEntities('en', t).entities;
    expect(found.find((e) => e.name === 'Tehreek-e-Taliban Pakistan')).toMatchObject({ code: 'PAKREBTTP', mentions: [at(t, 'Pakistani Taliban'), at(t, 'TTP')] });
    expect(found.find((e) => e.name === 'SPLM-N')?.code).toBe('SDNREBSPN');
    expect(found.find((e) => e.name === 'Pakistani military')?.mentions).toEqual([at(t, 'Inter-Services Public Relations'), at(t, 'troops')]);
  });

  it('reads the group inside "X-led" as the actor, and what it leads as the same group', () => {
    const t = 'Hamas-led militants attacked a kibbutz; an RSF-led alliance set up a rival government.';
    const found = readEntities('en', t).entities;
    expect(found.find((e) => e.name === 'Hamas')?.mentions.map((m) => m.text)).toEqual(['Hamas-led', 'militants']);
    expect(found.find((e) => e.name === 'Rapid Support Forces')?.mentions.map((m) => m.text)).toEqual(['RSF-led']);
    // A group backed by another is not that other.
    expect(readEntities('en', 'Hamas-backed gunmen fired.').entities.map((e) => e.name)).not.toContain('Hamas');
  });

  it('reads "Congolese" and "Congo" as the DR Congo, and bare "police" as the police of the country in focus', () => {
    const t = 'The Congolese army said militiamen attacked a camp in Congo. Police later arrested 14 protesters in Bunia.';
    const found = readEntities('en', t).entities;
    expect(found.find((e) => e.code === 'CODMIL')?.mentions.map((m) => m.text)).toEqual(['Congolese army']);
    expect(found.find((e) => e.code === 'CODCOP')?.mentions.map((m) => m.text)).toEqual(['Police']);
    expect(found.find((e) => e.code === 'COD')?.mentions.map((m) => m.text)).toEqual(['Congo']);
  });
});
