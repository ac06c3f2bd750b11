/**
 * Browser test of the automatic entitlement (免申即享): the Hengyang demo enterprise exports through the
 * platform; the commerce bureau runs the entitlement for the year on its review page; the enterprise
 * finds, on its subsidy page, the item the platform found for it, with the reason it is not yet decided.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { soleExportParcel } from '../helpers/ceb.js';
import { serveWithCustomsJobs } from '../helpers/server.js';
import { setUpBrowser } from './browser.js';

/** The customs code of the demo's approved Hengyang e-commerce enterprise, the one hy-ent1 works for. */
const ENTERPRISE_CODE = '430496D001';

const server = await serveWithCustomsJobs();
after(() => server.close());

const { inBrowser, login, logout } = setUpBrowser();

/** Order, receipt, waybill and inventory of one export parcel in which the demo enterprise plays every part. */
const messagesOf = (n: number): string[] => soleExportParcel(n, ENTERPRISE_CODE).messages();

async function send(page: Page, xml: string): Promise<void> {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const r = await page.request.post('/api/clearance/messages', {
    data: xml,
    headers: { 'content-type': 'application/xml', 'x-csrf-token': csrfToken },
  });
  assert.equal(r.status(), 200, await r.text());
}

describe('automatic entitlement in the web UI', () => {
  test('the bureau runs it for the year; the exporting enterprise finds what the platform found', async () => {
    const year = new Date().getFullYear();
    await inBrowser('entitlement', async (page) => {
      await login(page, 'hy-ent1');
      for (let n = 1; n <= 2; n++) for (const xml of messagesOf(700 + n)) await send(page, xml);
      // The sandbox customs answers in steps over a few seconds of real time.
      const deadline = Date.now() + 60_000;
      for (;;) {
        await server.customsJobs();
        const r = await page.request.get('/api/clearance/parcels?customsStatus=800');
        if (((await r.json()) as { total: number }).total === 2) break;
        assert.ok(Date.now() < deadline, 'both parcels are released');
        await page.waitForTimeout(1000);
      }
      // Nothing found yet: the card is not shown.
      const listed = page.waitForResponse((r) => r.url().includes('/api/subsidy/entitlements'));
      await page.goto('/subsidies');
      await page.getByTestId('sub-applications').waitFor();
      assert.equal(((await (await listed).json()) as { total: number }).total, 0);
      assert.equal(await page.getByTestId('sub-entitlements').count(), 0);
      await logout(page);

      await login(page, 'hy-commerce');
      await page.goto('/subsidy-review');
      const run = page.getByTestId('sub-entitlement-run');
      await run.waitFor();
      const yearInput = page.locator(
        'input[data-testid="sub-entitlement-year"], [data-testid="sub-entitlement-year"] input',
      );
      await yearInput.fill(String(year));
      await yearInput.press('Tab');
      await page.getByTestId('sub-entitlement-run-button').click();
      const result = page.getByTestId('sub-entitlement-result');
      await result.waitFor();
      const text = await result.innerText();
      // The demo's other Hengyang sellers trade too: at least this one is found.
      const entitled = new RegExp(`^${year} 年：\\d+ 家企业中 (\\d+) 家可能享受奖补`).exec(text);
      assert.ok(entitled && Number(entitled[1]) >= 1, text);
      await logout(page);

      await login(page, 'hy-ent1');
      await page.goto('/subsidies');
      const card = page.getByTestId(`sub-entitlement-${year}`);
      await card.waitFor();
      const found = await card.innerText();
      // Hengyang's export award (衡政发〔2024〕4号 第5条) from its own released exports; in US dollars, so
      // it stays undetermined until the year's average rate is published — and the card says so.
      assert.match(found, /衡政发〔2024〕4号 第5条/);
      assert.match(found, /待定/);
      assert.match(found, /美元平均汇率尚未公布/);
      assert.match(found, /新/);
    });
  });
});
