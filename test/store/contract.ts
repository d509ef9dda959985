// The contract every Repository engine must pass; run by sqlite.test.ts and postgres.test.ts.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { placeKey, type Repository } from '../../src/store/repository.js';
import { sampleReading, situationEvent } from './fixtures.js';

/** `open` gives a fresh, empty store, or null to skip (an engine that cannot start here). */
export function repositoryContract(open: () => Promise<Repository | null>): void {
  let repo: Repository;
  beforeEach(async (ctx) => {
    const opened = await open();
    if (!opened) return ctx.skip();
    repo = opened;
  });
  afterEach(async () => {
    await repo?.close();
  });

  it('saves a reading with one row per entity, place, event, claim and figure, keeping offsets', async () => {
    const reading = sampleReading();
    const outcome = await repo.saveReading(reading, { rawHash: 'raw-1' });
    expect(outcome.status).toBe('added');
    expect(await repo.hasArticle(outcome.id)).toBe(true);
    expect(await repo.findByRawHash('raw-1')).toBe(outcome.id);
    expect(await repo.findByRawHash('raw-2')).toBeNull();
    const c = await repo.counts();
    expect([c.articles, c.entities, c.places, c.events, c.claims, c.figures, c.quotes]).toEqual([1, 2, 1, 1, 1, 1, 0]);
    const stored = await repo.getArticle(outcome.id);
    expect(stored?.reading).toEqual({ ...reading, article: { ...reading.article, id: outcome.id } });
    expect(stored?.url).toBe('https://news.example/a1');
    expect(stored?.published).toBe('2031-03-04');
    const [report] = await repo.listReports();
    expect(report).toMatchObject({
      id: `${outcome.id}#ev1`, articleId: outcome.id, eventId: 'ev1', plover: 'ASSAULT', site: 'news.example',
      actor1: { name: 'Rebels', code: 'SYRREB' }, place: { name: 'Kessab', geonameid: 170000 }, date: { date: '2031-03-03' },
      evidence: { start: 0, end: 32, text: 'Rebels seized the town of Kessab' },
    });
    expect(reading.article.text.slice(0, 32)).toBe('Rebels seized the town of Kessab');
    expect(await repo.listReports({ articleIds: ['other'] })).toEqual([]);
  });

  it('adds nothing for the same article again, or the same text under another URL', async () => {
    const first = await repo.saveReading(sampleReading(), { rawHash: 'raw-1' });
    const again = await repo.saveReading(sampleReading(), { rawHash: 'raw-1' });
    const moved = await repo.saveReading(sampleReading('', 'https://mirror.example/copy'), { rawHash: 'raw-other' });
    expect(again).toEqual({ status: 'duplicate', id: first.id });
    expect(moved).toEqual({ status: 'duplicate', id: first.id });
    const other = await repo.saveReading(sampleReading(' at dawn'), { rawHash: 'raw-3' });
    expect(other.status).toBe('added');
    const c = await repo.counts();
    expect([c.articles, c.events, c.entities]).toEqual([2, 2, 4]);
    expect((await repo.listArticles({ limit: 1, offset: 0 })).total).toBe(2);
  });

  it('records failures with their code and reason', async () => {
    await repo.recordFailure({ origin: 'https://bad.example/x', code: 'SITREP_E_FETCH', reason: 'HTTP 404' });
    await repo.recordFailure({ origin: 'empty.html', code: 'SITREP_E_INPUT', reason: 'empty file' });
    await repo.recordFailure({ origin: 'empty.html', code: 'SITREP_E_INPUT', reason: 'empty file' });
    const page = await repo.listFailures({ limit: 10, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.items.map((f) => [f.origin, f.code, f.reason])).toEqual([
      ['empty.html', 'SITREP_E_INPUT', 'empty file'],
      ['https://bad.example/x', 'SITREP_E_FETCH', 'HTTP 404'],
    ]);
    expect(Date.parse(page.items[0]!.at)).not.toBeNaN();
  });

  it('replaces the picture and filters, pages and counts situation events', async () => {
    const events = Array.from({ length: 40 }, (_, i) => situationEvent(i, i === 39 ? { wrong: true } : {}));
    await repo.replacePicture({ events, control: [] });
    const all = await repo.listEvents({}, { limit: 5, offset: 0 });
    expect(all.total).toBeNull();
    expect(all.more).toBe(true);
    expect((await repo.listEvents({}, { limit: 5, offset: 0, count: true })).total).toBe(39);
    const last = await repo.listEvents({}, { limit: 5, offset: 35 });
    expect([last.items.length, last.total, last.more]).toEqual([4, 39, false]);
    expect((await repo.listEvents({}, { limit: 5, offset: 50 })).total).toBeNull();
    expect(all.items).toHaveLength(5);
    expect(all.items[0]!.date! >= all.items[4]!.date!).toBe(true);
    expect((await repo.listEvents({ includeWrong: true }, { limit: 5, offset: 35 })).total).toBe(40);
    const ids = async (filter: Parameters<Repository['listEvents']>[0]) =>
      (await repo.listEvents(filter, { limit: 100, offset: 0 })).items.map((e) => e.id).sort();
    const expected = (pred: (i: number) => boolean) => events.map((_, i) => i).filter((i) => i !== 39 && pred(i)).map((i) => `se${i}`).sort();
    expect(await ids({ plover: ['ASSAULT'] })).toEqual(expected((i) => i % 2 === 1));
    expect(await ids({ acledType: ['Protests'], acledSubType: ['Peaceful protest'] })).toEqual(expected((i) => i % 2 === 0));
    expect(await ids({ country: 'iq', minSources: 3 })).toEqual(expected((i) => i % 2 === 0 && (i % 4) + 1 >= 3));
    expect(await ids({ bbox: [31.5, 31.5, 33.5, 33.5] })).toEqual(expected((i) => [2, 3].includes(i % 10)));
    expect(await ids({ from: '2031-03-05', to: '2031-03-06' })).toEqual(expected((i) => [4, 5].includes(i % 28)));
    expect(await ids({ actor: 'rebel front' })).toEqual(expected((i) => i % 2 === 1));
    expect(await ids({ actor: 'SYRREB', modality: ['alleged'] })).toEqual(expected((i) => i % 2 === 1 && i % 3 === 0));
    expect(await ids({ q: 'été' })).toEqual(['se7']);
    expect(await ids({ q: '100%' })).toEqual([]);
    // Under three characters the search scans; a quote in the text is only text.
    expect(await ids({ q: 'ÉT' })).toEqual(['se7']);
    expect(await ids({ q: 'nce 1' })).toEqual(expected((i) => i !== 7 && String(i).startsWith('1')));
    expect(await ids({ q: 'ville "ÉTÉ' })).toEqual([]);
    expect(await ids({ timing: ['future'] })).toEqual([]);
    const listed = (await repo.listEvents({ plover: ['ASSAULT'] }, { limit: 100, offset: 0 })).items.map((e) => e.id);
    const iterated: string[] = [];
    for await (const e of repo.iterateEvents({ plover: ['ASSAULT'] }, 3)) iterated.push(e.id);
    expect(iterated).toEqual(listed);
    const everything: string[] = [];
    for await (const e of repo.iterateEvents({}, 7)) everything.push(e.id);
    expect(everything).toHaveLength(39);
    const counts = await repo.countEvents({ plover: ['ASSAULT'] }, { days: true, cell: 10 });
    expect(counts.total).toBe(expected((i) => i % 2 === 1).length);
    expect(await repo.countEvents({ plover: ['ASSAULT'] }, { days: false, cell: null })).toEqual({ total: counts.total, days: [], cells: [] });
    expect(counts.days.reduce((n, d) => n + d.count, 0)).toBe(expected((i) => i % 2 === 1).length);
    expect(counts.cells.reduce((n, c) => n + c.count, 0)).toBe(expected((i) => i % 2 === 1).length);
    expect(counts.cells.every((c) => c.plover === 'ASSAULT' && (c.x === null || Number.isInteger(c.x)))).toBe(true);
    expect((await repo.getEvent('se7'))?.reports[0]?.evidence.text).toBe('Des combattants ont pris la ville ÉTÉ');
    expect(await repo.getEvent('nope')).toBeNull();
    expect(await repo.listActors()).toEqual([
      { name: 'Rebel Front', code: 'SYRREB', events: 20 },
      { name: 'Students Union', code: null, events: 20 },
    ]);
    expect(await repo.listActors({ q: 'stud' })).toEqual([{ name: 'Students Union', code: null, events: 20 }]);
    expect((await repo.counts()).situationReports).toBe(80);
    await repo.replacePicture({ events: [situationEvent(1, { corrections: ['cor-1'] })], control: [] });
    expect((await repo.listEvents({}, { limit: 10, offset: 0 })).total).toBe(1);
    expect((await repo.getEvent('se1'))?.corrections).toEqual(['cor-1']);
  });

  it('keeps a control timeline per place, oldest first', async () => {
    const place = { name: 'Kessab', lat: 35.9, lon: 35.9, country: 'SY', admin1: null, geonameid: 170000, precision: 'city' as const };
    const change = (id: string, date: string, holder: string) => ({
      id, place, date, precision: 'day' as const, holder: { name: holder, code: null, country: null }, previous: null,
      modality: 'asserted' as const, events: ['se1'], sources: 2, status: 'changed' as const,
    });
    await repo.replacePicture({ events: [], control: [change('c2', '2031-03-09', 'Army'), change('c1', '2031-03-03', 'Rebels')] });
    expect((await repo.placeControl(placeKey(place))).map((c) => [c.id, c.holder?.name])).toEqual([['c1', 'Rebels'], ['c2', 'Army']]);
    expect(placeKey(place)).toBe('gn:170000');
    expect(placeKey({ ...place, geonameid: null })).toBe('SY:kessab');
    expect(await repo.placeControl('gn:1')).toEqual([]);
  });

  it('stores corrections and undoes them without losing the record', async () => {
    const c = await repo.addCorrection({
      who: 'ana', target: { event: 'se1', reports: ['a1#ev1'] }, kind: 'modality', before: 'asserted', after: { modality: 'alleged' },
    });
    await repo.addCorrection({ who: 'ana', target: { event: 'se2', reports: [] }, kind: 'wrong', before: null, after: {} });
    expect(c).toMatchObject({ who: 'ana', kind: 'modality', after: { modality: 'alleged' }, undone: false });
    expect((await repo.listCorrections({ event: 'se1' })).map((x) => x.id)).toEqual([c.id]);
    expect((await repo.undoCorrection(c.id, 'bob'))?.undone).toBe(true);
    expect(await repo.undoCorrection('cor-none', 'bob')).toBeNull();
    expect((await repo.listCorrections()).map((x) => x.target.event)).toEqual(['se2']);
    const all = await repo.listCorrections({ includeUndone: true });
    expect(all.map((x) => [x.target.event, x.undone])).toEqual([['se1', true], ['se2', false]]);
  });

  it('hands each queued job to one worker, and re-arms a job named again', async () => {
    const jobs = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ kind: 'page', key, payload: { origin: key } }));
    expect(await repo.enqueue(jobs, 'run1')).toBe(5);
    const [x, y] = await Promise.all([repo.claim('w1', 3, 60_000), repo.claim('w2', 3, 60_000)]);
    const taken = [...x, ...y].map((j) => j.key).sort();
    expect(taken).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(x[0]).toMatchObject({ status: 'running', attempts: 1, batch: 'run1' });
    expect(await repo.claim('w3', 3, 60_000)).toEqual([]);
    await repo.complete(x[0]!, { status: 'added' });
    await repo.fail(x[1]!, 'SITREP_E_INPUT: empty');
    await repo.complete({ id: x[2]!.id, token: 'stale' });
    expect(await repo.queueCounts('run1')).toEqual({ pending: 0, running: 3, done: 1, failed: 1 });
    const results = await repo.batchResults('run1');
    expect(results.map((r) => [r.key, r.status, r.result, r.error])).toEqual([
      [x[0]!.key, 'done', { status: 'added' }, null],
      [x[1]!.key, 'failed', null, 'SITREP_E_INPUT: empty'],
    ]);
    // A later run naming the same input takes the job over, whoever held it.
    await repo.enqueue([jobs[0]!, { ...jobs[2]!, payload: { origin: 'c2' } }], 'run2');
    const again = await repo.claim('w4', 10, 60_000);
    expect(again.map((j) => [j.key, j.batch, j.attempts])).toEqual([['a', 'run2', 2], ['c', 'run2', 2]].filter(([k]) => taken.includes(k as string)));
    expect(again.find((j) => j.key === 'c')?.payload).toEqual({ origin: 'c2' });
  });

  it('gives a job whose lease expired to another worker', async () => {
    await repo.enqueue([{ kind: 'page', key: 'slow', payload: null }], 'run1');
    const [first] = await repo.claim('dead', 1, -1);
    const [second] = await repo.claim('alive', 1, 60_000);
    expect(second?.key).toBe('slow');
    expect(second?.attempts).toBe(2);
    await repo.complete(first!);
    expect((await repo.queueCounts()).running).toBe(1);
  });

  it('keeps feed state', async () => {
    expect(await repo.getFeedState('https://feeds.example/rss')).toBeNull();
    const state = { url: 'https://feeds.example/rss', etag: '"v1"', lastModified: 'Tue, 04 Mar 2031 10:00:00 GMT', contentHash: 'abc', seen: ['g1', 'g2'], checkedAt: '2031-03-04T10:00:00.000Z' };
    await repo.setFeedState(state);
    await repo.setFeedState({ ...state, seen: ['g1', 'g2', 'g3'] });
    expect(await repo.getFeedState(state.url)).toEqual({ ...state, seen: ['g1', 'g2', 'g3'] });
  });
}
