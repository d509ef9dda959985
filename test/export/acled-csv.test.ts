import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { acledCsv } from '../../src/export/acled-csv.js';
import { situationEvent } from './events.js';
import { NOW, render } from './collect.js';

const HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

describe('ACLED CSV', () => {
  it("reads back with csv-parse with exactly ACLED's header and conventions", async () => {
    const csv = await render(acledCsv, [
      situationEvent({ id: 'se1' }),
      situationEvent({
        id: 'se2', date: '2024-03', precision: 'month', modality: 'alleged', figures: [],
        acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
        actor1: { name: 'Russian Air Force', code: 'RUSMIL', country: 'RUS' },
        actor2: { name: 'civilians', code: 'UKRCVL', country: 'UKR' },
        place: { name: 'Kharkiv oblast', lat: 49.9, lon: 36.3, country: 'UA', admin1: null, geonameid: null, precision: 'admin1' },
      }),
    ]);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]).join(',')).toBe(HEADER);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      event_id_cnty: 'MLIse1', event_date: '2024-03-05', year: '2024', time_precision: '1', disorder_type: 'Political violence',
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Forces armées maliennes', inter1: '1', actor2: 'JNIM', inter2: '2',
      interaction: '12', iso: '466', region: 'Western Africa', country: 'Mali', location: 'Gao', latitude: '16.2666', longitude: '-0.04',
      geo_precision: '1', source: 'example-news.test; wire.test', fatalities: '12', tags: '', timestamp: String(NOW.getTime() / 1000),
    });
    expect(rows[0].notes).toBe('Des combats ont opposé l\'armée au JNIM, "près de Gao"');
    // A foreign state's forces are ACLED's external forces (8); civilians are 7.
    expect(rows[1]).toMatchObject({
      event_date: '2024-03-01', time_precision: '2', inter1: '8', inter2: '7', interaction: '78', iso: '804', region: 'Europe',
      geo_precision: '3', fatalities: '0', tags: 'alleged', civilian_targeting: '',
    });
  });

  it("names the admin-1 region from its code when a namer is given, and leaves codes out otherwise", async () => {
    const admin1Name = (country: string, code: string) => (country === 'ML' && code === '07' ? 'Région de Gao' : null);
    const [named] = parse(await render(acledCsv, [situationEvent({ id: 'se1' })], { now: NOW, admin1Name }), { columns: true }) as Record<string, string>[];
    expect(named.admin1).toBe('Région de Gao');
    const [bare] = parse(await render(acledCsv, [situationEvent({ id: 'se1' })]), { columns: true }) as Record<string, string>[];
    expect(bare.admin1).toBe('');
  });

  it('codes protesters as 6 and keeps state forces at a protest as 1', async () => {
    const protest = situationEvent({
      id: 'se3', plover: 'PROTEST', acled: { event_type: 'Protests', sub_event_type: 'Peaceful protest' }, figures: [],
      actor1: { name: 'manifestants', code: null, country: null }, actor2: { name: 'police', code: 'MLICOP', country: 'MLI' },
    });
    const [row] = parse(await render(acledCsv, [protest]), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ disorder_type: 'Demonstrations', inter1: '6', inter2: '1', interaction: '16' });
  });

  it('leaves out events ACLED does not code (statements such as accusations)', async () => {
    const accusation = situationEvent({ id: 'se4', plover: 'ACCUSE', acled: null, figures: [] });
    const rows = parse(await render(acledCsv, [accusation, situationEvent({ id: 'se1' })]), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.event_id_cnty)).toEqual(['MLIse1']);
  });

  it('writes the header alone for no events', async () => {
    expect(await render(acledCsv, [])).toBe(HEADER + '\r\n');
  });
});
