// Données d'acteurs françaises sur des phrases à nous : groupes armés et forces des conflits en
// cours, noms de groupe résolus vers le groupe nommé, grades, gentilés invariables.
import { describe, expect, it } from 'vitest';
import { at, read } from '../../analyse/entities/read.js';

const entities = (text: string) => read('fr', text).entities;
const byName = (text: string, name: string) => entities(text).find((e) => e.name === name);

describe('fr actors', () => {
  it('connaît les groupes et les forces nationales des conflits en cours', () => {
    const t = "Le Cadre stratégique permanent (CSP) accuse les FAMa ; au Nord-Kivu, les FARDC et les FDLR se sont repliés.";
    expect(byName(t, 'Permanent Strategic Framework')).toMatchObject({ code: 'MLIREBCSP', mentions: [at(t, 'Cadre stratégique permanent'), at(t, 'CSP')] });
    expect(byName(t, 'Malian military')?.mentions).toEqual([at(t, 'FAMa')]);
    expect(byName(t, 'Congolese military')?.mentions).toEqual([at(t, 'FARDC')]);
    expect(byName(t, 'FDLR')?.code).toBe('RWAREBFDL');
  });

  it('lit « les rebelles » et « les paramilitaires » comme le groupe armé nommé', () => {
    const t = "Au Soudan, les Forces de soutien rapide (FSR) ont avancé. Les paramilitaires tiennent la route.";
    expect(byName(t, 'Rapid Support Forces')?.mentions).toEqual([at(t, 'Forces de soutien rapide'), at(t, 'FSR'), at(t, 'paramilitaires')]);
    const r = "En RDC, le M23 a pris Rubaya ; les rebelles contrôlent les mines.";
    expect(byName(r, 'M23')?.mentions).toEqual([at(r, 'M23'), at(r, 'rebelles')]);
  });

  it('ne prend pas un groupe d\'un autre pays pour « les rebelles » du pays en focus', () => {
    const t = "En Syrie, les rebelles ont avancé, tandis que le PKK restait en retrait.";
    expect(entities(t).find((e) => e.mentions.some((m) => m.text === 'rebelles'))?.code).toBe('SYRREB');
  });

  it('lit les gentilés invariables et les diplomates comme leur État', () => {
    const t = 'Des soldats burkinabè ont rencontré des diplomates algériens.';
    expect(entities(t).map((e) => [e.code, e.mentions[0].text])).toEqual([['BFAMIL', 'soldats burkinabè'], ['DZAGOV', 'diplomates algériens']]);
  });

  it("lit « l'agence onusienne » comme l'agence nommée avant, et rien sans elle", () => {
    const t = "L'Unicef a alerté sur la malnutrition ; selon l'agence onusienne, 300 enfants sont morts.";
    expect(byName(t, 'UNICEF')?.mentions).toEqual([at(t, 'Unicef'), at(t, "l'agence onusienne")]);
    expect(entities("Selon l'agence onusienne, 300 enfants sont morts.")).toEqual([]);
  });

  it('lit les grades et les agences de l\'ONU', () => {
    const t = "Le lieutenant-colonel Marc Ilunga a parlé ; l'OIM et le HCDH s'inquiètent.";
    expect(byName(t, 'Marc Ilunga')).toMatchObject({ kind: 'person', role: 'Lieutenant Colonel' });
    expect(entities(t).filter((e) => e.code === 'IGOUNO').map((e) => e.name)).toEqual(['International Organization for Migration', 'UN human rights office']);
  });
});
