import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN, testApi, type TestApi } from './helper.js';
import { situationEvent } from '../export/events.js';

const auth = { authorization: `Bearer ${TOKEN}` };

describe('writes need the token', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi([situationEvent({ id: 'se-a' }), situationEvent({ id: 'se-b', date: '2024-03-06' })], { keepPicture: true });
  });
  afterAll(() => api.close());

  it.each([
    ['POST', '/articles', { text: 'Un texte.' }],
    ['POST', '/events/se-a/corrections', { kind: 'wrong' }],
    ['POST', '/events/merge', { events: ['se-a', 'se-b'] }],
    ['POST', '/events/se-a/split', { reports: ['a1#se-a'] }],
    ['DELETE', '/corrections/1', undefined],
  ] as const)('%s %s without a token → 401', async (method, url, payload) => {
    const res = await api.app.inject({ method, url, payload });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SITREP_E_AUTH');
    const wrong = await api.app.inject({ method, url, payload, headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
  });

  it('stores a correction, shows it on the event, and undoes it', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/events/se-a/corrections', headers: auth, payload: { kind: 'modality', who: 'ana', after: { modality: 'unconfirmed' } } });
    expect(res.statusCode).toBe(201);
    const { correction } = res.json();
    expect(correction).toMatchObject({ kind: 'modality', who: 'ana', before: { modality: 'asserted' }, after: { modality: 'unconfirmed' }, target: { event: 'se-a', reports: ['a1#se-a', 'b2#se-a'] } });
    expect((await api.app.inject({ method: 'GET', url: '/events/se-a' })).json().corrections).toHaveLength(1);
    const undo = await api.app.inject({ method: 'DELETE', url: `/corrections/${correction.id}`, headers: auth });
    expect(undo.statusCode).toBe(200);
    expect(undo.json().correction.undone).toBe(true);
    expect((await api.app.inject({ method: 'GET', url: '/corrections' })).json().items).toEqual([]);
    expect((await api.app.inject({ method: 'GET', url: '/corrections?include_undone=true' })).json().items).toHaveLength(1);
  });

  it('refuses malformed corrections, naming the field', async () => {
    const bad = async (url: string, payload: unknown) => (await api.app.inject({ method: 'POST', url, headers: auth, payload: payload as object })).json().error;
    expect(await bad('/events/se-a/corrections', { kind: 'modality', after: { modality: 'perhaps' } })).toMatchObject({ parameter: 'after.modality' });
    expect(await bad('/events/se-a/corrections', { kind: 'recolour', after: {} })).toMatchObject({ code: 'SITREP_E_USAGE', parameter: 'kind' });
    expect(await bad('/events/se-a/split', { reports: ['a1#se-a', 'b2#se-a'] })).toMatchObject({ parameter: 'reports' });
    expect(await bad('/events/se-a/split', { reports: ['zz#1'] })).toMatchObject({ parameter: 'reports' });
    expect(await bad('/events/merge', { events: ['se-a', 'se-missing'] })).toMatchObject({ parameter: 'events' });
  });

  it('merges events into the first one named', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/events/merge', headers: auth, payload: { events: ['se-a', 'se-b'], who: 'ana' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().correction).toMatchObject({ kind: 'merge', who: 'ana', target: { event: 'se-a' }, after: { reports: ['a1#se-b', 'b2#se-b'] } });
  });

  it('splits reports out of an event', async () => {
    const res = await api.app.inject({ method: 'POST', url: '/events/se-a/split', headers: auth, payload: { reports: ['b2#se-a'] } });
    expect(res.statusCode).toBe(201);
    expect(res.json().correction).toMatchObject({ kind: 'split', after: { reports: ['b2#se-a'] } });
  });
});

describe('writes are refused when the server has no token', () => {
  it('answers 403', async () => {
    const api = await testApi([], { token: null });
    const res = await api.app.inject({ method: 'POST', url: '/articles', headers: auth, payload: { text: 'Un texte.' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/SITREP_TOKEN/);
    await api.close();
  });
});

describe('POST /articles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi([]);
  });
  afterAll(() => api.close());

  it('stores an article and gives back its HTML and script payload as JSON data', async () => {
    const text = [
      'Attaque près de Kidal <script>alert(1)</script>',
      'Le 4 mars 2024, des hommes armés ont attaqué un poste de l\'armée près de Kidal, a indiqué un responsable local. <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">lien</a>',
    ].join('\n\n');
    const res = await api.app.inject({ method: 'POST', url: '/articles', headers: auth, payload: { text, published: '2024-03-05', url: 'https://news.test/kidal' } });
    expect(res.statusCode).toBe(201);
    const { id, status } = res.json();
    expect(status).toBe('added');
    const again = await api.app.inject({ method: 'POST', url: '/articles', headers: auth, payload: { text, published: '2024-03-05', url: 'https://news.test/kidal' } });
    expect(again.json()).toEqual({ id, status: 'duplicate' });

    const got = await api.app.inject({ method: 'GET', url: `/articles/${id}` });
    expect(got.headers['content-type']).toMatch(/^application\/json/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    const article = got.json().reading.article;
    expect(article.text).toContain('<script>alert(1)</script>');
    expect(article.text).toContain('<img src=x onerror="alert(2)">');
    // Even sniffed as HTML, the body holds no markup: < and > go out escaped.
    expect(got.body).not.toMatch(/[<>]/);
    expect(got.body).toContain('\\u003cscript\\u003ealert(1)');
  });

  it('reads an HTML page, keeps the title the caller gives, and never keeps its scripts', async () => {
    const html = '<html><head><title>Page</title><script>alert(1)</script></head><body><article><h1>Heurts à Mopti</h1>'
      + '<p>Des affrontements ont opposé mardi des miliciens à l\'armée près de Mopti, selon des sources locales.</p></article></body></html>';
    const res = await api.app.inject({ method: 'POST', url: '/articles', headers: auth, payload: { html, title: 'Heurts à Mopti (titre donné)', published: '2024-03-05' } });
    expect(res.statusCode).toBe(201);
    const article = (await api.app.inject({ method: 'GET', url: `/articles/${res.json().id}` })).json().reading.article;
    expect(article.title).toBe('Heurts à Mopti (titre donné)');
    expect(article.text).toContain('Mopti');
    expect(article.text).not.toContain('alert(1)');
  });

  it('refuses a body without html or text, and bad fields', async () => {
    const post = (payload: object) => api.app.inject({ method: 'POST', url: '/articles', headers: auth, payload });
    expect((await post({ url: 'https://a.test' })).json().error.parameter).toBe('html');
    expect((await post({ text: 'x', html: '<p>x</p>' })).json().error.parameter).toBe('html');
    expect((await post({ text: 'x', published: 'yesterday' })).json().error.parameter).toBe('published');
    expect((await post({ text: 'x', url: 'javascript:alert(1)' })).json().error.parameter).toBe('url');
    expect((await post({ text: 'x', colour: 'red' })).json().error).toMatchObject({ parameter: 'colour', message: /unknown field/ });
    const raw = await api.app.inject({ method: 'POST', url: '/articles', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(raw.statusCode).toBe(400);
    expect(raw.json().error.code).toBe('SITREP_E_USAGE');
  });
});
