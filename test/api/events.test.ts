import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from './helper.js';
import { situationEvent } from '../export/events.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi([
    situationEvent({ id: 'se-gao' }),
    situationEvent({ id: 'se-kyiv', plover: 'COERCE', cameo: '180', date: '2024-02-20', modality: 'alleged', sources: 1,
      acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
      actor1: { name: 'Russian Air Force', code: 'RUSMIL', country: 'RUS' }, actor2: null,
      place: { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA', admin1: '12', geonameid: 703448, precision: 'city' },
      reports: [{ id: 'c3#ev1', articleId: 'c3', eventId: 'ev1', site: 'kyiv-daily.test', url: null, published: '2024-02-21', source: null,
        modality: 'alleged', evidence: { start: 0, end: 31, text: 'Drones reportedly struck the city' }, sourceGroup: 0 }] }),
    situationEvent({ id: 'se-undated', date: null, precision: null, place: null }),
    situationEvent({ id: 'se-wrong', date: '2024-03-01', wrong: true, corrected: true }),
  ]);
  const gao = situationEvent({ id: 'se-gao' }).place!;
  await api.repo.replacePicture({
    events: (await api.repo.listEvents({ includeWrong: true }, { limit: 10, offset: 0 })).items,
    control: [{ id: 'cc1', place: gao, holder: { name: 'JNIM', code: 'MLIREB', country: 'MLI' }, previous: null, date: '2024-03-05', precision: 'day', events: ['se-gao'], modality: 'alleged', sources: 2, status: 'alleged' }],
  });
});
afterAll(() => api.close());

const get = (url: string) => api.app.inject({ method: 'GET', url });

describe('GET /events filters', () => {
  it('filters by bbox, dates, type, actor, country, modality, sources and text', async () => {
    const ids = async (url: string) => (await get(url)).json().items.map((e: { id: string }) => e.id);
    expect(await ids('/events?bbox=20,40,40,60')).toEqual(['se-kyiv']);
    expect(await ids('/events?from=2024-03-01&to=2024-03-31')).toEqual(['se-gao']);
    expect(await ids('/events?plover=coerce,protest')).toEqual(['se-kyiv']);
    expect(await ids('/events?acled=Battles')).toEqual(['se-gao', 'se-undated']);
    expect(await ids('/events?actor=russian%20air%20force')).toEqual(['se-kyiv']);
    expect(await ids('/events?country=UKR')).toEqual(['se-kyiv']);
    expect(await ids('/events?modality=alleged')).toEqual(['se-kyiv']);
    expect(await ids('/events?min_sources=2&country=ml')).toEqual(['se-gao']);
    expect(await ids('/events?q=army%20says&from=2024-01-01')).toEqual(['se-gao']);
    // Events an analyst marked wrong stay out unless asked for.
    expect(await ids('/events?from=2024-03-01&to=2024-03-01')).toEqual([]);
    expect(await ids('/events?from=2024-03-01&to=2024-03-01&include_wrong=true')).toEqual(['se-wrong']);
  });

  it('pages with limit and a cursor', async () => {
    const first = (await get('/events?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeNull();
    expect((await get('/events?limit=2&count=true')).json().total).toBe(3);
    const second = (await get(`/events?limit=2&cursor=${first.next}`)).json();
    expect(second.items.map((e: { id: string }) => e.id)).toEqual(['se-undated']);
    expect(second.next).toBeNull();
  });

  it('gives brief events for a list: the same events without their reports, figures and merge reasons', async () => {
    const whole = (await get('/events?limit=3')).json().items;
    const brief = (await get('/events?limit=3&brief=true')).json().items;
    expect(brief.map((e: { id: string }) => e.id)).toEqual(whole.map((e: { id: string }) => e.id));
    expect(brief[0]).toEqual(expect.objectContaining({ plover: whole[0].plover, place: whole[0].place, sources: whole[0].sources }));
    for (const key of ['reports', 'figures', 'contradictions', 'why', 'modalities']) expect(brief[0]).not.toHaveProperty(key);
    expect((await get('/events?brief=yes')).json().error.parameter).toBe('brief');
  });

  it.each([
    ['bbox=1,2,3', 'bbox', /four numbers/],
    ['bbox=10,50,20,40', 'bbox', /minLat/],
    ['bbox=200,0,210,10', 'bbox', /longitudes/],
    ['bbox=a,b,c,d', 'bbox', /four numbers/],
    ['from=2024-02-30', 'from', /calendar date/],
    ['to=10/03/2024', 'to', /YYYY-MM-DD/],
    ['from=2024-03-10&to=2024-03-01', 'to', /before from/],
    ['limit=501', 'limit', /at most 500/],
    ['limit=0', 'limit', /at least 1/],
    ['limit=ten', 'limit', /whole number/],
    ['offset=-1', 'offset', /whole number/],
    ['cursor=zzz', 'cursor', /not a cursor/],
    ['offset=2&cursor=bzI', 'cursor', /either cursor or offset/],
    ['modality=asserted,maybe', 'modality', /asserted/],
    ['country=Atlantis', 'country', /ISO 3166/],
    ['colour=red', 'colour', /unknown parameter "colour"/],
    ['bbox=1,2,3,4&sort=date', 'sort', /unknown parameter "sort"/],
  ])('GET /events?%s → 400 naming %s', async (query, parameter, message) => {
    const res = await get(`/events?${query}`);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('SITREP_E_USAGE');
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
  });
});

describe('GET /events/:id and the summary', () => {
  it('gives one event with its reports, evidence and figures by claimant', async () => {
    const res = await get('/events/se-gao');
    expect(res.statusCode).toBe(200);
    const { event, corrections } = res.json();
    expect(event.reports.map((r: { site: string }) => r.site)).toEqual(['example-news.test', 'wire.test']);
    expect(event.figures.map((f: { claimant: string; value: number }) => [f.claimant, f.value])).toEqual([['army', 12], ['JNIM', 30]]);
    expect(corrections).toEqual([]);
  });

  it('answers 404 with a coded error for an unknown event or route', async () => {
    expect((await get('/events/nope')).json().error.code).toBe('SITREP_E_NOT_FOUND');
    expect((await get('/nowhere')).statusCode).toBe(404);
  });

  it('counts events per day and type and per grid cell', async () => {
    const res = await get('/events/summary?zoom=3');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.total).toBe(3);
    expect(s.cell).toBe(45 / 8);
    expect(s.days).toEqual([{ date: '2024-02-20', plover: 'COERCE', count: 1 }, { date: '2024-03-05', plover: 'ASSAULT', count: 1 }]);
    expect(s.cells).toHaveLength(2);
    expect(s.undated).toBe(1);
    expect((await get('/events/summary?zoom=40')).json().error.parameter).toBe('zoom');
    // The map asks for its cells only, the timeline for its days only.
    const cells = (await get('/events/summary?zoom=3&parts=cells')).json();
    expect([cells.total, cells.cells.length, cells.days]).toEqual([3, 2, []]);
    const days = (await get('/events/summary?parts=days')).json();
    expect([days.total, days.days.length, days.cells]).toEqual([3, 2, []]);
    expect((await get('/events/summary?parts=weeks')).json().error.parameter).toBe('parts');
  });

  it("gives a place's control timeline by its key", async () => {
    const res = (await get('/places/gn:2457163/control')).json();
    expect(res.control.map((c: { holder: { name: string }; status: string }) => [c.holder.name, c.status])).toEqual([['JNIM', 'alleged']]);
    expect((await get('/places/gn:1/control')).json().control).toEqual([]);
  });

  it('lists actors and serves the OpenAPI document with every route', async () => {
    expect((await get('/actors?q=jnim')).json().items).toMatchObject([{ name: 'JNIM', code: 'MLIREB' }]);
    const doc = (await get('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/events', '/events/{id}', '/events/summary', '/articles', '/articles/{id}', '/places/{id}/control', '/actors', '/export', '/corrections/{id}', '/health']));
    expect(doc.paths['/events'].get.parameters.map((p: { name: string }) => p.name)).toContain('bbox');
  });

  it('exports the filtered events in each format, streamed as a download', async () => {
    const csv = await get('/export?format=acled-csv&country=ML');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="sitrep-events.csv"');
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(2);
    const geo = await get('/export?format=geojson&plover=COERCE');
    expect(geo.json().features.map((f: { id: string }) => f.id)).toEqual(['se-kyiv']);
    expect((await get('/export?format=jsonl')).body.trimEnd().split('\n')).toHaveLength(3);
    expect((await get('/export?format=gdelt-tsv')).headers['content-type']).toMatch(/tab-separated/);
    const bad = (await get('/export?format=xlsx')).json().error;
    expect(bad).toMatchObject({ parameter: 'format', message: /jsonl/ });
    expect((await get('/export?format=jsonl&limit=5')).json().error.parameter).toBe('limit');
  });

  it('sets the security headers', async () => {
    const res = await get('/health');
    expect(res.json()).toEqual({ status: 'ok', store: 'sqlite' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toMatch(/script-src 'self'(;|$)/);
    const page = await get('/');
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toBeDefined();
  });
});
