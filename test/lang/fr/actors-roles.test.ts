// Personnes et forces lues par la données française sur des phrases à nous : la fonction d'un chercheur,
// l'organisation nommée dans le complément d'une fonction, une préposition capitalisée avant un nom,
// la police et les séparatistes d'un pays.
import { describe, expect, it } from 'vitest';
import { read } from '../../analyse/entities/read.js';

const entities = (text: string) => read('fr', text).entities;
const byName = (text: string, name: string) => entities(text).find((e) => e.name === name);

describe('fr personnes et forces', () => {
  it("lit « Pour X, politologue », « Selon X, analyste » sans la préposition dans le nom", () => {
    expect(byName('Pour Arrey Tabe, politologue à l’université de Douala, la crise va durer.', 'Arrey Tabe')).toMatchObject({ kind: 'person', role: 'political scientist' });
    expect(byName('Selon Jean Dupont, analyste au centre Sahel, la junte doit négocier.', 'Jean Dupont')).toMatchObject({ kind: 'person', role: 'analyst' });
  });

  it("code la présidente d'une commission d'organisation comme l'organisation, non comme l'État en focus", () => {
    const t = "Au Tchad, l'armée a riposté. La présidente de la Commission de l'Union africaine, Amina Diallo, a condamné l'attaque.";
    expect(byName(t, 'Amina Diallo')).toMatchObject({ code: 'IGOAFR', country: null });
  });

  it("lit la police d'un pays comme sa police, pas son armée, et les séparatistes comme ses rebelles", () => {
    const t = 'Au Cameroun, la police a dispersé une marche. La police nigériane a arrêté deux hommes. Des séparatistes ont attaqué un poste.';
    expect(byName(t, 'Cameroonian police')).toMatchObject({ kind: 'military', code: 'CMRCOP' });
    expect(byName(t, 'Nigerian police')?.code).toBe('NGACOP');
    expect(byName(t, 'Cameroonian rebels')?.code).toBe('CMRREB');
  });
});
