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
  it('keeps a told weekday in the past, even with a future word far before it', () => {
    expect(days("L'armée a attaqué la ville lundi.")).toEqual([['lundi', '2023-05-08']]);
    expect(days("Il va falloir du temps pour comprendre l'attaque de lundi.")).toEqual([['lundi', '2023-05-08']]);
  });
});
