// Un jour de la semaine annoncé (« doit se rendre mercredi ») est le prochain ; raconté, le dernier.
import { describe, expect, it } from 'vitest';
import { read } from '../../analyse/entities/read.js';

// Publié le vendredi 12 mai 2023.
const days = (text: string) => read('fr', text).dates.map((d) => [d.text, d.date]);

describe('fr weekdays and the future', () => {
  it('reads a weekday after a word of the future as the coming one', () => {
    expect(days('Le président doit se rendre lundi à Luanda.')).toEqual([['lundi', '2023-05-15']]);
    expect(days('Les ministres se réuniront mardi.')).toEqual([['mardi', '2023-05-16']]);
  });
  it('reads a weekday or a month right after a verb in the future as a coming one', () => {
    expect(days('Le Conseil examinera jeudi le rapport de la mission.')).toEqual([['jeudi', '2023-05-18']]);
    expect(days('Le sommet se tiendra en juin à Dakar.')).toEqual([['en juin', '2023-06']]);
    // A name ending like a future ("Ankara") is no verb.
    expect(days('Des heurts ont éclaté à Ankara mardi.')).toEqual([['mardi', '2023-05-09']]);
  });
  it('keeps a told weekday in the past, even with a future word far before it', () => {
    expect(days("L'armée a attaqué la ville lundi.")).toEqual([['lundi', '2023-05-08']]);
    expect(days("Il va falloir du temps pour comprendre l'attaque de lundi.")).toEqual([['lundi', '2023-05-08']]);
  });
});

describe('fr months and the future', () => {
  it('reads a bare month after a word of the future as this one or a coming one', () => {
    expect(days('Une conférence des donateurs doit se tenir en juillet à Addis-Abeba.')).toEqual([['en juillet', '2023-07']]);
    expect(days("L'armée prévoit de lancer en mars une nouvelle opération.")).toEqual([['en mars', '2024-03']]);
  });
  it('keeps a told bare month in the past', () => {
    expect(days('Les rebelles avaient pris la ville en juillet.')).toEqual([['en juillet', '2022-07']]);
  });
});
