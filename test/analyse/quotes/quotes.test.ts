import { describe, expect, it } from 'vitest';
import { read, nameOf, spanIn } from '../../events/read.js';

const minister = { name: 'Ana Costa', kind: 'person', country: 'PRT', role: 'defence minister', forms: ['Ana Costa', 'the minister'] };
const spokesman = { name: 'Jean Morel', kind: 'person', country: 'FRA', role: 'porte-parole', forms: ['Jean Morel'] };

describe('direct quotes (en)', () => {
  it('takes the speaker from a reporting clause after the quote', () => {
    const text = '“Our troops are ready to defend every village,” said Ana Costa on Monday.';
    const doc = read(text, 'en', { entities: [minister] });
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0];
    expect({ start: q.start, end: q.end, text: q.text }).toEqual(spanIn(text, 'Our troops are ready to defend every village,'));
    expect(nameOf(doc, q.speaker)).toBe('Ana Costa');
    expect(q.direct).toBe(true);
    expect(q.cue).toEqual(spanIn(text, 'said'));
  });

  it('takes the speaker before a colon and refers "he added" back to the last speaker', () => {
    const text = 'Ana Costa told reporters: "The ceasefire will hold for now." "We expect no surprises from the north," she added.';
    const doc = read(text, 'en', { entities: [minister] });
    expect(doc.quotes.filter((q) => q.direct).map((q) => [q.text, nameOf(doc, q.speaker)])).toEqual([
      ['The ceasefire will hold for now.', 'Ana Costa'],
      ['We expect no surprises from the north,', 'Ana Costa'],
    ]);
  });

  it('keeps a nameless speaker as text when no entity is mentioned', () => {
    const text = '“We lost three vehicles in the ambush last night,” a military official said.';
    const doc = read(text, 'en', {});
    expect(doc.quotes[0].speaker).toBeNull();
    expect(doc.quotes[0].speakerName).toBe('a military official');
  });

  it('does not take scare quotes for speech', () => {
    const doc = read('Officials called the raid a “mistake” and promised an inquiry.', 'en', {});
    expect(doc.quotes.filter((q) => q.direct)).toEqual([]);
  });

  it('keeps an unattributed quote of five words, counted across any run of spaces', () => {
    const text = 'Protesters carried banners reading “no  surrender,\u00a0no retreat ever” through the square.';
    const quotes = read(text, 'en', {}).quotes.filter((q) => q.direct);
    expect(quotes.map((q) => ({ start: q.start, end: q.end, text: q.text }))).toEqual([spanIn(text, 'no  surrender,\u00a0no retreat ever')]);
    expect(read('Protesters carried banners reading “no surrender, no retreat” through the square.', 'en', {}).quotes.filter((q) => q.direct)).toEqual([]);
  });

  it('reads indirect speech with and without "that"', () => {
    const text = 'Ana Costa said that the border crossing would reopen on Friday. The minister said the talks had stalled.';
    const doc = read(text, 'en', { entities: [minister] });
    const indirect = doc.quotes.filter((q) => !q.direct);
    expect(indirect.map((q) => [q.text, nameOf(doc, q.speaker)])).toEqual([
      ['the border crossing would reopen on Friday', 'Ana Costa'],
      ['the talks had stalled', 'Ana Costa'],
    ]);
    expect({ start: indirect[0].start, end: indirect[0].end }).toEqual({ start: spanIn(text, 'the border').start, end: spanIn(text, 'on Friday').end });
  });

  it('finds a pull-quote followed by a speaker line', () => {
    const text = 'The talks resumed in Doha.\n\nNo one wins a war of attrition.\n\nThe Portuguese defence minister, Ana Costa\n\nThe delegations met again.';
    const doc = read(text, 'en', { entities: [minister] });
    const q = doc.quotes.find((x) => x.text.startsWith('No one'))!;
    expect({ start: q.start, end: q.end, text: q.text }).toEqual(spanIn(text, 'No one wins a war of attrition.'));
    expect(nameOf(doc, q.speaker)).toBe('Ana Costa');
  });

  it('does not take a heading after a paragraph for a speaker line', () => {
    const text = 'The talks resumed in Doha.\n\nFighting in the east\n\nShelling went on overnight.';
    expect(read(text, 'en', {}).quotes).toEqual([]);
  });
});

describe('direct quotes (fr)', () => {
  it('takes the speaker after « », a indiqué le porte-parole, X', () => {
    const text = '« Les convois humanitaires pourront passer dès demain matin », a indiqué le porte-parole du ministère, Jean Morel.';
    const doc = read(text, 'fr', { entities: [spokesman] });
    const q = doc.quotes[0];
    expect({ start: q.start, end: q.end, text: q.text }).toEqual(spanIn(text, 'Les convois humanitaires pourront passer dès demain matin'));
    expect(nameOf(doc, q.speaker)).toBe('Jean Morel');
    expect(q.cue).toEqual(spanIn(text, 'indiqué'));
  });

  it('reads « X a déclaré que… » as indirect speech, and not a plain "que"', () => {
    const text = "Jean Morel a déclaré que les négociations reprendraient lundi. Il faut dire que la route est coupée.";
    const doc = read(text, 'fr', { entities: [spokesman] });
    expect(doc.quotes.map((q) => [q.text, q.direct, nameOf(doc, q.speaker)])).toEqual([['les négociations reprendraient lundi', false, 'Jean Morel']]);
  });

  it('does not take « un mot » for a quote', () => {
    expect(read('Le ministre a dénoncé une « provocation » des séparatistes.', 'fr', {}).quotes.filter((q) => q.direct)).toEqual([]);
  });

  it('gives « …, a-t-il déclaré » to the last speaker, of reported speech too', () => {
    const text = "« Nous tiendrons », a déclaré Jean Morel. Ana Costa affirme que le front est calme. « Personne n'a tiré de la nuit », a-t-elle ajouté.";
    const doc = read(text, 'fr', { entities: [spokesman, minister] });
    expect(doc.quotes.filter((q) => q.direct).map((q) => nameOf(doc, q.speaker))).toEqual(['Jean Morel', 'Ana Costa']);
  });

  it('takes the speaker before a colon followed by a no-break space', () => {
    const text = 'Jean Morel a déclaré :\u00a0« Nous ne céderons pas. »';
    const q = read(text, 'fr', { entities: [spokesman] }).quotes.find((x) => x.direct)!;
    expect({ start: q.start, end: q.end, text: q.text }).toEqual(spanIn(text, 'Nous ne céderons pas.'));
    expect(q.speakerName).toBe('Jean Morel');
  });
});
