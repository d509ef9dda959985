// English sources, modality and the reach of speech acts, on sentences of our own with hand-given
// entities, places and dates (the upstream stages are tested on their own).
import { describe, expect, it } from 'vitest';
import { read, nameOf, placeOf, spanIn } from '../../events/read.js';

const front = { name: 'Northern Front', kind: 'armed_group', forms: ['Northern Front', 'the rebels'] };
const army = { name: 'Ruritanian army', kind: 'military', code: 'RURMIL', country: 'RUR', forms: ['the army', 'The army'] };
const un = { name: 'United Nations', kind: 'igo', code: 'IGOUNO', forms: ['The UN', 'the UN'] };
const monitor = { name: 'Field Monitors', kind: 'ngo', forms: ['Field Monitors', 'The monitor'] };
const rsf = { name: 'Rapid Support Forces', kind: 'armed_group', forms: ['Rapid Support Forces'] };
const agency = { name: 'AFP', kind: 'media', forms: ['AFP', 'Reuters'] };
const jets = { name: 'Bordurian military', kind: 'military', code: 'BORMIL', country: 'BOR', forms: ['Bordurian airstrikes'] };
const towns = [{ name: 'Vesna', kind: 'city', lat: 45.1, lon: 20.1, forms: ['Vesna'] }, { name: 'Dorin', kind: 'city', lat: 45.9, lon: 21.2, forms: ['Dorin', 'DORIN'] }];
const dates = [{ form: 'Tuesday', date: '2024-05-07' }, { form: 'May 9', date: '2024-05-09' }];
const all = { entities: [front, army, un, monitor, rsf, agency, jets], places: towns, dates };
const events = (text: string) => {
  const doc = read(text, 'en', all);
  return doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), placeOf(doc, e.place), e.modality]);
};

describe('en claims and modality', () => {
  it('reads "claimed to have" as the claimant doing it and alleging it', () => {
    const text = 'The Northern Front claimed to have captured Vesna.';
    const doc = read(text, 'en', all);
    expect(events(text)).toEqual([['ASSAULT', 'Northern Front', 'Vesna', 'alleged']]);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality, c.cue])).toEqual([['Northern Front', 'alleged', spanIn(text, 'claimed to have')]]);
  });

  it('lets a sentence of doubt alone qualify the sentence before, and only that one', () => {
    expect(events('The army shelled Vesna on Tuesday. The toll could not be independently verified.')).toEqual([['ASSAULT', 'Ruritanian army', 'Vesna', 'unconfirmed']]);
    expect(events('The army shelled Vesna on Tuesday. The rebels shelled Dorin. The toll could not be verified.').map((e) => e[3])).toEqual(['asserted', 'unconfirmed']);
  });

  it('gives a bare denial to the happening of the sentence before', () => {
    const text = 'The rebels shelled Vesna on Tuesday. The army denied it.';
    const doc = read(text, 'en', all);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality, c.cue])).toEqual([['Ruritanian army', 'denied', spanIn(text, 'denied')]]);
    // A denial with content of its own is about that content.
    const own = read('The rebels shelled Vesna. The army denied that it shelled Dorin.', 'en', all);
    expect(own.claims.map((c) => [nameOf(own, c.source), c.modality, placeOf(own, own.events.find((e) => e.id === c.event)!.place)])).toEqual([['Ruritanian army', 'denied', 'Dorin']]);
  });

  it('reads "a claim X denied" as X denying, and X as no party to the happening', () => {
    const text = 'The rebels said they shelled Vesna on Tuesday, a claim the army denied.';
    const doc = read(text, 'en', all);
    expect(doc.events.map((e) => [nameOf(doc, e.actor1), nameOf(doc, e.actor2)])).toEqual([['Northern Front', null]]);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.modality])).toEqual([['Northern Front', 'alleged'], ['Ruritanian army', 'denied']]);
  });

  it('reads the force named in a trigger as its doer, and a news agency told as no source', () => {
    const text = 'Bordurian airstrikes killed nine people in Vesna, a security source told Reuters.';
    const doc = read(text, 'en', all);
    expect(doc.events.map((e) => [e.plover, e.mode, nameOf(doc, e.actor1)])).toEqual([['ASSAULT', 'aerial', 'Bordurian military']]);
    expect(doc.claims).toEqual([]);
  });

  it('reads a bare denial of what came before, but not a denial with its own content', () => {
    const bare = read('The rebels shelled Vesna. The army denied any involvement.', 'en', all);
    expect(bare.claims.map((c) => [nameOf(bare, c.source), c.modality])).toEqual([['Ruritanian army', 'denied']]);
    expect(read('The rebels shelled Vesna. The army denied targeting civilians.', 'en', all).claims).toEqual([]);
  });

  it('reads what an accusation says as alleged, and the accusation as asserted (not made where the shelling was)', () => {
    expect(events('The army accused the Northern Front of shelling Vesna.')).toEqual([
      ['ACCUSE', 'Ruritanian army', null, 'asserted'],
      ['ASSAULT', 'Northern Front', 'Vesna', 'alleged'],
    ]);
  });

  it('reads the author of a rejected proposal as the one rejected', () => {
    const text = 'The army rejected a truce plan put forward by the Northern Front last week.';
    const doc = read(text, 'en', all);
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2)])).toEqual([['REJECT', 'Ruritanian army', 'Northern Front']]);
  });

  it('makes no event of what is urged, and no place of where it is to happen', () => {
    expect(events('The UN urged the army to halt all air strikes around Vesna.')).toEqual([['REQUEST', 'United Nations', null, 'asserted']]);
  });

  it('takes a speaker named right after the reporting verb, and none from beyond the comma', () => {
    const text = 'The monitor said Northern Front fighters attacked Vesna.';
    const doc = read(text, 'en', all);
    expect(doc.claims.map((c) => [nameOf(doc, c.source), c.cue])).toEqual([['Field Monitors', spanIn(text, 'said')]]);
    const late = read('The army rejected a plan put forward by the Northern Front, saying it was a trap.', 'en', all);
    expect(late.claims).toEqual([]);
  });

  it('reads no trigger inside a name, no actor in a news agency, and no event date in a dateline', () => {
    const text = 'DORIN, May 9 (AFP) — The Rapid Support Forces shelled Vesna on Tuesday.';
    const doc = read(text, 'en', all);
    expect(doc.events.map((e) => [e.plover, nameOf(doc, e.actor1), nameOf(doc, e.actor2), e.date.date])).toEqual([['ASSAULT', 'Rapid Support Forces', null, '2024-05-07']]);
  });
});

describe('en quotes inside a clause', () => {
  it('gives a quoted fragment to the subject of the reporting verb, and "he said" to the same speaker', () => {
    const text = 'The monitor urged donors on Monday to "act before the rains". "Every week counts," it said.';
    const doc = read(text, 'en', all);
    expect(doc.quotes.filter((q) => q.direct).map((q) => [q.text, nameOf(doc, q.speaker)])).toEqual([
      ['act before the rains', 'Field Monitors'],
      ['Every week counts,', 'Field Monitors'],
    ]);
  });
  it('does not give a scare-quoted word to a distant verb', () => {
    const text = 'The army said on Tuesday that after weeks of fighting around the town and the hills it had finally taken what it calls "the gate".';
    expect(read(text, 'en', all).quotes.filter((q) => q.direct)).toEqual([]);
  });
});
