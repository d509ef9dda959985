// Every span the three stages report quotes the text at its offsets, in both packs.
import { describe, expect, it } from 'vitest';
import { read } from './read.js';

const texts = {
  fr: "Jeudi, selon Moscou, l’aviation russe a frappé Idleb : au moins 17 civils ont été tués et près de 3 000 personnes ont fui depuis le 2 mars. Le porte-parole de l’ONU, Stéphane Dujarric, a dénoncé « une catastrophe ».",
  en: 'On Thursday, according to Ankara, Turkish drones struck Kurdish positions; at least 9 fighters were killed and about 1,500 people fled since March 2. UN spokesman Stéphane Dujarric called it “alarming”.',
};

describe('spans', () => {
  for (const [lang, text] of Object.entries(texts)) {
    it(`quote the text at their offsets (${lang})`, () => {
      const { dates, figures, entities } = read(lang, text);
      const spans = [...dates, ...figures, ...entities.flatMap((e) => e.mentions)];
      expect(spans.length).toBeGreaterThan(6);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
      expect(figures.map((f) => f.id)).toEqual(figures.map((_, i) => `f${i + 1}`));
    });
  }
});
