/**
 * Browser test of the filing flow through the web UI: an enterprise completes and submits its draft
 * filing, the commerce bureau approves it from the review queue and finds the approval in the audit
 * log, and the enterprise then sees its filing as 已备案. Also: the language switch of the login page.
 *
 * Runs Debian's chromium (never a downloaded browser) against the platform started by
 * `startTestServer()` (fresh in-memory database, demo data, built web UI). Set CBEC_E2E_URL to run
 * against a platform that is already serving instead (its demo data must be fresh).
 * On failure a screenshot goes to test-results/.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { setUpBrowser } from './browser.js';

const { inBrowser, login, logout } = setUpBrowser();

/**
 * Picks an option of the antd Select carrying `testId` by its visible text, and waits until the select
 * shows it: on a busy machine a click during the dropdown's opening animation can miss, so it tries again.
 */
async function choose(page: Page, testId: string, optionText: string): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByTitle(optionText, { exact: true })
      .click();
    try {
      await select.filter({ hasText: optionText }).waitFor({ timeout: 3_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

async function waitForStatus(page: Page, label: string): Promise<void> {
  await page.getByTestId('filing-status').filter({ hasText: label }).waitFor();
}

describe('filing flow in the web UI', { timeout: 180_000 }, () => {
  test('an enterprise submits its filing, the commerce bureau approves it, the audit log shows it', async () => {
    let enterpriseId = '';

    await inBrowser('enterprise-submits', async (page) => {
      await login(page, 'zz-ent2');
      await page.waitForURL('**/my-filing');
      await waitForStatus(page, '草稿');
      enterpriseId = await page.evaluate(async () => {
        const me = (await (await fetch('/api/auth/me')).json()) as { user: { enterpriseId: string | null } };
        return me.user.enterpriseId ?? '';
      });
      assert.match(enterpriseId, /^[0-9a-f-]{36}$/, 'zz-ent2 is bound to an enterprise');

      // the draft lacks what review needs: district, address, contact person and phone
      await choose(page, 'filing-district', '天元区');
      await page.getByTestId('filing-address').fill('湖南省株洲市天元区长江北路88号');
      await page.getByTestId('filing-contact-name').fill('王晓明');
      await page.getByTestId('filing-contact-phone').fill('13807312288');
      await page.getByTestId('filing-contact-email').fill('wangxm@example.com');
      await page.getByTestId('filing-submit').click();
      await page.getByTestId('filing-submit-confirm').click();
      await waitForStatus(page, '待审核');
      await logout(page);
    });

    await inBrowser('commerce-approves', async (page) => {
      await login(page, 'zz-commerce');
      await page.getByTestId('menu-review').click();
      await page.waitForURL('**/review');
      await page.getByTestId(`review-approve-${enterpriseId}`).click();
      // The confirmation follows its button when the queue lays itself out again; on a busy host a
      // click by position could land where it was a moment before. The click goes to the element itself.
      const confirm = page.getByTestId(`review-approve-confirm-${enterpriseId}`);
      await confirm.waitFor();
      await confirm.dispatchEvent('click');
      await page.getByTestId(`review-approve-${enterpriseId}`).waitFor({ state: 'detached' });

      await page.getByTestId('menu-audit').click();
      await page.waitForURL('**/audit');
      await page.getByTestId('audit-filter-entity-id').fill(enterpriseId);
      await page.getByTestId('audit-search').click();
      // Wait until the table shows the filtered result: every row is about this enterprise.
      await page.waitForFunction((id) => {
        const rows = [...document.querySelectorAll('[data-testid="audit-table"] tbody tr.ant-table-row')];
        return rows.length > 0 && rows.every((r) => r.textContent?.includes(id.slice(0, 18)));
      }, enterpriseId);
      const approval = page
        .getByTestId('audit-table')
        .locator('tbody tr.ant-table-row', { hasText: 'enterprise.approve' });
      assert.equal(await approval.count(), 1, 'one approval of this enterprise');
      assert.match((await approval.first().innerText()).replace(/\s+/g, ' '), /审核通过/);
      assert.equal(await approval.first().getByTestId('audit-entity-link').innerText(), enterpriseId);
      await logout(page);
    });

    await inBrowser('enterprise-sees-approval', async (page) => {
      await login(page, 'zz-ent2');
      await page.waitForURL('**/my-filing');
      await waitForStatus(page, '已备案');
    });
  });

  test('the language switch turns the login page to English', async () => {
    await inBrowser('language-switch', async (page) => {
      await page.goto('/login');
      const submit = page.getByTestId('login-submit');
      await submit.waitFor();
      assert.match((await submit.innerText()).replace(/\s+/g, ''), /^登录$/);
      assert.equal((await page.getByTestId('lang-switch').innerText()).trim(), 'English');

      await page.getByTestId('lang-switch').click();
      await page.getByTestId('lang-switch').filter({ hasText: '中文' }).waitFor();
      assert.equal((await submit.innerText()).trim(), 'Log in');
      assert.equal(
        (await page.getByTestId('app-title').innerText()).trim(),
        'CBEC Zone Online Comprehensive Service Platform',
      );
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.evaluate(() => localStorage.getItem('cbec.lang')), 'en');
    });
  });
});
