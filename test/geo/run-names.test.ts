// Names the gazetteer lacks or knows only by a shorter name, and places given by a distance.
import { describe, expect, it } from 'vitest';
import { getPack } from '../../src/lang/index.js';
import { geoparseText } from '../../src/geo/geoparse.js';
import type { Place } from '../../src/model/reading.js';
import { gazetteer, indexBuilt } from './helpers.js';

const en = getPack('en');
const fr = getPack('fr');
const byMention = (places: Place[], text: string) => places.find((p) => p.mentions.some((m) => m.text === text));

describe.skipIf(!indexBuilt)('capitalised runs past a known name', () => {
  it('does not read "near Gao Zenkwe" or "to Donald Trump" as the shorter known name', () => {
    expect(geoparseText('Gunmen attacked a checkpoint near Gao Zenkwe on Monday.', en, gazetteer())).toEqual([]);
    expect(geoparseText('He spoke to Donald Trump on Monday.', en, gazetteer())).toEqual([]);
  });

  it('reads "the town of Gao Zenkwe" as a place the index lacks, unresolved, wherever the article writes it', () => {
    const text = 'Gunmen seized the town of Gao Zenkwe on Monday. Gao Zenkwe lies on the river. Drones struck near Gao Zenkwe.';
    const places = geoparseText(text, en, gazetteer());
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ name: 'Gao Zenkwe', geonameid: null, lat: null });
    expect(places[0]!.reason).toBeTruthy();
    expect(places[0]!.mentions.map((m) => m.text)).toEqual(['Gao Zenkwe', 'Gao Zenkwe', 'Gao Zenkwe']);
  });

  it('reads a name after "the village of" / "le village de" as a place, known or not', () => {
    const unknown = geoparseText('Shelling hit positions near the village of Kelvashen overnight.', en, gazetteer());
    expect(unknown.map((p) => [p.name, p.geonameid])).toEqual([['Kelvashen', null]]);
    const french = geoparseText('Des hommes armés ont attaqué le village de Kelvashen dimanche.', fr, gazetteer());
    expect(french.map((p) => p.name)).toEqual(['Kelvashen']);
  });

  it('keeps the known name when the run goes on with a site, a region word or a body', () => {
    const places = geoparseText('He flew from Damascus International Airport to Kabul Province.', en, gazetteer());
    expect(byMention(places, 'Damascus')).toMatchObject({ country: 'SY' });
    expect(byMention(places, 'Kabul')).toMatchObject({ country: 'AF' });
  });
});

describe.skipIf(!indexBuilt)('distances', () => {
  it('reads "30 km south of Kabul" as a reference to Kabul, not as its south', () => {
    const text = 'Fighting broke out 30 km south of Kabul and in eastern Kabul.';
    const places = geoparseText(text, en, gazetteer());
    expect(byMention(places, 'Kabul')).toMatchObject({ part: null, country: 'AF' });
    expect(byMention(places, 'eastern Kabul')).toMatchObject({ part: 'east' });
  });

  it('lit « à 30 km au nord de Gao » comme Gao, sans partie', () => {
    const places = geoparseText('Des hommes armés ont attaqué un poste à 30 km au nord de Gao.', fr, gazetteer());
    expect(places.map((p) => [p.name, p.part, p.mentions[0]!.text])).toEqual([['Gao', null, 'Gao']]);
  });
});
