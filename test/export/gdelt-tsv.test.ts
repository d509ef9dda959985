import { describe, expect, it } from 'vitest';
import { gdeltTsv, GDELT_COLUMNS } from '../../src/export/gdelt-tsv.js';
import { situationEvent } from './events.js';
import { render } from './collect.js';

describe('GDELT 2.0 TSV', () => {
  it("has GDELT's 61 event columns and fills codes, counts and the action's place", async () => {
    const tsv = await render(gdeltTsv, [situationEvent({ id: 'se1', cameo: '1823' }), situationEvent({ id: 'se2', cameo: null, place: null, date: null })]);
    const [header, first, second] = tsv.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(header).toEqual(GDELT_COLUMNS);
    const row = Object.fromEntries(header.map((c, i) => [c, first[i]]));
    expect(row).toMatchObject({
      GlobalEventID: 'se1', SQLDATE: '20240305', MonthYear: '202403', Year: '2024', FractionDate: '2024.2603',
      Actor1Code: 'MLIMIL', Actor1Name: 'FORCES ARMÉES MALIENNES', Actor1CountryCode: 'MLI', Actor1Type1Code: 'MIL', Actor2Type1Code: 'REB',
      EventCode: '1823', EventBaseCode: '182', EventRootCode: '18', QuadClass: '4', GoldsteinScale: '-9',
      NumMentions: '2', NumSources: '2', NumArticles: '2', ActionGeo_Type: '4', ActionGeo_FullName: 'Gao, Mali',
      ActionGeo_CountryCode: 'ML', ActionGeo_ADM1Code: 'ML07', ActionGeo_Lat: '16.2666', ActionGeo_Long: '-0.04',
      DATEADDED: '20240310120000', SOURCEURL: 'https://example-news.test/gao',
    });
    expect(second).toHaveLength(61);
    const empty = Object.fromEntries(header.map((c, i) => [c, second[i]]));
    expect(empty).toMatchObject({ SQLDATE: '', EventCode: '', QuadClass: '', ActionGeo_Type: '', ActionGeo_CountryCode: '' });
  });

  it('uses FIPS country codes where they differ from ISO, and keeps fields free of tabs', async () => {
    const place = { name: 'Dnipro\tcity', lat: 48.45, lon: 35.04, country: 'UA', admin1: null, geonameid: null, precision: 'city' as const };
    const tsv = await render(gdeltTsv, [situationEvent({ id: 'se1', place })]);
    const [header, row] = tsv.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(row).toHaveLength(61);
    expect(row[header.indexOf('ActionGeo_CountryCode')]).toBe('UP');
    expect(row[header.indexOf('ActionGeo_FullName')]).toBe('Dnipro city, Ukraine');
  });
});
