// Données d'acteurs françaises sur des phrases à nous : groupes armés et forces des conflits en
// cours, noms de groupe résolus vers le groupe nommé, grades, gentilés invariables.
import { describe, expect, it } from 'vitest';
import { at, read } from '../../analyse/entities/read.js';
import type { Block } from '../../../src/model/reading.js';
import { tokenize } from '../../../src/analyse/tokens.js';
import { splitSentences } from '../../../src/analyse/sentences.js';
import { findEntities } from '../../../src/analyse/entities/entities.js';
import { getPack } from '../../../src/lang/index.js';

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

describe('fr countries and envoys', () => {
  it("lit les noms composés de pays écrits en minuscules par la presse", () => {
    const t = "La coalition menée par l'Arabie saoudite a frappé lundi ; le Sahara occidental reste disputé.";
    expect(entities(t).map((e) => e.code)).toEqual(expect.arrayContaining(['SAU']));
    expect(byName(t, 'Saudi-led coalition')).toBeDefined();
  });

  it("lit l'envoyé d'une organisation « pour » un pays comme une personne de l'organisation", () => {
    const t = "L'émissaire de l'ONU pour la Libye, Jan Kubis, a appelé les parties au calme.";
    expect(byName(t, 'Jan Kubis')).toMatchObject({ kind: 'person', code: 'IGOUNO' });
  });
});

describe('fr roundup sections', () => {
  // A roundup: paragraphs under headings that each name the country they are about.
  const roundup = (parts: [string, string][]) => {
    const pack = getPack('fr');
    let text = '';
    const blocks: Block[] = [];
    for (const [heading, paragraph] of parts) {
      for (const [kind, line] of [['heading', heading], ['paragraph', paragraph]] as const) {
        blocks.push({ kind, text: line, start: text.length, end: text.length + line.length });
        text += line + '\n\n';
      }
    }
    const tokens = tokenize(text, pack.tokens);
    const sentences = splitSentences(text, tokens, blocks, pack.tokens);
    return { text, entities: findEntities(text, tokens, sentences, blocks, pack.actors, pack.tokens) };
  };

  it("lit « l'armée » et « le gouvernement » comme ceux du pays de la section", () => {
    const { text, entities } = roundup([
      ['Niger : une embuscade près de Tillabéri', "Au Niger, douze soldats ont été tués lundi. L'armée a lancé une opération et le gouvernement a décrété un deuil, a indiqué l'état-major nigérien."],
      ['Mali : un convoi attaqué', "Un convoi a été visé mardi près de Gao. L'armée a riposté, selon le gouvernement."],
      ['Au Niger, la semaine prochaine', "Le Niger accueillera un sommet."],
    ]);
    const mali = text.indexOf('Mali :');
    const armies = entities.filter((e) => e.code?.endsWith('MIL')).map((e) => [e.code, e.mentions.filter((m) => m.text === 'armée').map((m) => m.start < mali)]);
    expect(armies).toEqual(expect.arrayContaining([['NERMIL', [true]], ['MLIMIL', [false]]]));
    expect(entities.find((e) => e.code === 'MLIGOV')?.mentions.map((m) => m.text)).toEqual(['gouvernement']);
  });

  it('garde le pays principal hors des sections nommées par un pays', () => {
    const { entities } = roundup([['Les combats reprennent', "Au Mali, l'armée a repris Kidal. Le Niger a salué l'opération de l'armée."]]);
    expect(entities.find((e) => e.code === 'MLIMIL')?.mentions.map((m) => m.text)).toEqual(['armée', 'armée']);
  });
});
