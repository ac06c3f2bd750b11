/**
 * Browser test of the governance pages: the Zhuzhou leading group office sees the task board add up to
 * the list (the 21 measures of 株洲 实施意见), narrows the list from a board cell and sets the due date of
 * measure （一）, led by 市商务局; the commerce bureau reports it 100 % done with a PDF as evidence, so it
 * shows completed with the report and its evidence link; on a customs-led measure the bureau gets no
 * report form; the goals page shows each Zhuzhou goal with a status tag.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { setUpBrowser } from './browser.js';

const { inBrowser, login, logout } = setUpBrowser();

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const DUE = '2027-06-30';
/** 株洲 实施意见 （一）: [责任单位：市商务局、市财政局]. */
const COMMERCE_TASK = 'zhuzhou-01';
/** （十七）: led by 株洲海关, the commerce bureau is not among its units. */
const CUSTOMS_TASK = 'zhuzhou-17';
const GOAL_STATUSES = ['achieved', 'on_track', 'behind', 'no_data'];

const count = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-total'));

async function openTasks(page: Page): Promise<void> {
  await page.getByTestId('menu-tasks').click();
  await page.waitForURL('**/tasks');
  await page.getByTestId('gov-board-total').waitFor();
  await page.getByTestId('gov-list-count').waitFor();
}

async function openTask(page: Page, key: string): Promise<void> {
  await page.getByTestId(`gov-task-link-${key}`).click();
  await page.locator(`[data-testid="gov-task"][data-key="${key}"]`).waitFor();
}

describe('governance pages in the web UI', { timeout: 300_000 }, () => {
  test('board and list, due date, a report with evidence, the goals', async () => {
    await inBrowser('governance-leading', async (page) => {
      await login(page, 'zz-leading');
      await openTasks(page);
      assert.equal(await count(page, 'gov-board-total'), 21, 'the board counts the 21 Zhuzhou measures');
      assert.equal(await count(page, 'gov-list-count'), 21, 'the list holds as many');
      assert.equal(await page.getByTestId('gov-tasks-table').locator('tbody tr.ant-table-row').count(), 20);

      // A board cell narrows the list to its lead unit: as many tasks as the cell counts, all led by it.
      const cell = page.locator('[data-testid="gov-board-cell"][data-unit="市商务局"][data-status="total"]');
      const commerceLed = Number(await cell.getAttribute('data-count'));
      assert.ok(commerceLed > 0, '市商务局 leads some measures');
      await cell.click();
      await page.getByTestId('gov-filter-lead').waitFor();
      await page.waitForFunction(
        (n) =>
          document.querySelector('[data-testid="gov-list-count"]')?.getAttribute('data-total') === String(n),
        commerceLed,
      );
      const leads = await page
        .getByTestId('gov-tasks-table')
        .locator('tbody tr.ant-table-row td:nth-child(3)')
        .allInnerTexts();
      assert.deepEqual(new Set(leads), new Set(['市商务局']));

      await openTask(page, COMMERCE_TASK);
      assert.equal(await page.getByTestId('gov-task-lead').innerText(), '市商务局');
      const picker = page.getByTestId('gov-due-input');
      await picker.click();
      await picker.fill(DUE);
      await picker.press('Enter');
      await page.getByTestId('gov-due-save').click();
      await page.getByTestId('gov-task-due').filter({ hasText: DUE }).waitFor();
      await logout(page);
    });

    await inBrowser('governance-commerce', async (page) => {
      await login(page, 'zz-commerce');
      await openTasks(page);
      await openTask(page, COMMERCE_TASK);
      assert.equal(await page.getByTestId('gov-task-due').innerText(), DUE, 'the due date the office set');
      assert.equal(await page.getByTestId('gov-due-save').count(), 0, 'commerce cannot set due dates');

      const form = page.getByTestId('gov-report-form');
      await page.getByTestId('gov-report-percent').fill('100');
      await page.getByTestId('gov-report-text').fill('两个跨境电商产业园均已认定，奖励资金已拨付。');
      await form
        .locator('input[type=file]')
        .setInputFiles({ name: '产业园认定文件.pdf', mimeType: 'application/pdf', buffer: PDF });
      await form.getByText('产业园认定文件.pdf').waitFor();
      await page.getByTestId('gov-report-submit').click();

      await page.locator('[data-testid="gov-task-status"][data-status="completed"]').waitFor();
      await page.locator('[data-testid="gov-report-closed"][data-reason="completed"]').waitFor();
      assert.equal(await page.getByTestId('gov-report-form').count(), 0, 'no report on a completed task');
      const reports = page.getByTestId('gov-reports');
      await reports.getByText('两个跨境电商产业园均已认定').waitFor();
      assert.match(await reports.innerText(), /100%/);
      const link = page.getByTestId('gov-evidence-link');
      assert.match(await link.innerText(), /产业园认定文件\.pdf/);
      const download = await page.request.get((await link.getAttribute('href'))!);
      assert.equal(download.status(), 200);
      assert.deepEqual(await download.body(), PDF, 'the evidence comes back byte for byte');

      // Another unit's task: visible, but no report form.
      await page.getByTestId('gov-back').click();
      await page.getByTestId('gov-list-count').waitFor();
      await openTask(page, CUSTOMS_TASK);
      await page.locator('[data-testid="gov-report-closed"][data-reason="not_yours"]').waitFor();
      assert.equal(await page.getByTestId('gov-report-form').count(), 0, 'no form on a customs task');

      // The goals of Zhuzhou, each with its status.
      await page.getByTestId('menu-goals').click();
      await page.waitForURL('**/goals');
      const cards = page.locator('[data-testid^="goal-zhuzhou-"]');
      await cards.first().waitFor();
      const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-goal')));
      assert.deepEqual(ids, [
        'zhuzhou-2025-leading-enterprises',
        'zhuzhou-2025-parks',
        'zhuzhou-2025-talents',
        'zhuzhou-2025-trade-value',
        'zhuzhou-2027-trade-value',
      ]);
      for (const id of ids) {
        const status = await page.getByTestId(`goal-status-${id}`).getAttribute('data-status');
        assert.ok(GOAL_STATUSES.includes(status ?? ''), `${id} has a status tag (${status})`);
      }
      assert.equal(await page.getByTestId('gov-indicator-open').count(), 1, 'commerce records figures');
    });
  });
});
