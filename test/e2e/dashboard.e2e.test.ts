/**
 * Browser test of the dashboard (数据看板) and the big screen (数据大屏) on the demo data: the Zhuzhou
 * commerce bureau lands on the dashboard after login; its KPI total is the overview's, for the month and
 * for the year; a click on the largest trade-mode slice opens the drill-down, whose records add up to the
 * figure per currency (reconciled) and count as many parcels as the slice; the map's countries carry their
 * ISO codes; each record links to its parcel; the big screen shows the same total without the app menu
 * and renders its charts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { isoOfCustoms } from '../../web/src/components/statistics/country-iso.js';
import { setUpBrowser } from './browser.js';

const { inBrowser, login } = setUpBrowser();

interface Money {
  cny: string;
  usd: string | null;
}
interface Overview {
  period: { kind: string; key: string };
  total: { parcels: number | null; value: Money };
  byTradeMode: { key: string; flow: string; tradeMode: string; parcels: number | null; value: Money }[];
}

/** Where the dashboard draws the trade-mode donut (PIE_GEOMETRY in web/src/components/statistics/charts.tsx). */
const PIE = { center: [0.5, 0.45], radius: [0.42, 0.7] } as const;

/** The API as the signed-in page sees it. */
const getJson = <T>(page: Page, url: string): Promise<T> =>
  page.evaluate(async (u) => {
    const r = await fetch(u, { headers: { accept: 'application/json' } });
    if (!r.ok) throw new Error(`${u}: ${r.status}`);
    return (await r.json()) as unknown;
  }, url) as Promise<T>;

const attr = async (locator: Locator, name: string) => (await locator.getAttribute(name)) ?? '';

/** Waits until the element's attribute holds the value (figures arrive after the page shows). */
async function waitForAttr(page: Page, testId: string, name: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([id, a, v]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(a) === v,
    [testId, name, value] as const,
  );
}

/** 1234567.89 → 1,234,567.89. */
function grouped(value: string): string {
  const [int = '', frac] = value.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
}

async function overviewOf(page: Page): Promise<Overview> {
  const dash = page.getByTestId('dashboard');
  const q = `period=${await attr(dash, 'data-period')}&at=${await attr(dash, 'data-at')}`;
  return getJson<Overview>(page, `/api/statistics/overview?${q}`);
}

/** Clicks inside the first slice of the donut: just past twelve o'clock, halfway through the ring. */
async function clickFirstSlice(page: Page): Promise<void> {
  const chart = page.locator('[data-testid="chart-trade-mode"][data-rendered="true"]');
  await chart.waitFor();
  const box = (await page.getByTestId('chart-trade-mode-canvas').boundingBox())!;
  const half = Math.min(box.width, box.height) / 2;
  const r = (half * (PIE.radius[0] + PIE.radius[1])) / 2;
  const angle = (5 * Math.PI) / 180;
  await page.mouse.click(
    box.x + box.width * PIE.center[0] + r * Math.sin(angle),
    box.y + box.height * PIE.center[1] - r * Math.cos(angle),
  );
}

describe('dashboard and big screen in the web UI', { timeout: 300_000 }, () => {
  test('landing, KPI against the API, drill-down reconciled, the big screen', async () => {
    await inBrowser('dashboard', async (page) => {
      await login(page, 'zz-commerce');
      await page.waitForURL('**/dashboard');
      await page.getByTestId('dashboard').waitFor();
      assert.equal(await page.getByTestId('menu-dashboard').count(), 1, 'the dashboard is in the menu');

      // This month: the KPI total is the overview's.
      let overview = await overviewOf(page);
      assert.equal(overview.period.kind, 'month');
      await waitForAttr(page, 'kpi-total', 'data-cny', overview.total.value.cny);
      assert.equal(
        await page.getByTestId('kpi-total-cny').innerText(),
        `¥${grouped(overview.total.value.cny)}`,
        'the exact figure, digits grouped',
      );

      // The year, through the period selector: two years of demo trade hold this year's.
      await page.getByTestId('stat-period-year').click();
      await waitForAttr(page, 'dashboard', 'data-period', 'year');
      overview = await overviewOf(page);
      assert.ok(overview.byTradeMode.length > 0, `the demo has trade in ${overview.period.key}`);
      await waitForAttr(page, 'kpi-total', 'data-cny', overview.total.value.cny);
      assert.equal(await attr(page.getByTestId('kpi-total'), 'data-parcels'), String(overview.total.parcels));

      // The map's countries carry the ISO codes of the table the map is drawn by.
      const mapRows = page.getByTestId('chart-map-row');
      await mapRows.first().waitFor({ state: 'attached' });
      const countries = await mapRows.evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-key'), r.getAttribute('data-iso')] as const),
      );
      assert.ok(
        countries.some(([, iso]) => iso),
        'some countries are on the map',
      );
      for (const [key, iso] of countries) assert.equal(iso, isoOfCustoms(key!) ?? null, `country ${key}`);

      // The largest slice of the donut drills into its trade mode.
      const first = await attr(page.getByTestId('chart-trade-mode'), 'data-first');
      const slice = overview.byTradeMode.find((m) => m.key === first);
      assert.ok(slice, `the first slice (${first}) is a trade mode of the overview`);
      await clickFirstSlice(page);
      const drawer = page.getByTestId('drill-drawer');
      await drawer.waitFor();
      assert.equal(await attr(drawer, 'data-flow'), slice.flow);
      assert.equal(await attr(drawer, 'data-trademode'), slice.tradeMode);
      assert.equal(await attr(drawer, 'data-period'), 'year');
      assert.equal(await attr(page.getByTestId('drill-chart-figure'), 'data-cny'), slice.value.cny);
      await page.getByTestId('drill-reconciled').waitFor();
      const sums = await page
        .getByTestId('drill-sum-row')
        .evaluateAll((rows) => rows.map((r) => Object.fromEntries(Object.entries(r.dataset))));
      assert.ok(sums.length > 0, 'the figure has records');
      for (const s of sums) {
        assert.equal(s.figureValue, s.recordValue, `currency ${s.currency}: Σ records = figure`);
        assert.equal(s.figureCount, s.recordCount, `currency ${s.currency}: as many parcels`);
        assert.equal(s.equal, 'true');
      }
      await waitForAttr(page, 'drill-total', 'data-total', String(slice.parcels));
      const parcels = sums.reduce((n, s) => n + Number(s.recordCount), 0);
      assert.equal(parcels, slice.parcels, 'the records are the parcels of the slice');

      // A record opens its parcel.
      const link = page.getByTestId('drill-record-link').first();
      assert.match(await attr(link, 'href'), /^\/parcels\/[^/]+$/);
      await link.click();
      await page.waitForURL('**/parcels/*');

      // The big screen: from the dashboard, same period, no app menu, the same total, its charts drawn.
      await page.goBack();
      await page.getByTestId('dashboard').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('stat-bigscreen').click();
      await page.waitForURL('**/bigscreen?*');
      await page.getByTestId('bigscreen').waitFor();
      assert.equal(await attr(page.getByTestId('bigscreen'), 'data-period'), 'year');
      assert.equal(await page.getByTestId('logout').count(), 0, 'no app header');
      assert.equal(await page.getByTestId('menu-dashboard').count(), 0, 'no app menu');
      await waitForAttr(page, 'bigscreen-kpi-total', 'data-cny', overview.total.value.cny);
      await page.getByTestId('bigscreen-clock').waitFor();
      for (const chart of ['bigscreen-trend', 'bigscreen-trade-mode', 'bigscreen-map', 'bigscreen-country']) {
        await page.locator(`[data-testid="${chart}"][data-rendered="true"]`).waitFor();
        assert.equal(
          await page.getByTestId(`${chart}-canvas`).locator('canvas').count(),
          1,
          `${chart} drawn`,
        );
      }
      const rank = page.getByTestId('bigscreen-rank-row');
      assert.ok((await rank.count()) > 0, 'the enterprise ranking has rows');
    });
  });
});
