// `npm run bench -- web [--events N] [--runs N] [--db FILE]`: the page against a store of many
// situation events (100 000 synthetic ones by default, or an existing store), measured in Chromium with the page's performance marks: first
// load (navigation → map and list drawn, and → timeline drawn) and the redraw after a filter
// change (hash changed → list and map, or its counts per cell, drawn). Targets: first load < 2 s
// on loopback, redraw < 200 ms. The first run of each filter is printed too: later runs of the
// same filter find its matches among the server's last few answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openRepository } from '../src/store/open.js';
import type { Repository } from '../src/store/repository.js';
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
const SETTLE_MS = 1000;

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

/** How long the page's last request to `path` (with `param` in its query) took, request to last byte: the API's share. */
async function lastRequest(page: Page, path: string, param = ''): Promise<number> {
  return page.evaluate(([p, q]) => {
    const list = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === p && e.name.includes(q));
    return list.length ? list.at(-1)!.duration : Number.NaN;
  }, [path, param]);
}

/** CPU time and heap growth (garbage included) of loading the store's event index, which the server holds in memory. */
async function indexLoad(repo: Repository): Promise<string> {
  const heap = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  await repo.countEvents({}, { days: false, cell: null });
  const used = process.cpuUsage(cpu);
  return `event index: loaded in ${Math.round((used.user + used.system) / 1000)} ms CPU, heap grew by ${Math.round((process.memoryUsage().heapUsed - heap) / 2 ** 20)} MB while loading`;
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
  const index = await indexLoad(repo);
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
    // Redraws are timed on a loaded page: the timeline is in, and a second more for the basemap and the actor names.
    await markTime(page, 'sitrep:timeline');
    await page.waitForTimeout(SETTLE_MS);
    const rows: [string, number[], number[], number[]][] = [];
    for (const [label, query] of FILTER_CHANGES) {
      const times: number[] = [];
      const list: number[] = [];
      const cells: number[] = [];
      for (let i = 0; i < runs; i++) {
        times.push(await redraw(page, query));
        list.push(await lastRequest(page, '/events'));
        cells.push(await lastRequest(page, '/events/summary', 'parts=cells'));
        console.error(`redraw ${label}: ${Math.round(times[i])} ms; GET /events ${Math.round(list[i])} ms, /events/summary ${Math.round(cells[i])} ms (at once)`);
        await redraw(page, '');
      }
      rows.push([label, times, list, cells]);
    }
    const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : `> ${WAIT_MS / 1000} s`);
    const worst = (xs: number[]) => (xs.every(Number.isFinite) ? Math.max(...xs) : Number.NaN);
    console.log(`\nweb page, ${stored} events in the store, Chromium headless on loopback, ${runs} runs each (median / worst); ${index}`);
    console.log('| measure | median | worst | first run | GET /events, /events/summary (median, asked at once) | target |');
    console.log('|---|---|---|---|---|---|');
    console.log(`| first load: map and list drawn | ${fmt(median(loads))} | ${fmt(worst(loads))} | ${fmt(loads[0]!)} | | < 2000 ms |`);
    console.log(`| first load: map counts per cell drawn | ${fmt(median(cells))} | ${fmt(worst(cells))} | ${fmt(cells[0]!)} | | < 2000 ms |`);
    console.log(`| first load: timeline drawn | ${fmt(median(timelines))} | ${fmt(worst(timelines))} | ${fmt(timelines[0]!)} | | < 2000 ms |`);
    for (const [label, times, list, counts] of rows) {
      console.log(`| redraw after filter: ${label} | ${fmt(median(times))} | ${fmt(worst(times))} | ${fmt(times[0]!)} | ${fmt(median(list))}, ${fmt(median(counts))} | < 200 ms |`);
    }
  } finally {
    await chromium.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
