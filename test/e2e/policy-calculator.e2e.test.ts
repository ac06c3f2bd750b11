/**
 * Browser test of the public policy calculator: a visitor who never logs in opens /calculator from the
 * login page, picks Hengyang and 2025, enters the figures of a case from policies/hengyang/cases.ts
 * (rate-2025-above: exports of 3,571,450.01 yuan, one fen over 50万美元 at the 2025 rate 7.1429), and
 * sees 第5条 pay up to 10万元 (tier 2), the trace with its numbers, and the article quoted. Also: the
 * English switch, a draft flagged as not in force, and the page inside the layout for a signed-in user.
 *
 * Needs `policyRoutes` registered in src/http/app.ts (the server is built by startTestServer()).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { setUpBrowser } from './browser.js';

const { inBrowser, login } = setUpBrowser();

/** Picks an option of the antd Select carrying `testId` by its visible text. */
async function choose(page: Page, testId: string, optionText: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .getByTitle(optionText, { exact: true })
    .click();
}

/** Sets a yes/no fact to yes (from "not given"). */
async function yes(page: Page, factId: string): Promise<void> {
  const control = page.getByTestId(`fact-${factId}`);
  await control.click();
  assert.equal(await control.getAttribute('data-state'), 'true', `${factId} is yes`);
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('public policy calculator in the web UI', { timeout: 180_000 }, () => {
  test('a visitor without an account computes Hengyang 2025: 第5条 pays up to 10万元, the article quoted', async () => {
    await inBrowser('calculator-hengyang-2025', async (page) => {
      await page.goto('/login');
      await page.getByTestId('calculator-link').click();
      await page.waitForURL('**/calculator');
      await page.getByTestId('public-frame').waitFor();
      assert.equal(await page.getByTestId('logout').count(), 0, 'nobody is logged in');

      await choose(page, 'calc-zone', '衡阳综试区');
      await choose(page, 'calc-year', '2025');
      await page.waitForURL((url) => url.searchParams.get('zone') === 'hengyang');
      // The document, its status and its validity are shown before anything is entered.
      const doc = page.getByTestId('policy-doc-hzf-2024-4');
      await doc.waitFor();
      assert.match(flat(await doc.innerText()), /衡政发〔2024〕4号/);
      assert.match(flat(await doc.innerText()), /2024-05-07 至 2026-05-06/);

      // Case rate-2025-above: an enterprise inside 一、支持范围 with exports of 3,571,450.01 yuan.
      await page.getByTestId('fact-applicantKind').filter({ hasText: '企业' }).waitFor();
      for (const id of [
        'registeredAndTaxedInZone',
        'independentLegalPerson',
        'hasCbecTradeRecord',
        'inCustomsCbecStatistics',
      ])
        await yes(page, id);
      await page.getByTestId('fact-cbecExportYuan').fill('3,571,450.01');
      await page.getByTestId('calc-submit').click();

      const results = page.getByTestId('calc-results');
      await results.waitFor();
      const amount = page.getByTestId('item-amount-5/export');
      assert.equal(flat(await amount.innerText()), '最高 100,000.00');
      assert.equal(await page.getByTestId('item-status-5/export').getAttribute('data-status'), 'eligible');
      assert.equal(flat(await page.getByTestId('calc-total').innerText()).endsWith('100,000.00'), true);
      const row = page.locator('tr[data-row-key="hzf-2024-4:5/export"]');
      assert.match(flat(await row.innerText()), /第 2 档：出口总额超过50万美元/);
      assert.match(flat(await page.getByTestId('calc-in-force').innerText()), /1 美元 = 7\.1429 元/);

      // Why: the trace with the converted threshold and the citation, and the article verbatim.
      await page.getByTestId('item-why-5/export').click();
      const trace = page.getByTestId('item-trace-5/export');
      await trace.waitFor();
      const traceText = flat(await trace.innerText());
      assert.match(
        traceText,
        /3,571,450\.01 元，条件 > 50 万美元（500,000 美元 × 7\.1429 = 3,571,450\.00 元） → 满足/,
      );
      assert.match(traceText, /衡政发〔2024〕4号 第5条/);
      const articles = flat(await page.getByTestId('item-articles-5/export').innerText());
      assert.match(articles, /衡政发〔2024〕4号 第5条/);
      assert.match(
        articles,
        /对当年跨境电商出口总额破零的，最高给予一次性奖励 2 万元；超过 50 万美元的，最高给予一次性奖励 10 万元/,
      );
      assert.match(articles, /衡政发〔2024〕4号 一、支持范围/);

      // English: the same result, labels and trace in English; the article stays in its Chinese words.
      await page.getByTestId('lang-switch').click();
      await page.getByTestId('lang-switch').filter({ hasText: '中文' }).waitFor();
      assert.equal(flat(await amount.innerText()), 'up to 100,000.00');
      assert.match(flat(await trace.innerText()), /USD 500,000 × 7\.1429 = 3,571,450\.00 yuan\) → met/);
      assert.match(
        flat(await page.getByTestId('item-articles-5/export').innerText()),
        /The articles \(original Chinese text\).*超过 50 万美元的，最高给予一次性奖励 10 万元/,
      );
    });
  });

  test('the Zhuzhou draft is flagged not in force unless drafts are included', async () => {
    await inBrowser('calculator-zhuzhou-draft', async (page) => {
      await page.goto('/calculator?zone=zhuzhou&year=2025');
      await page.getByTestId('policy-doc-zz-opinions-draft').waitFor();
      assert.equal(await page.getByTestId('policy-doc-status').getAttribute('data-status'), 'draft');
      await page.getByTestId('fact-hostedExhibitionBoothFeeYuan').fill('12000');
      await page.getByTestId('calc-submit').click();
      await page.getByTestId('calc-not-in-force').waitFor();
      assert.match(flat(await page.getByTestId('calc-not-in-force').innerText()), /征求意见稿/);
      assert.equal(
        await page.getByTestId('item-status-21/hosted-exhibitions').getAttribute('data-status'),
        'not_in_force',
      );

      // The choice lives in the address, so the box follows the URL once it has changed.
      await page.getByTestId('calc-include-drafts').click();
      await page.waitForURL((url) => url.searchParams.get('drafts') === '1');
      await page.getByTestId('calc-results').waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('calc-include-drafts').isChecked(), true);
      await page.getByTestId('calc-submit').click();
      await page.getByTestId('calc-draft-estimate').waitFor();
      assert.equal(
        flat(await page.getByTestId('item-amount-21/hosted-exhibitions').innerText()),
        '12,000.00',
      );
    });
  });

  test('a wrong amount is refused on its field; a signed-in user finds the calculator in the menu', async () => {
    await inBrowser('calculator-signed-in', async (page) => {
      await login(page, 'zz-commerce');
      await page.getByTestId('menu-calculator').click();
      await page.waitForURL('**/calculator');
      await page.getByTestId('logout').waitFor();
      // The user's own zone is chosen for them.
      await page.getByTestId('policy-doc-zz-opinions-draft').waitFor();
      await page.getByTestId('fact-hostedExhibitionBoothFeeYuan').fill('12000.001');
      await page.getByTestId('calc-submit').click();
      await page.getByText('请填写金额（元），最多两位小数').waitFor();
      assert.equal(await page.getByTestId('calc-results').count(), 0);
    });
  });
});
