// English reading of the parties named together ("both sides"), nouns that re-mention a happening
// ("the clashes ended"), talks broken off, clauses set before or after the main one, the police as a
// force of its own, and headlines of scheduled talks. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { nameOf, read } from '../../events/read.js';
import { read as analyse } from '../../analyse/entities/read.js';
import { extractArticle } from '../../../src/clean/extract.js';

const front = { name: 'Northern Front', kind: 'armed_group', code: 'RURREB', country: 'RUR', forms: ['Northern Front', 'the rebels', 'The rebels'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the army', 'The army'] };
const gov = { name: 'Ruritanian government', kind: 'government', code: 'RURGOV', country: 'RUR', forms: ['The government', 'the government'] };
const un = { name: 'United Nations', kind: 'igo', code: 'IGOUNO', forms: ['The UN', 'the UN'] };
const places = [{ name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] }];
// Published Friday 2024-05-10.
const dates = [{ form: 'on Tuesday', date: '2024-05-07' }, { form: 'on Monday', date: '2024-05-06' }];
const all = { entities: [front, army, gov, un], places, dates };
const events = (text: string) => {
  const doc = read(text, 'en', all);
  return doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2), [...e.actor2_more].map((id) => nameOf(doc, id)), e.date.date]);
};

describe('en parties named together', () => {
  it('reads "both sides" as the two sides of the last happening told with both', () => {
    expect(events('The army and the rebels clashed in Vesna on Tuesday. The UN called on both sides to respect the truce.')).toEqual([
      ['ASSAULT', 'Ruritanian army', 'Northern Front', [], '2024-05-07'],
      ['REQUEST', 'United Nations', 'Ruritanian army', ['Northern Front'], '2024-05-10'],
    ]);
  });

  it('reads "the two sides" before talks as both parties to them, and leaves the phrase alone with no such happening', () => {
    expect(events('The army and the rebels clashed in Vesna on Tuesday. The two sides are due to meet in Vesna next week.').map((e) => e.slice(0, 3))).toEqual([
      ['ASSAULT', 'Ruritanian army', 'Northern Front'],
      ['CONSULT', 'Ruritanian army', 'Northern Front'],
    ]);
    expect(events('The UN called on both sides to respect the truce.')).toEqual([['REQUEST', 'United Nations', null, [], '2024-05-10']]);
  });
});

describe('en re-mentions and broken-off talks', () => {
  it('reads "the clashes ended" and "the attack was the deadliest" as the happening told before, not a new one', () => {
    expect(events('The rebels attacked Vesna on Tuesday. The attack was the deadliest this year.')).toEqual([['ASSAULT', 'Northern Front', null, [], '2024-05-07']]);
  });

  it('takes from a re-mention what it adds ("the attack was carried out by"), and keeps one with a date of its own', () => {
    expect(events('Vesna was shelled on Tuesday. The attack was carried out by the Northern Front.')).toEqual([['ASSAULT', 'Northern Front', null, [], '2024-05-07']]);
    expect(events('The army shelled Vesna on Tuesday. The attack on Monday was carried out by the Northern Front.').map((e) => e.slice(0, 2))).toEqual([
      ['ASSAULT', 'Ruritanian army'],
      ['ASSAULT', 'Northern Front'],
    ]);
  });

  it('reads suspending or calling off talks as a refusal, not as talks', () => {
    expect(events('The government suspended peace talks with the rebels on Tuesday.')).toEqual([['REJECT', 'Ruritanian government', 'Northern Front', [], '2024-05-07']]);
    expect(events('The rebels called off the truce on Tuesday.').map((e) => e[0])).toEqual(['REJECT']);
  });
});

describe('en runs of happenings and appositions', () => {
  it('reads "the latest in a string of attacks" as no attack of its own', () => {
    expect(events('The rebels attacked Vesna on Tuesday. It was the latest in a string of attacks by the army on Monday.')).toEqual([['ASSAULT', 'Northern Front', null, [], '2024-05-07']]);
  });

  it('does not date a happening by a date in an apposition that says what a name is', () => {
    const doc = read('The Northern Front, a coalition of factions formed in 2007, attacked Vesna.', 'en', { ...all, dates: [{ form: 'in 2007', date: '2007' }] });
    expect(doc.events.map((e) => [e.plover, e.date.date, e.timing])).toEqual([['ASSAULT', '2024-05-10', 'current']]);
  });
});

describe('en clauses before or after the main one', () => {
  it('does not date a happening told after "after" by the main clause', () => {
    const [, attack] = read('The government suspended peace talks with the rebels on Tuesday after the rebels attacked Vesna.', 'en', all).events;
    expect([attack.plover, attack.date.date]).toEqual(['ASSAULT', '2024-05-10']);
    const [, dated] = read('The government suspended peace talks with the rebels on Tuesday after the rebels attacked Vesna on Monday.', 'en', all).events;
    expect(dated.date.date).toBe('2024-05-06');
  });

  it('reads "before dawn on Monday" as a time, opening no clause', () => {
    expect(events('The rebels attacked Vesna before dawn on Monday.')).toEqual([['ASSAULT', 'Northern Front', null, [], '2024-05-06']]);
  });
});

describe('en police, groups and scheduled talks', () => {
  it('codes the police apart from the army (CAMEO COP)', () => {
    const { entities } = analyse('en', 'Kenyan police fired tear gas in Nairobi. Police later arrested 40 people, and two policemen were hurt.');
    const police = entities.find((e) => e.name === 'Kenyan police');
    expect(police).toMatchObject({ code: 'KENCOP', country: 'KEN' });
    expect(police?.mentions.map((m) => m.text)).toEqual(['Kenyan police', 'Police', 'policemen']);
    expect(entities.some((e) => e.code === 'KENMIL')).toBe(false);
  });

  it('knows Colombian and Cameroonian armed groups, and separatists as the rebels', () => {
    const { entities } = analyse('en', 'The National Liberation Army (ELN) clashed with FARC dissidents. In Cameroon, the Ambazonia Defence Forces and other separatists enforced a lockdown.');
    expect(entities.map((e) => [e.name, e.code])).toEqual(expect.arrayContaining([
      ['National Liberation Army', 'COLREBELN'], ['FARC', 'COLREBFAR'], ['Ambazonia Defence Forces', 'CMRREBADF'],
    ]));
    expect(entities.find((e) => e.name === 'Ambazonia Defence Forces')?.mentions.map((m) => m.text)).toContain('separatists');
  });

  it('reads a short name in parentheses after a full name as that actor\'s, though another group elsewhere goes by it', () => {
    const { entities } = analyse('en', 'The governor blamed the Ambazonia Defence Forces (ADF). The ADF did not comment.');
    expect(entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Ambazonia Defence Forces', ['Ambazonia Defence Forces', 'ADF', 'ADF']]]);
    const nested = analyse('en', 'The Pakistani Taliban (TTP) claimed the raid.').entities;
    expect(nested.map((e) => e.name)).toEqual(['Tehreek-e-Taliban Pakistan']);
  });

  it('reads a capital that holds or hosts talks as its government', () => {
    const { entities } = analyse('en', 'In 2022, Islamabad held talks with the TTP.');
    expect(entities.find((e) => e.code === 'PAKGOV')?.mentions.map((m) => m.text)).toEqual(['Islamabad']);
  });

  it('dates talks to resume on a weekday, as headlines write them, on the coming one', () => {
    // Published Friday 2023-05-12.
    expect(analyse('en', 'Negotiators to resume ceasefire talks in Geneva on Thursday').dates.map((d) => d.date)).toEqual(['2023-05-18']);
    expect(analyse('en', 'The talks, which resume in Geneva on Thursday, are mediated by Norway.').dates.map((d) => d.date)).toEqual(['2023-05-18']);
    expect(analyse('en', 'Fighting resumed in the city on Thursday.').dates.map((d) => d.date)).toEqual(['2023-05-11']);
  });

  it('removes a "Most read" list of numbered headlines from a flattened page', () => {
    const page = 'Floods force thousands from their homes\n\nHeavy rain pushed the river over its banks, forcing more than 12,000 people to leave their villages, officials said.\n\nRescue teams used boats to reach families stranded on rooftops.\n\nMost read\n1. Gunmen kill 12 in village raid near the border\n2. Minister arrested ahead of opposition protest\n\n© 2024 The Delta Post';
    const a = extractArticle({ origin: 't', url: null, file: null, bytes: Buffer.from(page), contentType: null, published: null });
    expect(a.text).not.toContain('Gunmen');
    expect(a.text).not.toContain('Minister');
    expect(a.removed).toContainEqual({ text: '1. Gunmen kill 12 in village raid near the border', reason: 'teaser' });
  });
});
