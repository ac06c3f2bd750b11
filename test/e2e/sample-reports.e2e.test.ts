/**
 * Browser test of the sample enterprises (株洲 实施意见 (十六)) and the monthly report: the Zhuzhou commerce
 * bureau puts the demo enterprise of `zz-ent1` on the sample list; the enterprise files its report of the
 * last ended month with a line for one of its shops; the bureau sees the month reported (in time or late,
 * by the China calendar), opens the report's history, and the climate index counts one more respondent.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { setUpBrowser } from './browser.js';

const { inBrowser, login } = setUpBrowser();

const ENTERPRISE = '株洲湘瓷跨境电子商务有限公司';
const SHOP = 'Xiangci Home';

/** The China calendar day of now, and the last month that has ended there. */
const chinaDay = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const [y, m] = chinaDay.split('-').map(Number) as [number, number];
const MONTH = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
/** Reports of MONTH are due on the 10th of this month, the day itself in time. */
const FILED_STATUS = Number(chinaDay.slice(8)) <= 10 ? 'reported' : 'reported_late';
const UNFILED_STATUS = Number(chinaDay.slice(8)) <= 10 ? 'awaiting' : 'late';

const statusTag = (page: Page) =>
  page.locator(`[data-testid="sample-status"][data-enterprise="${ENTERPRISE}"]`);

async function openSamplePage(page: Page): Promise<number> {
  await page.getByTestId('menu-sample').click();
  await page.waitForURL('**/sample');
  await page.getByTestId('sample-status-table').waitFor();
  const composite = page.getByTestId('sample-climate-composite');
  await composite.waitFor();
  return Number(await composite.getAttribute('data-respondents'));
}

describe('sample enterprises and the monthly report in the web UI', { timeout: 300_000 }, () => {
  test('the bureau samples an enterprise, the enterprise reports, the bureau sees it', async () => {
    let respondentsBefore = 0;
    await inBrowser('sample-commerce-add', async (page) => {
      await login(page, 'zz-commerce');
      respondentsBefore = await openSamplePage(page);
      assert.ok(respondentsBefore > 0, 'the demo data files reports of the sampled enterprises');
      assert.equal(await statusTag(page).count(), 0, 'not on the list yet');

      await page.getByTestId('sample-add-open').click();
      const select = page.getByTestId('sample-add-enterprise');
      await select.click();
      // The options are searched on the server: pick from the answer to this search, not from the list
      // that was there before it (a click on an option being replaced selects nothing).
      await Promise.all([
        page.waitForResponse(
          (r) => r.url().includes('/api/enterprises?') && decodeURIComponent(r.url()).includes('湘瓷'),
        ),
        select.locator('input').fill('湘瓷'),
      ]);
      await page.locator('.ant-select-item-option', { hasText: ENTERPRISE }).click();
      await select.locator(`[title="${ENTERPRISE}"]`).waitFor();
      await page.getByTestId('sample-add-submit').click();

      await page.locator(`[data-testid="sample-row"][data-enterprise="${ENTERPRISE}"]`).waitFor();
      await statusTag(page).waitFor();
      assert.equal(await statusTag(page).getAttribute('data-status'), UNFILED_STATUS);
    });

    await inBrowser('sample-enterprise-report', async (page) => {
      await login(page, 'zz-ent1');
      await page.getByTestId('menu-my-monthly-report').click();
      await page.waitForURL('**/my-monthly-report');
      const form = page.getByTestId('report-form');
      await form.waitFor();
      assert.equal(await page.getByTestId('report-sampled').getAttribute('data-sampled'), 'true');
      assert.equal(await page.getByTestId('report-month').inputValue(), MONTH);

      await page.getByTestId('report-online-value').fill('1580000.50');
      await page.getByTestId('report-orders').fill('4200');
      await page.getByTestId('report-activeShops').fill('2');
      await page.getByTestId('report-staff').fill('36');
      await page.getByTestId('report-cbecStaff').fill('14');
      await page.getByTestId('report-climate-ordersNow').getByText('增加').click();
      await page.getByTestId('report-climate-ordersNext').getByText('增加').click();
      await page.getByTestId('report-climate-staffNext').getByText('减少').click();
      const shopRow = form.locator('tr', { hasText: SHOP });
      await shopRow.locator('input').nth(0).fill('960000.00');
      await shopRow.locator('input').nth(1).fill('2500');
      await page.getByTestId('report-submit').click();

      const status = page.getByTestId(`report-month-status-${MONTH}`);
      await page.waitForFunction(
        ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-status') === want,
        [`report-month-status-${MONTH}`, FILED_STATUS] as const,
      );
      assert.equal(await status.getAttribute('data-status'), FILED_STATUS);
      // Filing the month again is a correction: the form now asks why.
      await page.getByTestId('report-correction-hint').waitFor();
      await page.getByTestId('report-correction-reason').waitFor();
    });

    await inBrowser('sample-commerce-after', async (page) => {
      await login(page, 'zz-commerce');
      const respondentsAfter = await openSamplePage(page);
      await statusTag(page).waitFor();
      assert.equal(await statusTag(page).getAttribute('data-status'), FILED_STATUS);
      assert.equal(respondentsAfter, respondentsBefore + 1, 'the climate index counts the new report');

      await page
        .locator(`[data-testid="sample-status-row"][data-enterprise="${ENTERPRISE}"]`)
        .getByTestId('sample-history-open')
        .click();
      const version = page.locator('[data-testid="sample-history-version"][data-version="1"]');
      await version.waitFor();
      assert.match(await version.innerText(), new RegExp(SHOP));
      assert.match(await version.innerText(), /960,000\.00/);
    });
  });
});
