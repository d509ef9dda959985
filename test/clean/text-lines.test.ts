import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/clean/extract.js';

const read = (text: string) => extractArticle({ origin: 't', url: null, file: null, bytes: Buffer.from(text), contentType: null, published: null });

// A flattened English page of our own: menu lines, title, byline, dateline, body with a heading,
// a pull-quote with its speaker line, a teaser run inside the body, comments and deals at the end.
const PAGE = `Home
World
Sign in

Floods force thousands from their homes in the delta

By Maria Lopez and Tom Reed
Published March 3, 2024

Heavy rain over the weekend pushed the river over its banks, forcing more than 12,000 people to leave their villages, local officials said on Monday.

Rescue teams used boats to reach families stranded on rooftops, while the army opened three temporary shelters in schools.

Relief efforts stretched

Aid groups warned that clean water was running short in the shelters, where families sleep on classroom floors.

We have never seen the water rise this fast, not even in the great flood.

Village chief, Anan Srisuk

Related
Dam levels reach record high
Rice harvest threatened by storms

Forecasters expect more rain later in the week, and officials urged residents to stay away from the riverbanks.

Comments
Best deals of the week
Win a trip to Bali!`;

describe('flattened text', () => {
  const a = read(PAGE);
  const kinds = a.blocks.map((b) => [b.kind, b.text.slice(0, 20)]);

  it('finds the title, the heading, the body and the pull-quote with its speaker line', () => {
    expect(a.extractor).toBe('text-lines');
    expect(a.title).toBe('Floods force thousands from their homes in the delta');
    expect(a.blocks[0]).toMatchObject({ kind: 'title', start: 0, end: a.title!.length });
    expect(kinds).toContainEqual(['heading', 'Relief efforts stret']);
    expect(kinds).toContainEqual(['quote', 'We have never seen t']);
    expect(kinds).toContainEqual(['caption', 'Village chief, Anan ']);
    expect(a.blocks.at(-1)!.text).toMatch(/^Forecasters expect more rain/);
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text);
  });

  it('reads the byline and dateline and removes the furniture with a reason', () => {
    expect(a.authors).toEqual(['Maria Lopez', 'Tom Reed']);
    expect(a.published).toBe('2024-03-03');
    expect(a.lang).toBe('en');
    const removed = Object.fromEntries(a.removed.map((r) => [r.text, r.reason]));
    expect(removed).toMatchObject({ Home: 'furniture', 'Sign in': 'furniture', Related: 'teaser-marker', 'Dam levels reach record high': 'teaser', Comments: 'tail-marker' });
    for (const junk of ['World', 'Rice harvest', 'Best deals', 'Win a trip']) expect(a.text).not.toContain(junk);
  });

  it('keeps a plain text without furniture whole', () => {
    const plain = read('Le cessez-le-feu tient depuis trois jours dans la région, selon les observateurs de la mission.\n\nLes discussions reprendront lundi à Genève, a annoncé le médiateur.');
    expect(plain.removed).toEqual([]);
    expect(plain.text).toContain('Les discussions reprendront lundi');
    expect(plain.lang).toBe('fr');
  });

  it('names a language without a pack instead of forcing one', () => {
    const de = read('Die Regierung hat am Montag neue Maßnahmen gegen die Überschwemmungen im Süden des Landes angekündigt, teilte das Ministerium mit.');
    expect(de.lang).toBe('deu');
    expect(read('Hello there friend, this is short.').lang).toMatch(/^(en|und)$/);
  });

  it('reads the language of a one-line text from its function words when trigrams mislead', () => {
    expect(read('Pirates seized a vessel off Somalia on Monday.').lang).toBe('en');
    expect(read('Des pirates ont saisi un navire au large du Yémen lundi.').lang).toBe('fr');
    expect(read('Die Polizei hat am Montag in Berlin zwei Männer festgenommen.').lang).not.toMatch(/^(en|fr)$/);
  });

  it('removes paywall and newsletter lines in English and French, and keeps prose that only mentions them', () => {
    const body = 'Heavy rain over the weekend pushed the river over its banks, forcing more than 12,000 people to leave, officials said.';
    const paywalled = read(`Floods in the delta\n\n${body}\n\nTo view the full story, please subscribe to The Delta Times.\n\nPour accéder en illimité à nos articles, abonnez-vous.\n\n${body.replace('Heavy', 'More')}`);
    expect(paywalled.text).not.toContain('To view the full story');
    expect(paywalled.text).not.toContain('Pour accéder en illimité');
    const prose = read(`Floods in the delta\n\n${body}\n\nOfficials said residents who subscribe to the alert service were warned on Friday, before the water rose.`);
    expect(prose.text).toContain('who subscribe to the alert service');
  });

  it('takes neither the site name repeated in the footer nor a section label over the headline for the title', () => {
    const body = 'Fishermen in the port of Varna said on Monday that the storm had sunk nine boats and torn the roof off the fish market overnight.';
    const page = `Skip to content\n\nThe Harbour Gazette\n\nNews | Sport | Weather | Opinion\n\nCoast / Storm season\n\nStorm sinks nine boats in Varna harbour\n\nBy Ana Petrova\n\n${body}\n\n${body.replace('nine', 'ten')}\n\n© 2025 The Harbour Gazette. All rights reserved. | Terms | Privacy`;
    const a = read(page);
    expect(a.title).toBe('Storm sinks nine boats in Varna harbour');
    expect(a.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['The Harbour Gazette', 'Coast / Storm season']));
    // With no footer naming it, a three-word first line is still the title.
    expect(read(`The Harbour Gazette\n\n${body}\n\n${body.replace('nine', 'ten')}`).title).toBe('The Harbour Gazette');
  });

  it('takes a breadcrumb for furniture and keeps a timed heading apart from the paragraph under it', () => {
    const body = "Les secours ont évacué plus de 300 familles des quartiers inondés pendant la nuit, a indiqué mardi la protection civile, qui redoute une nouvelle crue du fleuve.";
    const a = read(`Accueil > Régions > Littoral\n\nCrue historique dans la vallée\n\n07h55 – Plus de 300 familles évacuées dans la nuit\n${body}\n\n${body.replace('300', '400')}`);
    expect(a.title).toBe('Crue historique dans la vallée');
    expect(a.blocks.map((b) => b.kind)).toContain('heading');
    expect(a.text).not.toContain('évacuées dans la nuit Les secours');
  });
});
