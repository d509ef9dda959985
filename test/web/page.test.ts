// The page in a real browser (Debian's Chromium through playwright-core) against the real API
// server on loopback, over a store built from the seed and short articles of our own.
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchChromium, type LaunchedBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { HOSTILE, MANBIJ, fixtureReading, type Fixture } from './fixtures.js';
import { PROJECT_ROOT, sharedPath } from '../../src/shared-data.js';

const TOKEN = 'web-test-token';
const SYRIA = 'map=35.4,37.6,8';
// The README's screenshots are rewritten only when asked (`npm run screenshots`): a plain test run leaves the tree clean.
const SCREENSHOTS = process.env.SITREP_SCREENSHOTS ? join(PROJECT_ROOT, 'docs', 'screenshots') : null;
const missing = chromiumMissing();
if (missing) console.warn(`web page tests skipped: ${missing}`);

describe.skipIf(missing !== null)('the web page in Chromium', () => {
  let dir: string;
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let page: Page;
  const dialogs: string[] = [];
  const strayRequests: string[] = [];
  const pageErrors: string[] = [];
  const seed = sharedPath('seed', 'palmyre.txt');

  async function screenshot(file: string): Promise<void> {
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, file) });
  }

  async function ingest(): Promise<void> {
    for (const f of [MANBIJ, HOSTILE] as Fixture[]) await server.repo.saveReading(fixtureReading(f), { rawHash: `fixture:${f.id}`, origin: f.id });
    if (seed) {
      const res = await fetch(`${server.url}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ text: readFileSync(seed, 'utf8'), published: '2016-12-10', lang: 'fr' }),
      });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
    }
    await server.refresh();
  }

  async function open(hash: string): Promise<void> {
    await page.goto(`${server.url}/${hash}`);
    await page.waitForFunction(() => performance.getEntriesByName('sitrep:ready').length > 0);
  }

  const listItems = () => page.locator('#event-list button.item');
  const listTypes = () => page.locator('#event-list .item-type').allTextContents();
  const markers = () => page.locator('.leaflet-marker-pane .ev, .leaflet-marker-pane .cluster');
  /** Our two located articles, plus the seed's places when ../shared is there. */
  const minMarkers = seed ? 3 : 2;

  /** Changes the filters through the form and waits for the page to redraw. */
  async function redrawAfter(change: () => Promise<void>): Promise<void> {
    const before = await page.evaluate(() => performance.getEntriesByName('sitrep:drawn').length);
    await change();
    await page.waitForFunction((n) => performance.getEntriesByName('sitrep:drawn').length > n, before);
  }

  async function openEventAt(placeName: string): Promise<void> {
    await listItems().filter({ hasText: placeName }).first().click();
    await page.locator('#panel-body h3', { hasText: 'Reports' }).waitFor();
  }

  /** Answers the page's token dialog, which a write opens when the tab holds no token. */
  async function giveToken(): Promise<void> {
    await page.locator('dialog[open] input[type=password]').fill(TOKEN);
    await page.locator('dialog[open]').getByRole('button', { name: 'Save' }).click();
  }

  const eventIdInUrl = () => decodeURIComponent(/#\/events\/([^?]+)/.exec(page.url())?.[1] ?? '');

  beforeAll(async () => {
    if (!seed) console.warn('web page tests: ../shared is absent, the seed is left out of the store');
    dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(join(dir, 'web.db'), TOKEN);
    await ingest();
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) || r.url().includes('/pwned')) strayRequests.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads: map with country labels, events on it and in the list', async () => {
    await open(`#/?${SYRIA}`);
    await expect.poll(() => listItems().count()).toBeGreaterThanOrEqual(3);
    // Markers are drawn after the list: wait for them rather than race the map.
    await expect.poll(() => markers().count()).toBeGreaterThanOrEqual(minMarkers);
    await expect.poll(() => page.locator('.country-label', { hasText: 'Syria' }).count()).toBe(1);
    // Every event in view is listed: nothing more to show.
    expect(await page.locator('#list-more').isHidden()).toBe(true);
    await screenshot('map.png');
    expect(pageErrors).toEqual([]);
    expect(strayRequests).toEqual([]);
  });

  it('moves through the list with the keyboard and opens an event with Enter', async () => {
    await open(`#/?${SYRIA}`);
    await listItems().first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await listItems().nth(1).getAttribute('data-id');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(second);
    await page.keyboard.press('Enter');
    await page.locator('#panel-body h3', { hasText: 'Reports' }).waitFor();
    expect(page.url()).toContain(`#/events/${second}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#panel').isHidden()).toBe(true);
  });

  it("shows the seed's events on the map at Palmyra and Aleppo", async (ctx) => {
    if (!seed) return ctx.skip('../shared is absent');
    const located = await (await fetch(`${server.url}/events?bbox=38,34.3,38.5,34.8&limit=100`)).json() as { items: { place: { lat: number; lon: number } | null }[] };
    if (!located.items.some((e) => e.place)) return ctx.skip('the reading of the seed yields no event at Palmyra yet');
    await open(`#/?${SYRIA}`);
    const points = await markers().evaluateAll((els) => els.map((el) => [Number((el as HTMLElement).dataset.lat), Number((el as HTMLElement).dataset.lon)]));
    const near = (lat: number, lon: number) => points.some(([a, b]) => Math.abs(a - lat) < 0.2 && Math.abs(b - lon) < 0.2);
    expect(near(34.56, 38.27), 'a marker at Palmyra').toBe(true);
    expect(near(36.2, 37.16), 'a marker at Aleppo').toBe(true);
  });

  it('filters by type and by time, in the map and the list, and keeps them in the URL', async () => {
    await open(`#/?${SYRIA}`);
    await expect.poll(() => markers().count()).toBeGreaterThanOrEqual(minMarkers);
    const allItems = await listItems().count();
    const allMarkers = await markers().count();
    await page.getByText('Filters', { exact: true }).click();
    await redrawAfter(() => page.getByRole('checkbox', { name: 'PROTEST' }).check());
    expect(page.url()).toContain('type=PROTEST');
    await expect.poll(listTypes).toEqual(['PROTEST']);
    await expect.poll(() => markers().count()).toBeLessThan(allMarkers);
    await redrawAfter(() => page.getByRole('button', { name: 'Clear all filters' }).click());
    await expect.poll(() => listItems().count()).toBe(allItems);

    await redrawAfter(async () => {
      await page.getByLabel('From', { exact: true }).fill('2024-05-11');
      await page.getByLabel('From', { exact: true }).dispatchEvent('change');
    });
    await redrawAfter(async () => {
      await page.getByLabel('To', { exact: true }).fill('2024-05-31');
      await page.getByLabel('To', { exact: true }).dispatchEvent('change');
    });
    expect(page.url()).toContain('from=2024-05-11');
    const places = await page.locator('#event-list .item-place').allTextContents();
    expect(places.sort()).toEqual(['Manbij', 'Saraqib']);
    // Without the seed, every event of the store falls inside this window.
    if (seed) await expect.poll(() => markers().count()).toBeLessThan(allMarkers);

    // The timeline's brush sets a window too.
    await page.getByRole('button', { name: 'All dates' }).click();
    const chart = await page.locator('.timeline-svg').boundingBox();
    await redrawAfter(async () => {
      await page.mouse.move(chart!.x + chart!.width * 0.05, chart!.y + 20);
      await page.mouse.down();
      await page.mouse.move(chart!.x + chart!.width * 0.5, chart!.y + 20, { steps: 4 });
      await page.mouse.up();
    });
    expect(page.url()).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    expect(await page.locator('.timeline-svg .brush').count()).toBe(1);
  });

  it('opens an event with its reports and figures, then its article with the evidence highlighted', async () => {
    await open(`#/?${SYRIA}`);
    await openEventAt('Manbij');
    const panel = page.locator('#panel-body');
    await expect.poll(() => panel.locator('.report-head').first().textContent()).toContain('news.example.org');
    expect(await panel.locator('.report-head').first().textContent()).toContain('claimed by Syrian Observatory for Human Rights');
    expect(await panel.locator('table.figures td').first().textContent()).toBe('4');
    await screenshot('event-panel.png');

    await panel.getByRole('link', { name: 'Open the article at the evidence' }).click();
    await panel.locator('.article-text').waitFor();
    const text = (sel: string) => panel.locator(`.article-text ${sel}`).allTextContents();
    expect((await text('mark.hl-evidence')).join('')).toBe('Turkish-backed fighters shelled Manbij on Monday, killing four civilians');
    expect(await text('mark.hl-entity')).toEqual(['Turkish-backed fighters', 'Hundreds of people', 'Syrian Observatory for Human Rights'].sort((a, b) => MANBIJ.text.indexOf(a) - MANBIJ.text.indexOf(b)));
    expect(await text('mark.hl-place')).toEqual(['Manbij', 'Idlib']);
    expect(await text('mark.hl-date')).toEqual(['Monday', 'Friday']);
    expect(await text('mark.hl-figure')).toEqual(['four civilians']);
    await screenshot('article.png');
  });

  it('keeps a correction made in the page after a reload and a re-ingest, and undoes it', async () => {
    await open(`#/?${SYRIA}`);
    await openEventAt('Manbij');
    const panel = page.locator('#panel-body');
    await panel.getByText('Correct this event').click();
    await panel.getByLabel('Modality', { exact: true }).selectOption('unconfirmed');
    await page.evaluate(() => sessionStorage.clear());
    await panel.getByRole('button', { name: 'Save modality' }).click();
    await giveToken();
    const modality = panel.locator('dt:text-is("Modality") + dd');
    await expect.poll(() => modality.textContent()).toBe('unconfirmed');

    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('sitrep:ready').length > 0);
    await expect.poll(() => modality.textContent()).toBe('unconfirmed');

    await ingest();
    await open(`#/?${SYRIA}`);
    await openEventAt('Manbij');
    await expect.poll(() => modality.textContent()).toBe('unconfirmed');
    expect(await panel.locator('.flag.corrected').count()).toBe(1);

    await panel.getByText('Correct this event').click();
    await panel.getByRole('button', { name: 'Undo modality' }).click();
    await expect.poll(() => modality.textContent()).toBe('asserted');
  });

  it("opens a place's control timeline from an event", async () => {
    await open(`#/?${SYRIA}`);
    await openEventAt('Saraqib');
    await page.locator('#panel-body').getByRole('link', { name: 'Saraqib' }).click();
    const steps = page.locator('#panel-body .control-steps li.step');
    await steps.first().waitFor();
    expect(await page.locator('#panel-title').textContent()).toBe('Saraqib');
    expect(await steps.first().textContent()).toContain('Rebels');
    expect(await steps.first().textContent()).toContain('alleged');
  });

  it('shows markup and javascript: links in an article as text: no dialog, no request', async () => {
    await open(`#/?${SYRIA}`);
    await openEventAt('Saraqib');
    await page.locator('#panel-body').getByRole('link', { name: 'Open the article at the evidence' }).click();
    const article = page.locator('#panel-body .article');
    await article.locator('.article-text').waitFor();
    expect(await article.locator('#panel-title').textContent()).toBe('Rebels say they took <b>Saraqib</b>');
    const body = await article.locator('.article-text').textContent();
    expect(body).toContain('<script>alert("script")</script>');
    expect(body).toContain(`<img src=x onerror="fetch('/pwned')">`);
    expect(body).toContain(`<a href="javascript:alert('link')">`);
    expect(await article.locator('.unsafe-url').textContent()).toBe("javascript:alert('url')");
    expect(await page.locator('#panel-body script, #panel-body img, a[href^="javascript:"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(strayRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('merges two events into one from the page, splits a report back off, and undoes both', async () => {
    await open(`#/?${SYRIA}`);
    const before = (await listItems().evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id))).sort();
    await openEventAt('Saraqib');
    const saraqib = eventIdInUrl();
    await openEventAt('Manbij');
    const manbij = eventIdInUrl();
    const panel = page.locator('#panel-body');
    const reports = panel.locator('.report-head');
    await expect.poll(() => reports.count()).toBe(1);

    await page.evaluate(() => sessionStorage.clear());
    await panel.getByText('Correct this event').click();
    await panel.getByLabel('Merge with event').fill(saraqib);
    await panel.getByRole('button', { name: 'Merge', exact: true }).click();
    await giveToken();
    await expect.poll(() => reports.count()).toBe(2);
    expect(eventIdInUrl()).toBe(manbij);
    expect(await reports.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('hostile.example.net')]));
    const listed = () => listItems().evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id));
    await expect.poll(listed).not.toContain(saraqib);
    expect(await listed()).toContain(manbij);

    await panel.getByText('Correct this event').click();
    await panel.getByRole('checkbox', { name: 'split off the report of hostile.example.net' }).check();
    await panel.getByRole('button', { name: 'Split', exact: true }).click();
    await expect.poll(() => reports.count()).toBe(1);
    await expect.poll(async () => (await listed()).length).toBe(before.length);

    // Undo the split, then the merge: the picture is the machine's again.
    await panel.getByText('Correct this event').click();
    await panel.getByRole('button', { name: 'Undo split' }).click();
    await expect.poll(() => reports.count()).toBe(2);
    await panel.getByText('Correct this event').click();
    await panel.getByRole('button', { name: 'Undo merge' }).click();
    await expect.poll(() => reports.count()).toBe(1);
    await expect.poll(async () => (await listed()).sort()).toEqual(before);
  });

  it('plays the timeline: the window slides forward and the view follows, until paused', async () => {
    await open(`#/?${SYRIA}`);
    await page.locator('.timeline-svg rect').first().waitFor();
    const fromInUrl = () => /from=(\d{4}-\d{2}-\d{2})/.exec(page.url())?.[1] ?? '';
    const drawn = () => page.evaluate(() => performance.getEntriesByName('sitrep:drawn').length);
    const drawnBefore = await drawn();
    const play = page.getByRole('button', { name: 'Play' });
    await play.click();
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(fromInUrl).not.toBe('');
    const first = fromInUrl();
    await expect.poll(fromInUrl, { timeout: 5000 }).not.toBe(first);
    expect(fromInUrl() > first).toBe(true);
    expect(await page.locator('.timeline-svg .brush').count()).toBe(1);
    await expect.poll(drawn).toBeGreaterThanOrEqual(drawnBefore + 2);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('false');
    const paused = page.url();
    await page.waitForTimeout(1200);
    expect(page.url()).toBe(paused);
  });

  it('exports the current filter as ACLED CSV, GeoJSON and JSONL', async () => {
    await open(`#/?type=PROTEST&${SYRIA}`);
    const api = async (query: string) =>
      ((await (await fetch(`${server.url}/events?${query}&limit=500`)).json()) as { items: { id: string }[] }).items.map((e) => e.id).sort();
    const protests = await api('plover=PROTEST');
    expect(protests.length).toBeGreaterThan(0);
    expect((await api('')).length).toBeGreaterThan(protests.length);
    const links = page.locator('#exports a');
    expect(await links.allTextContents()).toEqual(['ACLED CSV', 'GeoJSON', 'JSONL']);
    for (const href of await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''))) expect(href).toContain('plover=PROTEST');

    expect(await links.evaluateAll((els) => els.every((a) => a.hasAttribute('download')))).toBe(true);
    const body = async (name: string) => (await fetch(new URL((await links.getByText(name).getAttribute('href'))!, server.url))).text();
    const rows = parse(await body('ACLED CSV'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(protests.length);
    expect(rows.map((r) => r.event_date)).toContain('2024-05-10');
    const geo = JSON.parse(await body('GeoJSON')) as { features: { id: string }[] };
    expect(geo.features.map((f) => f.id).sort()).toEqual(protests);
    const lines = (await body('JSONL')).trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(lines.sort()).toEqual(protests);

    // The links follow the filters.
    await page.locator('.filter-box').evaluate((box) => ((box as HTMLDetailsElement).open = true));
    await redrawAfter(() => page.getByRole('button', { name: 'Clear all filters' }).click());
    expect(await links.first().getAttribute('href')).not.toContain('plover=');
  });

  it('reaches the map markers with the keyboard: each is a named tab stop that Enter opens', async () => {
    await open(`#/?${SYRIA}`);
    await expect.poll(() => markers().count()).toBeGreaterThanOrEqual(minMarkers);
    const stops = await markers().evaluateAll((els) => els.map((el) => [el.getAttribute('tabindex'), el.getAttribute('role'), el.getAttribute('aria-label')]));
    expect(stops.every(([tab, role, label]) => tab === '0' && role === 'button' && !!label)).toBe(true);
    // From the list, Tab goes through the map's controls to a marker.
    await listItems().first().focus();
    let marker: { id: string | null; label: string | null } | null = null;
    for (let i = 0; i < 15 && !marker; i++) {
      await page.keyboard.press('Tab');
      marker = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.matches('.leaflet-marker-pane .ev') ? { id: el.dataset.id ?? null, label: el.getAttribute('aria-label') } : null;
      });
    }
    expect(marker, 'a marker takes the focus').not.toBeNull();
    expect(marker!.label).toMatch(/^[A-Z]+/);
    await page.keyboard.press('Enter');
    await page.locator('#panel-body h3', { hasText: 'Reports' }).waitFor();
    expect(eventIdInUrl()).toBe(marker!.id);
    await page.keyboard.press('Escape');
  });

  it('lists a page of the events in view and the next with "Show more"', async () => {
    // A view of 120 events, answered by the test: the store here holds a dozen.
    const event = (i: number) => ({
      id: `more-${String(i).padStart(3, '0')}`, plover: 'ASSAULT', mode: null, acled: null, cameo: null, actor1: null, actor2: null,
      place: { name: `Place ${i}`, lat: 35, lon: 38, country: 'SY', admin1: null, geonameid: null, precision: 'city' },
      date: `2030-01-${String(28 - (i % 28)).padStart(2, '0')}`, precision: 'day', timing: 'current', modality: 'asserted', territory: null,
      sources: 1, articles: 1, corrected: false, corrections: [], wrong: false,
    });
    const offsets: number[] = [];
    await page.route(/\/events\?.*q=many-more/, (route) => {
      const url = new URL(route.request().url());
      const offset = Number(url.searchParams.get('offset') ?? 0);
      offsets.push(offset);
      const items = Array.from({ length: Math.min(Number(url.searchParams.get('limit')), 120 - offset) }, (_, k) => event(offset + k));
      return route.fulfill({ json: { items, total: 120, limit: items.length, offset, next: null } });
    });
    await page.route(/\/events\/summary\?.*q=many-more/, (route) =>
      route.fulfill({ json: { total: 120, cell: 1, days: [], cells: [{ lon: 38.5, lat: 35.5, count: 120, types: { ASSAULT: 120 } }], undated: 0, unplaced: 0 } }));
    try {
      await open(`#/?q=many-more&${SYRIA}`);
      await redrawAfter(async () => {
        await page.evaluate(() => (location.hash = `${location.hash}&type=ASSAULT`));
      });
      await expect.poll(() => listItems().count()).toBe(50);
      // The status says the total once the counts arrive, which may be after the list is drawn.
      await expect.poll(() => page.locator('#list-status').textContent()).toBe('120 events in view; the 50 newest listed');
      const more = page.getByRole('button', { name: 'Show more' });
      await more.click();
      await expect.poll(() => listItems().count()).toBe(100);
      expect(offsets.at(-1)).toBe(50);
      await more.click();
      await expect.poll(() => listItems().count()).toBe(120);
      expect(await more.isHidden()).toBe(true);
      expect(new Set(await listItems().evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id))).size).toBe(120);
    } finally {
      await page.unrouteAll();
    }
  });
});
