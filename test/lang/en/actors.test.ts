// English actor data on sentences of our own: armed groups and forces of current conflicts,
// group nouns resolved to the group an article names, ranks, and "IS" written for emphasis.
import { describe, expect, it } from 'vitest';
import { at, read } from '../../analyse/entities/read.js';

const entities = (text: string) => read('en', text).entities;
const byName = (text: string, name: string) => entities(text).find((e) => e.name === name);

describe('en actors', () => {
  it('knows armed groups and national forces of current conflicts by name and acronym', () => {
    const t = 'The Kachin Independence Army (KIA) and the Tatmadaw clashed; FARDC units pulled back while the Sudanese Armed Forces held Omdurman.';
    expect(byName(t, 'Kachin Independence Army')).toMatchObject({ code: 'MMRREBKIA', mentions: [at(t, 'Kachin Independence Army'), at(t, 'KIA')] });
    expect(byName(t, 'Burmese military')?.code).toBe('MMRMIL');
    expect(byName(t, 'Congolese military')?.mentions).toEqual([at(t, 'FARDC')]);
    expect(byName(t, 'Sudanese military')?.mentions).toEqual([at(t, 'Sudanese Armed Forces')]);
  });

  it('reads "the rebels" and "paramilitaries" as the armed group the article names', () => {
    const t = 'The Arakan Army shelled a garrison in Rakhine. The rebels later said paramilitaries had fled.';
    expect(byName(t, 'Arakan Army')?.mentions).toEqual([at(t, 'Arakan Army'), at(t, 'rebels'), at(t, 'paramilitaries')]);
    // With no group named, "paramilitaries" stays unresolved and "rebels" stays generic.
    const bare = 'Paramilitaries and rebels were seen near the border.';
    expect(entities(bare).map((e) => e.name)).toEqual(['rebels']);
  });

  it('does not read "IS" written in capitals for emphasis as the Islamic State', () => {
    expect(entities('"This IS a war on civilians," the spokesman said.')).toEqual([]);
    const t = 'Islamic State (IS) fighters attacked; IS later claimed the raid.';
    expect(byName(t, 'Islamic State')?.mentions.map((m) => m.text)).toEqual(['Islamic State', 'IS', 'IS']);
  });

  it('gives a known person after a title their dictionary entry, and reads ranks as titles', () => {
    const t = 'President Volodymyr Zelenskyy spoke after Major General Aung Min briefed Ukraine\'s General Staff.';
    expect(byName(t, 'Volodymyr Zelensky')).toMatchObject({ code: 'UKRGOV', mentions: [at(t, 'Volodymyr Zelenskyy')] });
    expect(byName(t, 'Aung Min')).toMatchObject({ kind: 'person', role: 'Major General' });
    expect(byName(t, 'Ukrainian military')?.mentions).toEqual([at(t, "Ukraine's General Staff")]);
    expect(entities(t).some((e) => e.name === 'Staff' || e.name === 'General Aung Min')).toBe(false);
  });

  it('reads opposition delegates as the political opposition, not as rebels', () => {
    const t = 'In Syria, the envoy met opposition delegates while rebels held Idlib.';
    expect(entities(t).map((e) => [e.code, e.mentions.map((m) => m.text)])).toEqual([['SYR', ['Syria']], ['SYROPP', ['opposition delegates']], ['SYRREB', ['rebels']]]);
  });

  it('reads a capital that does not confirm as its government', () => {
    const t = 'Russian forces took the village, a claim Kyiv did not immediately confirm.';
    expect(byName(t, 'Ukrainian government')?.mentions).toEqual([at(t, 'Kyiv')]);
    expect(entities('Officials met in Kyiv on Monday.').some((e) => e.name === 'Ukrainian government')).toBe(false);
  });

  it('reads "the monitor" as the monitoring group named before it, and nothing when none is', () => {
    const t = 'Human Rights Watch counted 40 dead. The toll may rise, the monitor said.';
    expect(byName(t, 'Human Rights Watch')?.mentions).toEqual([at(t, 'Human Rights Watch'), at(t, 'the monitor')]);
    expect(entities('The toll may rise, the monitor said.')).toEqual([]);
  });

  it('reads "M23 rebels" as the group named right before the noun', () => {
    const t = 'Fighting in Ukraine went on while M23 rebels seized Rubaya.';
    expect(entities(t).find((e) => e.mentions.some((m) => m.text === 'rebels'))?.name).toBe('M23');
  });

  it('knows UN agencies of humanitarian updates', () => {
    const t = 'The International Organization for Migration and the UN human rights office warned of famine.';
    expect(entities(t).map((e) => [e.name, e.code])).toEqual([['International Organization for Migration', 'IGOUNO'], ['UN human rights office', 'IGOUNO']]);
  });
});
