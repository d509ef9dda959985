// The page in a real browser (Debian's Chromium through playwright-core) against the real API
// server on loopback, over a store built from the seed and short articles of our own.
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, launchChromium, type LaunchedBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';
import { HOSTILE, MANBIJ, fixtureReading, type Fixture } from './fixtures.js';
import { PROJECT_ROOT, sharedPath } from '../../src/shared-data.js';

const TOKEN = 'web-test-token';
const SYRIA = 'map=35.4,37.6,8';
const SCREENSHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');
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

  beforeAll(async () => {
    if (!seed) console.warn('web page tests: ../shared is absent, the seed is left out of the store');
    dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
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
    await page.screenshot({ path: join(SCREENSHOTS, 'map.png') });
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
    await page.screenshot({ path: join(SCREENSHOTS, 'event-panel.png') });

    await panel.getByRole('link', { name: 'Open the article at the evidence' }).click();
    await panel.locator('.article-text').waitFor();
    const text = (sel: string) => panel.locator(`.article-text ${sel}`).allTextContents();
    expect((await text('mark.hl-evidence')).join('')).toBe('Turkish-backed fighters shelled Manbij on Monday, killing four civilians');
    expect(await text('mark.hl-entity')).toEqual(['Turkish-backed fighters', 'Hundreds of people', 'Syrian Observatory for Human Rights'].sort((a, b) => MANBIJ.text.indexOf(a) - MANBIJ.text.indexOf(b)));
    expect(await text('mark.hl-place')).toEqual(['Manbij', 'Idlib']);
    expect(await text('mark.hl-date')).toEqual(['Monday', 'Friday']);
    expect(await text('mark.hl-figure')).toEqual(['four civilians']);
    await page.screenshot({ path: join(SCREENSHOTS, 'article.png') });
  });

  it('keeps a correction made in the page after a reload and a re-ingest, and undoes it', async () => {
    await open(`#/?${SYRIA}`);
    await openEventAt('Manbij');
    const panel = page.locator('#panel-body');
    await panel.getByText('Correct this event').click();
    await panel.getByLabel('Modality', { exact: true }).selectOption('unconfirmed');
    await panel.getByRole('button', { name: 'Save modality' }).click();
    await page.locator('dialog[open] input[type=password]').fill(TOKEN);
    await page.locator('dialog[open]').getByRole('button', { name: 'Save' }).click();
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
});
