/**
 * Browser test of clearance through the web UI: an enterprise uploads an order (CEB311) and an inventory
 * (CEB621) as two XML files, reads the report and opens the parcel, which awaits its payment and waybill
 * (待齐全) and shows 已接收 on its lifecycle; a broken message is refused with the path of the missing
 * field; Zhuzhou customs opens its work queue and each tab.
 *
 * Runs Debian's chromium (never a downloaded browser) against the platform started by
 * `startTestServer()` (fresh in-memory database, demo data, built web UI). Set CBEC_E2E_URL to run
 * against a platform that is already serving instead (its demo data must be fresh).
 * On failure a screenshot goes to test-results/.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { setUpBrowser } from './browser.js';
import { importParcel, xmlOf } from '../helpers/ceb.js';

/** The customs code of the demo's approved Zhuzhou e-commerce enterprise, the one zz-ent1 works for. */
const ENTERPRISE_CODE = '430296D001';
let workDir: string;

const { inBrowser, login } = setUpBrowser();

before(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'cbec-clearance-e2e-'));
});

after(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/**
 * An import parcel whose order and inventory name the demo enterprise (as platform, e-commerce
 * enterprise and the inventory's declaring agent), so zz-ent1 may send both; its payment and waybill
 * name enterprises the demo lacks and are never sent.
 */
function demoParcel(n: number) {
  const parcel = importParcel(n);
  for (const o of parcel.order.Order) {
    o.OrderHead.ebpCode = ENTERPRISE_CODE;
    o.OrderHead.ebcCode = ENTERPRISE_CODE;
  }
  for (const i of parcel.inventory.Inventory) {
    i.InventoryHead.ebpCode = ENTERPRISE_CODE;
    i.InventoryHead.ebcCode = ENTERPRISE_CODE;
    i.InventoryHead.agentCode = ENTERPRISE_CODE;
  }
  return parcel;
}

async function writeXml(name: string, xml: string): Promise<string> {
  const file = path.join(workDir, name);
  await writeFile(file, xml, 'utf8');
  return file;
}

async function openUpload(page: Page): Promise<void> {
  await page.getByTestId('menu-clearance-upload').click();
  await page.waitForURL('**/clearance/upload');
  // the test id sits on the drag-and-drop area's (hidden) file input
  await page.getByTestId('upload-dragger').waitFor({ state: 'attached' });
}

async function chooseFiles(page: Page, files: string[]): Promise<void> {
  await page.getByTestId('upload-dragger').setInputFiles(files);
  await page.getByTestId('upload-send').click();
  // the report, or an error notification (the request failed): fail with its text at once
  const report = page.getByTestId('upload-report');
  const notice = page.locator('.ant-notification-notice');
  await report.or(notice).first().waitFor();
  if (!(await report.isVisible()))
    assert.fail(`upload failed: ${(await notice.first().innerText()).replace(/\s+/g, ' ')}`);
}

describe('clearance in the web UI', { timeout: 180_000 }, () => {
  let parcelId = '';

  test('an enterprise uploads an order and an inventory and follows the parcel', async () => {
    const parcel = demoParcel(1);
    const files = [
      await writeXml('order.xml', xmlOf('CEB311', parcel.order, ENTERPRISE_CODE)),
      await writeXml('inventory.xml', xmlOf('CEB621', parcel.inventory, ENTERPRISE_CODE)),
    ];

    await inBrowser('clearance-upload', async (page) => {
      await login(page, 'zz-ent1');
      await openUpload(page);
      await chooseFiles(page, files);

      const report = page.getByTestId('upload-report');
      assert.equal(await report.getAttribute('data-accepted'), '2');
      assert.equal(await report.getAttribute('data-refused'), '0');
      const outcomes = report.getByTestId('upload-outcome');
      assert.equal(await outcomes.count(), 2);
      for (const outcome of await outcomes.all())
        assert.equal(await outcome.getAttribute('data-outcome'), 'accepted');
      await report.getByText('order.xml').waitFor();
      await report.getByText('inventory.xml').waitFor();
      await report.getByText('CEB621').waitFor();

      // the inventory made a parcel; open its lifecycle from the report
      const link = report.locator('[data-testid^="upload-parcel-link-"]');
      assert.equal(await link.count(), 1);
      parcelId = ((await link.getAttribute('data-testid')) ?? '').replace('upload-parcel-link-', '');
      assert.match(parcelId, /^[0-9a-f-]{36}$/);
      await link.click();
      await page.waitForURL(`**/parcels/${parcelId}`);

      const state = page.getByTestId('parcel-match-state');
      await state.filter({ hasText: '待齐全' }).waitFor();
      assert.equal(await state.getAttribute('data-state'), 'incomplete');
      assert.match((await state.textContent()) ?? '', /支付单、运单/);
      await page.getByTestId('parcel-order-no').filter({ hasText: parcel.orderNo }).waitFor();
      const received = page
        .getByTestId('parcel-events')
        .locator('[data-testid="parcel-event"][data-status="received"]');
      await received.filter({ hasText: '已接收' }).waitFor();
      assert.equal(await page.getByTestId('parcel-documents').locator('tbody tr.ant-table-row').count(), 2);

      // and the parcel is on the enterprise's list
      await page.getByTestId('menu-parcels').click();
      await page.waitForURL('**/parcels');
      await page.getByTestId(`parcel-row-${parcelId}`).filter({ hasText: parcel.orderNo }).waitFor();
    });
  });

  test('a broken message is refused with the path of the wrong field', async () => {
    const parcel = demoParcel(2);
    const xml = xmlOf('CEB311', parcel.order, ENTERPRISE_CODE);
    const broken = xml.replace(/<(\w+:)?orderNo>[^<]*<\/(\w+:)?orderNo>/, '');
    assert.notEqual(broken, xml, 'the orderNo element was removed');
    const file = await writeXml('broken-order.xml', broken);

    await inBrowser('clearance-refused', async (page) => {
      await login(page, 'zz-ent1');
      await openUpload(page);
      await chooseFiles(page, [file]);

      const report = page.getByTestId('upload-report');
      assert.equal(await report.getAttribute('data-accepted'), '0');
      assert.equal(await report.getAttribute('data-refused'), '1');
      await report.getByTestId('upload-refusal').waitFor();
      assert.equal(await report.getByTestId('upload-outcome').getAttribute('data-outcome'), 'refused');
      await report.getByText('broken-order.xml').waitFor();
      await report
        .getByTestId('upload-messages')
        .getByRole('cell', { name: 'CEB311', exact: true })
        .waitFor();
      const error = report.getByTestId('upload-error').filter({ hasText: 'Order[0].OrderHead.orderNo' });
      await error.waitFor();
      assert.equal(await error.getAttribute('data-field'), 'Order[0].OrderHead.orderNo');
    });
  });

  test('customs opens its work queue, each tab, and the zone parcels', async () => {
    await inBrowser('customs-queue', async (page) => {
      await login(page, 'zz-customs');
      assert.equal(await page.getByTestId('menu-clearance-upload').count(), 0, 'customs sends no messages');
      await page.getByTestId('menu-customs-queue').click();
      await page.waitForURL('**/customs-queue');
      for (const key of ['inspection', 'accepted', 'released', 'rejected', 'overLimit']) {
        await page.getByTestId(`customs-queue-tab-${key}`).click();
        await page.locator('.ant-tabs-tab-active').getByTestId(`customs-queue-tab-${key}`).waitFor();
        await page.getByTestId('parcels-table').locator('.ant-table-tbody').waitFor();
      }

      // in English
      await page.getByTestId('lang-switch').click();
      await page.getByTestId('customs-queue-tab-inspection').filter({ hasText: 'Inspection' }).waitFor();
      await page.getByTestId('page-title').filter({ hasText: 'Customs queue' }).waitFor();

      // the zone's parcels include the one zz-ent1 sent
      if (parcelId) {
        await page.getByTestId('menu-parcels').click();
        await page.waitForURL('**/parcels');
        await page.getByTestId(`parcel-row-${parcelId}`).waitFor();
      }
    });
  });
});
