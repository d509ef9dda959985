// `npm run bench -- web [--events N] [--runs N] [--db FILE]`: the page against a store of many
// situation events (100 000 synthetic ones by default, or an existing store), measured in Chromium with the page's performance marks: first
// load (navigation → map and list drawn, and → timeline drawn) and the redraw after a filter
// change. Targets: first load < 2 s on loopback, redraw < 200 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openRepository } from '../src/store/open.js';
import { syntheticEvents } from './web-data.js';
import { chromiumMissing, launchChromium } from '../test/web/browser.js';
import { startServer } from '../test/web/server.js';

const FILTER_CHANGES: [string, string][] = [
  ['type = ASSAULT', 'type=ASSAULT'],
  ['modality = alleged', 'modality=alleged'],
  ['min sources ≥ 3', 'min_sources=3'],
  ['one month', 'from=2023-06-01&to=2023-06-30'],
  ['actor = RSF', 'actor=RSF'],
  ['evidence "fighting"', 'q=fighting'],
];

/** Median of the runs that finished; NaN when none did. */
function median(all: number[]): number {
  const s = all.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const WAIT_MS = 60_000;

/** Milliseconds from navigation start to a mark; NaN when it does not come within WAIT_MS. */
async function markTime(page: Page, name: string): Promise<number> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: WAIT_MS });
  } catch {
    return Number.NaN;
  }
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

/** Changes the hash and times the page from its filter mark to the next `drawn` mark (NaN on timeout). */
async function redraw(page: Page, query: string): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('sitrep:drawn').length);
  await page.evaluate((q) => {
    location.hash = `#/?${q}`;
  }, query);
  try {
    await page.waitForFunction((n) => performance.getEntriesByName('sitrep:drawn').length > n, before, { timeout: WAIT_MS });
  } catch {
    return Number.NaN;
  }
  return page.evaluate(() => {
    const filter = performance.getEntriesByName('sitrep:filter').at(-1)!.startTime;
    return performance.getEntriesByName('sitrep:drawn').at(-1)!.startTime - filter;
  });
}

/** How long the page's last GET /events took (request to last byte), to tell the API's share. */
async function lastEventsRequest(page: Page): Promise<number> {
  return page.evaluate(() => {
    const list = performance.getEntriesByType('resource').filter((e) => /\/events\?/.test(e.name));
    return list.length ? list.at(-1)!.duration : Number.NaN;
  });
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { events: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' }, db: { type: 'string' } } });
  const count = Number(values.events);
  const runs = Math.max(1, Number(values.runs));
  const missing = chromiumMissing();
  if (missing) {
    console.log(`web bench skipped: ${missing}`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-bench-'));
  const dbPath = values.db ?? join(dir, 'bench.db');
  const repo = await openRepository(dbPath);
  if (!values.db) {
    const t0 = performance.now();
    await repo.replacePicture({ events: syntheticEvents(count), control: [] });
    console.log(`store: ${count} situation events written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const stored = (await repo.counts()).situationEvents;
  await repo.close();

  const server = await startServer(dbPath, null);
  const chromium = await launchChromium();
  try {
    const loads: number[] = [];
    const timelines: number[] = [];
    const cells: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await chromium.context.newPage();
      await page.goto(`${server.url}/`);
      loads.push(await markTime(page, 'sitrep:ready'));
      timelines.push(await markTime(page, 'sitrep:timeline'));
      cells.push(await markTime(page, 'sitrep:cells'));
      console.error(`load ${i + 1}: ready ${Math.round(loads[i])} ms, timeline ${Math.round(timelines[i])} ms, cells ${Math.round(cells[i])} ms`);
      await page.close();
    }
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/`);
    await markTime(page, 'sitrep:ready');
    const rows: [string, number[], number[]][] = [];
    for (const [label, query] of FILTER_CHANGES) {
      const times: number[] = [];
      const api: number[] = [];
      for (let i = 0; i < runs; i++) {
        times.push(await redraw(page, query));
        api.push(await lastEventsRequest(page));
        console.error(`redraw ${label}: ${Math.round(times[i])} ms, of which GET /events ${Math.round(api[i])} ms`);
        await redraw(page, '');
      }
      rows.push([label, times, api]);
    }
    const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : `> ${WAIT_MS / 1000} s`);
    const worst = (xs: number[]) => (xs.every(Number.isFinite) ? Math.max(...xs) : Number.NaN);
    console.log(`\nweb page, ${stored} events in the store, Chromium headless on loopback, ${runs} runs each (median / worst)`);
    console.log('| measure | median | worst | of which GET /events (median) | target |');
    console.log('|---|---|---|---|---|');
    console.log(`| first load: map and list drawn | ${fmt(median(loads))} | ${fmt(worst(loads))} | | < 2000 ms |`);
    console.log(`| first load: map counts per cell drawn | ${fmt(median(cells))} | ${fmt(worst(cells))} | | < 2000 ms |`);
    console.log(`| first load: timeline drawn | ${fmt(median(timelines))} | ${fmt(worst(timelines))} | | < 2000 ms |`);
    for (const [label, times, api] of rows) console.log(`| redraw after filter: ${label} | ${fmt(median(times))} | ${fmt(worst(times))} | ${fmt(median(api))} | < 200 ms |`);
  } finally {
    await chromium.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
