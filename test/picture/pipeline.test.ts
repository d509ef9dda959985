// The picture over real readings: the fixture articles go through readPage (with the gazetteer
// when it is built), their events become reports, and the merge counts sources. The assertions
// hold whatever the analysis stages find, so that their progress does not break these tests.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteerOrNull } from '../../src/geo/gazetteer.js';
import { Report } from '../../src/model/picture.js';
import type { Reading } from '../../src/model/reading.js';
import { readPage } from '../../src/pipeline.js';
import { buildPicture, reportsFromReading } from '../../src/picture/picture.js';
import { rebuildPicture } from '../../src/picture/rebuild.js';
import { openRepository } from '../../src/store/open.js';
import { shuffled } from './scenario.js';

const DIR = fileURLToPath(new URL('../fixtures/picture/', import.meta.url));
const ARTICLES = [
  ['wire-reprint-a.en.txt', 'gazette.example', '2016-09-20'],
  ['wire-reprint-b.en.txt', 'herald.example', '2016-09-20'],
  ['daily-courier.en.txt', 'courier.example', '2016-09-21'],
  ['daily-courier-followup.en.txt', 'courier.example', '2016-09-22'],
  ['le-quotidien.fr.txt', 'lequotidien.example', '2016-09-21'],
  ['control-timeline.fr.txt', 'lequotidien.example', '2015-03-11'],
] as const;

let readings: Reading[] = [];
let reports: Report[] = [];
let later: Reading;

beforeAll(() => {
  const gazetteer = loadGazetteerOrNull(() => undefined);
  const read = (file: string, site: string, published: string) =>
    readPage(
      { origin: file, url: `https://${site}/${file}`, file: null, bytes: readFileSync(DIR + file), contentType: 'text/plain', published },
      {},
      { gazetteer },
    );
  readings = ARTICLES.map(([file, site, published]) => read(file, site, published));
  reports = readings.flatMap((reading, i) => reportsFromReading(reading, { site: ARTICLES[i][1] }));
  later = read('withdrawal.en.txt', 'herald.example', '2015-03-14');
}, 60_000);

describe('reportsFromReading over the pipeline', () => {
  it('gives one valid report per event, its evidence a span of the article', () => {
    expect(reports.length).toBe(readings.reduce((n, r) => n + r.events.length, 0));
    for (const report of reports) {
      expect(Report.safeParse(report).success).toBe(true);
      const text = readings.find((r) => r.article.id === report.articleId)!.article.text;
      expect(text.slice(report.evidence.start, report.evidence.end)).toBe(report.evidence.text);
    }
  });
});

describe('buildPicture over the pipeline', () => {
  const sitesOf = (event: ReturnType<typeof buildPicture>['events'][number], site: string) => event.reports.filter((r) => r.site === site);

  it('accounts for every report once and never counts more sources than articles', () => {
    const { events } = buildPicture(reports);
    expect(events.reduce((n, e) => n + e.reports.length, 0)).toBe(reports.length);
    for (const e of events) {
      expect(e.sources).toBeGreaterThanOrEqual(1);
      expect(e.sources).toBeLessThanOrEqual(e.articles);
      expect(e.articles).toBeLessThanOrEqual(e.reports.length);
    }
  });

  it('merges the two printings of the wire copy and counts them, like the same outlet twice, as one source', () => {
    const { events } = buildPicture(reports);
    const both = events.filter((e) => sitesOf(e, 'gazette.example').length && sitesOf(e, 'herald.example').length);
    expect(both.length).toBeGreaterThan(0);
    for (const e of both) {
      const groups = new Set([...sitesOf(e, 'gazette.example'), ...sitesOf(e, 'herald.example')].map((r) => r.sourceGroup));
      expect(groups.size).toBe(1);
    }
    for (const e of events) expect(new Set(sitesOf(e, 'courier.example').map((r) => r.sourceGroup)).size).toBeLessThanOrEqual(1);
  });

  it('does not depend on the order of the articles', () => {
    const reference = JSON.stringify(buildPicture(reports));
    expect(JSON.stringify(buildPicture(shuffled(reports, 7)))).toBe(reference);
  });
});

describe('rebuildPicture over the SQLite store', () => {
  it('writes the picture, and an analyst correction survives a re-ingest and a rebuild', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-picture-'));
    const repo = await openRepository(join(dir, 'store.db'));
    try {
      const save = (reading: Reading) =>
        repo.saveReading(reading, { rawHash: createHash('sha256').update(reading.article.text).digest('hex'), origin: reading.article.url ?? '' });
      for (const reading of readings) await save(reading);
      const first = await rebuildPicture(repo);
      expect(first.reports).toBe(reports.length);
      const { items } = await repo.listEvents({}, { limit: 1000, offset: 0 });
      expect(items).toHaveLength(first.events);
      const target = items[0];
      await repo.addCorrection({
        who: 'analyst', kind: 'modality', target: { event: target.id, reports: target.reports.map((r) => r.id) },
        before: target.modality, after: { modality: 'unconfirmed' },
      });
      for (const reading of readings) await save(reading); // a re-ingest: nothing new
      await save(later);
      await rebuildPicture(repo);
      const corrected = await repo.getEvent(target.id);
      expect(corrected).toMatchObject({ modality: 'unconfirmed', corrected: true });
      expect(corrected!.reports.map((r) => r.id)).toEqual(expect.arrayContaining(target.reports.map((r) => r.id)));
    } finally {
      await repo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
