/**
 * Browser test of the subsidy workflow: a visitor computes Hengyang 2025 in the public
 * calculator (exports of 3,571,450.01 yuan: 第5条 pays up to 10万元) and applies with these figures; after
 * logging in as the Hengyang enterprise the wizard is pre-filled, a PDF is uploaded as evidence and the
 * application submitted. Finance sets the 2025 budget, the commerce bureau sees the trace beside the
 * maximum, is refused an amount above it and approves 80,000.00; finance and the leading group office
 * approve; commerce publishes the notice; a visitor finds the enterprise and the amount on /notices.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { PASSWORD, setUpBrowser } from './browser.js';

const { inBrowser, login, logout } = setUpBrowser();

/** A minimal PDF: the server decides the type by content (`%PDF-`), the extension must agree. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

async function yes(page: Page, factId: string): Promise<void> {
  const control = page.getByTestId(`fact-${factId}`);
  await control.click();
  assert.equal(await control.getAttribute('data-state'), 'true', `${factId} is yes`);
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="sub-status"][data-status="${status}"]`).waitFor();
}

/** Opens the application from the reviewer's queue (its default filter follows the role). */
async function openFromQueue(page: Page, appId: string): Promise<void> {
  await page.getByTestId('menu-subsidy-review').click();
  await page.waitForURL('**/subsidy-review');
  await page.locator(`tr[data-row-key="${appId}"]`).getByTestId('sub-open').click();
  await page.waitForURL(`**/subsidies/${appId}`);
  await page.getByTestId('sub-review').waitFor();
}

describe('subsidy workflow in the web UI', { timeout: 300_000 }, () => {
  test('calculator → application → commerce, finance, leading group → public notice', async () => {
    let appId = '';
    let enterpriseName = '';

    await inBrowser('subsidy-apply', async (page) => {
      // A visitor computes in the public calculator, then applies with these figures.
      await page.goto('/calculator?zone=hengyang&year=2025');
      await page.getByTestId('policy-doc-hzf-2024-4').waitFor();
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
      await page.getByTestId('calc-results').waitFor();
      assert.equal(flat(await page.getByTestId('item-amount-5/export').innerText()), '最高 100,000.00');
      await page.getByTestId('calc-apply').click();

      // Logging in leads on to the new application, pre-filled from the calculator.
      await page.waitForURL('**/login');
      await page.getByTestId('login-username').fill('hy-ent1');
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL('**/subsidies/new');
      await page.getByTestId('sub-prefilled').waitFor();
      const item = page.getByTestId('sub-item-5/export').locator('xpath=ancestor::label[1]');
      await item.waitFor();
      assert.equal(await item.locator('input[type=checkbox]').isChecked(), true, '第5条 is chosen');
      await page.getByTestId('sub-next').click();
      assert.equal(await page.getByTestId('fact-cbecExportYuan').inputValue(), '3571450.01');
      await page.getByTestId('sub-estimate').click();
      await page.getByTestId('calc-results').waitFor();
      await page.getByTestId('sub-save').click();
      await page.waitForURL(/\/subsidies\/[0-9a-f-]{36}$/);
      appId = page.url().split('/').pop()!;
      await waitForStatus(page, 'draft');

      // Step 3: evidence (a PDF by content); step 4: submit.
      await page
        .getByTestId('sub-evidence')
        .locator('input[type=file]')
        .setInputFiles({ name: '出口报关单.pdf', mimeType: 'application/pdf', buffer: PDF });
      const evidence = page.getByTestId('sub-evidence-list');
      await evidence.getByText('出口报关单.pdf').waitFor();
      assert.match(flat(await evidence.innerText()), /\b\d+ B\b/);
      await page.getByTestId('sub-submit').click();
      await page.getByTestId('sub-submit-confirm').click();
      await waitForStatus(page, 'submitted');
      assert.equal(flat(await page.getByTestId('sub-items').innerText()).includes('100,000.00'), true);
      enterpriseName = await page.evaluate(async (id) => {
        const r = await fetch(`/api/subsidy/applications/${id}`);
        return ((await r.json()) as { enterpriseName: string }).enterpriseName;
      }, appId);
      assert.ok(enterpriseName.length > 0);
      await logout(page);
    });

    await inBrowser('subsidy-budget', async (page) => {
      await login(page, 'hy-finance');
      await page.getByTestId('menu-subsidy-budgets').click();
      await page.waitForURL('**/subsidy-budgets');
      await page.getByTestId('budget-new').click();
      await page.getByTestId('budget-total').fill('500000.00');
      await page.getByTestId('budget-save').click();
      await page.getByTestId('budget-available').filter({ hasText: '500,000.00' }).waitFor();
    });

    await inBrowser('subsidy-commerce', async (page) => {
      await login(page, 'hy-commerce');
      await openFromQueue(page, appId);
      // The pinned trace beside the maximum.
      assert.equal(flat(await page.getByTestId('sub-maximum-5/export').innerText()), '100,000.00');
      assert.match(flat(await page.getByTestId('sub-trace-5/export').innerText()), /衡政发〔2024〕4号 第5条/);
      const amount = page.getByTestId('sub-approve-amount-5/export');
      await amount.fill('100000.01');
      await page.getByTestId('sub-approve').click();
      await page.getByText('超过测算最高额 100,000.00 元').waitFor();
      await amount.fill('80000.00');
      await page.getByTestId('sub-approve').click();
      await waitForStatus(page, 'approved_by_commerce');
      assert.equal(flat(await page.getByTestId('sub-approved-total').innerText()), '80,000.00');
    });

    await inBrowser('subsidy-finance', async (page) => {
      await login(page, 'hy-finance');
      await openFromQueue(page, appId);
      await page.getByTestId('sub-approve').click();
      await waitForStatus(page, 'approved_by_finance');
      await page.getByTestId('menu-subsidy-budgets').click();
      await page.getByTestId('budget-available').filter({ hasText: '420,000.00' }).waitFor();
    });

    await inBrowser('subsidy-leading', async (page) => {
      await login(page, 'hy-leading');
      await openFromQueue(page, appId);
      await page.getByTestId('sub-reference').fill('衡政函〔2026〕18号');
      await page.getByTestId('sub-approve').click();
      await waitForStatus(page, 'approved');
    });

    await inBrowser('subsidy-notice', async (page) => {
      await login(page, 'hy-commerce');
      await page.getByTestId('menu-notices').click();
      await page.waitForURL('**/notices');
      await page.getByTestId('notice-publish').click();
      await page.getByTestId('notice-title').fill('2025年度跨境电商专项资金拟支持项目公示（第一批）');
      await page.getByTestId('notice-applications').click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .filter({ hasText: enterpriseName })
        .click();
      await page.locator('.ant-modal-title').click();
      await page.getByTestId('notice-publish-ok').click();
      await page.locator('.sub-notice').filter({ hasText: '第一批' }).waitFor();
      await logout(page);

      // Public: no login.
      await page.goto('/notices');
      await page.getByTestId('public-frame').waitFor();
      const notice = page.locator('.sub-notice').filter({ hasText: '第一批' });
      const row = notice.getByTestId('notice-items').locator('tr').filter({ hasText: enterpriseName });
      await row.waitFor();
      const text = flat(await row.innerText());
      assert.match(text, /80,000\.00/);
      assert.match(text, /公示中/);
    });

    // The enterprise sees its application in the notice.
    await inBrowser('subsidy-enterprise-after', async (page) => {
      await login(page, 'hy-ent1');
      await page.goto(`/subsidies/${appId}`);
      await waitForStatus(page, 'in_notice');
    });
  });
});
