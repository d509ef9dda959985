// Group nouns read as the actors of the country in focus (gangs, protesters), "the attackers" as the
// armed group named before, and an official whose state goes unsaid as serving the country in focus.
import { describe, expect, it } from 'vitest';
import { at, read } from './read.js';

const entities = (lang: string, text: string) => read(lang, text).entities;
const byName = (lang: string, text: string, name: string) => entities(lang, text).find((e) => e.name === name);

describe('group nouns and officials', () => {
  it('reads gangs and protesters as those of the country in focus', () => {
    const t = 'Police fired on protesters in Kenya. Armed gangs later looted shops.';
    expect(byName('en', t, 'Kenyan protesters')).toMatchObject({ code: 'KENCVL', mentions: [at(t, 'protesters')] });
    expect(byName('en', t, 'Kenyan gangs')).toMatchObject({ kind: 'armed_group', code: 'KENCRM' });
    const f = 'En Haïti, des gangs ont attaqué une prison. Les manifestants ont fui.';
    expect(byName('fr', f, 'Haitian gangs')?.mentions).toEqual([at(f, 'gangs')]);
    expect(byName('fr', f, 'Haitian protesters')?.code).toBe('HTICVL');
  });

  it('reads "the attackers" as the armed group named last before, by name or as a group noun', () => {
    const t = 'Fighters of the Islamic State stormed a village in Mozambique. The attackers torched houses.';
    expect(byName('en', t, 'Islamic State')?.mentions.map((m) => m.text)).toEqual(['Islamic State', 'attackers']);
    const f = 'En Haïti, des gangs ont attaqué Mirebalais. Les assaillants ont incendié des maisons.';
    expect(byName('fr', f, 'Haitian gangs')?.mentions.map((m) => m.text)).toEqual(['gangs', 'assaillants']);
    // No armed group named before: the attackers stay unknown.
    expect(entities('en', 'The attackers fled into Kenya.').map((e) => e.name)).toEqual(['Kenya']);
  });

  it('gives an official whose state goes unsaid the government of the country in focus', () => {
    const t = 'In Kenya, Interior Minister Jane Mwangi said the police had acted lawfully. Kenya rejected the report.';
    expect(byName('en', t, 'Jane Mwangi')).toMatchObject({ country: 'KEN', code: 'KENGOV' });
    const f = 'Au Mali, le ministre de la Communication, Paul Sangaré, a démenti ces informations.';
    expect(byName('fr', f, 'Paul Sangaré')).toMatchObject({ country: 'MLI', code: 'MLIGOV' });
    // A leader of no state office keeps no state's code.
    expect(byName('en', 'In Kenya, opposition leader John Otieno spoke.', 'John Otieno')?.code ?? null).toBeNull();
  });
});
