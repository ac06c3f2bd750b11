/**
 * Browser test of clearance through the web UI: an enterprise uploads an order (CEB311) and an inventory
 * (CEB621) as two XML files, reads the report and opens the parcel, which awaits its payment and waybill
 * (待齐全) and shows 已接收 on its lifecycle; a broken message is refused with the path of the missing
 * field; Zhuzhou customs opens its work queue and each tab; an enterprise builds the export summary
 * declarations of a period, opens one and downloads its Excel report and its CEB701 message.
 *
 * Runs Debian's chromium (never a downloaded browser) against the platform this file serves as
 * `startTestServer()` does (fresh in-memory database, demo data, built web UI), with the sandbox customs
 * jobs at hand to release export parcels. Set CBEC_E2E_URL to run against a platform that is already
 * serving instead (its demo data must be fresh; its own customs jobs release the export parcels).
 * On failure a screenshot goes to test-results/.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { serveWithCustomsJobs } from '../helpers/server.js';
import { setUpBrowser } from './browser.js';
import {
  exportArrival,
  exportDeparture,
  soleExportParcel,
  exportRevoke,
  importParcel,
  xmlOf,
} from '../helpers/ceb.js';

/** The customs code of the demo's approved Zhuzhou e-commerce enterprise, the one zz-ent1 works for. */
const ENTERPRISE_CODE = '430296D001';
let workDir: string;

// Export parcels are released only by the customs jobs: this file serves the platform with them at hand,
// unless CBEC_E2E_URL names one already serving (whose `cbec serve` runs them every 2 s).
const ownServer = process.env.CBEC_E2E_URL ? undefined : await serveWithCustomsJobs();

after(async () => {
  await ownServer?.close();
});

const { inBrowser, login, logout } = setUpBrowser();

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

/**
 * A 9610 export parcel (order, receipt, waybill, inventory with statisticsFlag B) in which the demo
 * enterprise is the e-commerce enterprise, the logistics enterprise and the declaring agent, so zz-ent1
 * may send all four messages.
 */
function demoExportParcel(n: number) {
  const parcel = soleExportParcel(n, ENTERPRISE_CODE);
  return [parcel.orderNo, parcel.messages()] as const;
}

/** Sends one XML message through the API with the signed-in page's session (cookie and CSRF token). */
async function sendMessage(page: Page, xml: string): Promise<void> {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const r = await page.request.post('/api/clearance/messages', {
    data: xml,
    headers: { 'content-type': 'application/xml', 'x-csrf-token': csrfToken },
  });
  const body = await r.text();
  assert.equal(r.status(), 200, body);
  assert.equal((JSON.parse(body) as { accepted: number }).accepted, 1, body);
}

interface ParcelRow {
  id: string;
  orderNo: string | null;
  logisticsNo: string | null;
  invtNo: string | null;
  matchState: string;
  customsStatus: string | null;
}

/**
 * Runs the customs jobs (or lets the serving platform run them) until every one of the parcels is final
 * with customs: released (800) or rejected (100). Returns the parcels.
 */
async function untilFinal(page: Page, orderNos: readonly string[]): Promise<ParcelRow[]> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    await ownServer?.customsJobs();
    const r = await page.request.get('/api/clearance/parcels?flow=export&pageSize=100');
    assert.equal(r.status(), 200, await r.text());
    const mine = ((await r.json()) as { items: ParcelRow[] }).items.filter(
      (p) => p.orderNo !== null && orderNos.includes(p.orderNo),
    );
    if (mine.length === orderNos.length && mine.every((p) => ['800', '100'].includes(p.customsStatus ?? '')))
      return mine;
    if (Date.now() > deadline)
      assert.fail(
        `the export parcels are not final with customs: ${JSON.stringify(mine.map((p) => [p.orderNo, p.matchState, p.customsStatus]))}`,
      );
    await page.waitForTimeout(1000);
  }
}

/** A day in China time, `days` from today: yyyy-MM-dd. */
function chinaDay(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Clicks a download link and waits for the file the browser saves. */
async function download(page: Page, testId: string): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const failure = await file.failure();
  assert.equal(failure, null, `download ${testId} failed: ${failure}`);
  return { file, body: await readFile(await file.path()) };
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
  // Send once the chosen files are listed: a click before the list renders sends nothing.
  for (const f of files) await page.getByText(path.basename(f), { exact: true }).first().waitFor();
  await page.getByTestId('upload-send').click();
  // the report, or an error notification (the request failed): fail with its text at once
  const report = page.getByTestId('upload-report');
  const notice = page.locator('.ant-notification-notice');
  await report.or(notice).first().waitFor();
  if (!(await report.isVisible()))
    assert.fail(`upload failed: ${(await notice.first().innerText()).replace(/\s+/g, ' ')}`);
}

describe('clearance in the web UI', { timeout: 300_000 }, () => {
  let parcelId = '';

  test('an enterprise uploads an order and an inventory and follows the parcel', async () => {
    const parcel = demoParcel(1);
    // The order's guid in lower case, as many enterprise systems write one: taken, with a warning.
    const head = parcel.order.Order[0]!.OrderHead;
    head.guid = head.guid.toLowerCase();
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
      const warning = report.getByTestId('upload-warning');
      await warning.filter({ hasText: '大写' }).waitFor();
      assert.equal(await warning.count(), 1);
      assert.equal(await warning.getAttribute('data-field'), 'documents[0].guid');

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
      for (const key of ['inspection', 'accepted', 'released', 'rejected', 'overLimit', 'withdrawn']) {
        await page.getByTestId(`customs-queue-tab-${key}`).click();
        await page.locator('.ant-tabs-tab-active').getByTestId(`customs-queue-tab-${key}`).waitFor();
        await page.getByTestId('parcels-table').locator('.ant-table-tbody').waitFor();
      }
      // Each tab of work shows how many parcels wait in it: the rejected ones, as their list counts them.
      await page.getByTestId('customs-queue-tab-rejected').click();
      const badge = page.getByTestId('customs-queue-count-rejected');
      await badge.waitFor();
      const counted = Number((await badge.innerText()).replace(/\D/g, ''));
      const listed = page.locator('.ant-pagination-total-text');
      if (counted > 0) await listed.filter({ hasText: String(counted) }).waitFor();
      else await page.getByTestId('parcels-table').locator('.ant-empty').waitFor();
      assert.equal(
        await page.getByTestId('customs-queue-count-released').count(),
        0,
        'released: history, not counted',
      );

      // A released retail import shows the tax computed when it went to customs, as the API gives it.
      const imports = (await (
        await page.request.get('/api/clearance/parcels?flow=import&customsStatus=800&pageSize=1')
      ).json()) as { items: { id: string }[] };
      const importId = imports.items[0]?.id;
      assert.ok(importId, 'the demo has released imports');
      const detail = (await (await page.request.get(`/api/clearance/parcels/${importId}`)).json()) as {
        taxTotal: string | null;
      };
      assert.ok(detail.taxTotal, 'a released import was taxed');
      await page.goto(`/parcels/${importId}`);
      const tax = page.getByTestId('parcel-tax');
      await tax.getByTestId('parcel-tax-total').filter({ hasText: detail.taxTotal }).waitFor();
      await tax
        .getByTestId('parcel-tax-treatment')
        .filter({ hasText: /限值以内|超出限值/ })
        .waitFor();
      assert.ok((await tax.getByTestId('parcel-tax-lines').locator('tbody tr.ant-table-row').count()) >= 1);
      await page.goto('/customs-queue');

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

  test('an enterprise builds the summary declarations of a period, opens one and downloads it', async () => {
    const parcels = [101, 102, 103].map(demoExportParcel);
    const orderNos = parcels.map(([orderNo]) => orderNo);
    // the period around today, both days included, as the form takes it (the release is today)
    const [from, to] = [chinaDay(-1), chinaDay(1)];
    let summaryId = '';

    await inBrowser('clearance-summary', async (page) => {
      await login(page, 'zz-ent1');
      for (const [, messages] of parcels) for (const xml of messages) await sendMessage(page, xml);
      const final = await untilFinal(page, orderNos);
      const released = final.filter((p) => p.customsStatus === '800');
      // this file's sandbox customs releases every parcel; a serving platform's may reject some
      if (ownServer) assert.equal(released.length, 3, JSON.stringify(final));
      assert.ok(released.length > 0, 'no export parcel was released');
      const invtNos = released.map((p) => p.invtNo ?? p.id).sort();
      // the demo enterprise, as the logistics firm, reports the released parcels arrived and departed
      const waybills = released.map((p) => p.logisticsNo!);
      const arrival = exportArrival(waybills);
      const departure = exportDeparture(waybills);
      for (const h of [arrival.Arrival[0]!.ArrivalHead, departure.Departure[0]!.DepartureHead])
        h.logisticsCode = ENTERPRISE_CODE;
      arrival.Arrival[0]!.ArrivalHead.operatorCode = ENTERPRISE_CODE;
      await sendMessage(page, xmlOf('CEB507', arrival, ENTERPRISE_CODE));
      await sendMessage(page, xmlOf('CEB509', departure, ENTERPRISE_CODE));

      await page.getByTestId('menu-summaries').click();
      await page.waitForURL('**/summaries');
      const form = page.getByTestId('summary-build-form');
      const start = form.locator('.ant-picker-range input').nth(0);
      const end = form.locator('.ant-picker-range input').nth(1);
      await start.click();
      await start.fill(from);
      await start.press('Enter');
      await end.fill(to);
      await end.press('Enter');
      assert.equal(await start.inputValue(), from);
      assert.equal(await end.inputValue(), to);
      // Enter confirmed the dates and built nothing yet
      assert.equal(await page.getByTestId('summary-build-result').count(), 0);
      await page.getByTestId('summary-build-submit').click();

      // one summary (same consignor, agent, customs, destination…) of the released inventories
      const result = page.getByTestId('summary-build-result');
      await result.waitFor();
      assert.equal(await result.getAttribute('data-built'), '1', await result.innerText());
      assert.equal(await result.getAttribute('data-inventories'), String(released.length));
      const link = result.locator('[data-testid^="summary-built-link-"]');
      summaryId = ((await link.getAttribute('data-testid')) ?? '').replace('summary-built-link-', '');
      assert.match(summaryId, /^[0-9a-f-]{36}$/);
      // and it is on the list, with its inventory count
      await page
        .getByTestId(`summary-count-${summaryId}`)
        .filter({ hasText: String(released.length) })
        .waitFor();

      // building the same period again summarises nothing twice
      await page.getByTestId('summary-build-submit').click();
      await result.and(page.locator('[data-built="0"]')).waitFor();

      await page.getByTestId(`summary-link-${summaryId}`).click();
      await page.waitForURL(`**/summaries/${summaryId}`);
      await page
        .getByTestId('summary-period')
        .filter({ hasText: `${from} 至 ${to}` })
        .waitFor();
      assert.equal(await page.getByTestId('summary-inventory-count').innerText(), String(released.length));
      // each parcel's 硬质合金刀片 line (10 pieces, 35.50 USD) merged into one
      const blades = page
        .getByTestId('summary-items')
        .locator('tbody tr.ant-table-row', { hasText: '硬质合金刀片' });
      assert.equal(await blades.count(), 1);
      const cells = (await blades.locator('td').allInnerTexts()).map((c) => c.trim());
      assert.equal(cells[1], '8209009000');
      assert.equal(cells[5], String(10 * released.length));
      assert.equal(cells[6], '011');
      assert.equal(cells[7], `${(35.5 * released.length).toFixed(2)} 美元`);
      assert.equal(cells[9], String(released.length));
      assert.equal(
        await page.getByTestId('summary-items').locator('tbody tr.ant-table-row').count(),
        3,
        'blades, shanks and boxes',
      );
      const listed = await page
        .getByTestId('summary-inventories')
        .locator('[data-testid^="summary-inventory-link-"]')
        .allInnerTexts();
      assert.deepEqual(listed.map((n) => n.trim()).sort(), invtNos);

      // the Excel report: head, goods, one row per inventory
      const xlsx = await download(page, 'summary-download-xlsx');
      assert.match(xlsx.file.suggestedFilename(), /\.xlsx$/);
      assert.equal(xlsx.body.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx is a zip file');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      assert.deepEqual(
        wb.worksheets.map((w) => w.name),
        ['汇总申报单', '商品', '清单'],
      );
      assert.equal(wb.getWorksheet('清单')!.rowCount, released.length + 1);

      // the CEB701 summary application, with the agent's DXP id
      await page.getByTestId('summary-dxp-id').fill('DXPENT0000012345');
      const xml = await download(page, 'summary-download-xml');
      assert.match(xml.file.suggestedFilename(), /^CEB701_.*\.xml$/);
      const text = xml.body.toString('utf8');
      assert.match(text, /<(\w+:)?CEB701Message\b/);
      assert.match(text, /DXPENT0000012345/);
      for (const invtNo of invtNos) assert.ok(text.includes(`>${invtNo}<`), `CEB701 lists ${invtNo}`);

      // an inventory opens its parcel
      const first = released.find((p) => (p.invtNo ?? p.id) === invtNos[0])!;
      await page.getByTestId(`summary-inventory-link-${invtNos[0]}`).click();
      await page.waitForURL(`**/parcels/${first.id}`);
      await page.getByTestId('parcel-order-no').filter({ hasText: first.orderNo! }).waitFor();
      // its lifecycle shows the site's reports beside customs' answers
      const events = page.getByTestId('parcel-events');
      await events
        .locator('[data-testid="parcel-event"][data-status="arrived"]')
        .filter({ hasText: '已运抵' })
        .waitFor();
      await events
        .locator('[data-testid="parcel-event"][data-status="departed"]')
        .filter({ hasText: '已离境' })
        .waitFor();
    });

    // a bureau that may not summarise reads the zone's summaries, without the form
    await inBrowser('clearance-summary-read', async (page) => {
      await login(page, 'zz-tax');
      await page.getByTestId('menu-summaries').click();
      await page.waitForURL('**/summaries');
      await page.getByTestId(`summary-row-${summaryId}`).waitFor();
      assert.equal(await page.getByTestId('summary-build-form').count(), 0);
      await logout(page);
    });
  });

  // Runs this file's customs jobs at chosen moments, to withdraw the parcel between its acceptance (120,
  // a second after sending) and its release (five seconds after): a serving platform's own jobs do not wait.
  test('an enterprise withdraws an export parcel and declares it again', { skip: !ownServer }, async () => {
    const parcel = soleExportParcel(104, ENTERPRISE_CODE);
    let parcelId104 = '';
    await inBrowser('clearance-redeclare', async (page) => {
      await login(page, 'zz-ent1');
      for (const xml of parcel.messages()) await sendMessage(page, xml);
      await ownServer!.customsJobs();
      await page.waitForTimeout(1_500);
      await ownServer!.customsJobs();
      const found = await page.request.get(`/api/clearance/parcels?flow=export&q=${parcel.orderNo}`);
      const accepted = ((await found.json()) as { items: ParcelRow[] }).items[0]!;
      // taken in (120), perhaps reviewed (399, three seconds after sending), not yet released
      assert.ok(['120', '399'].includes(accepted.customsStatus ?? ''), JSON.stringify(accepted));
      await sendMessage(page, xmlOf('CEB605', exportRevoke(parcel, accepted.invtNo!), ENTERPRISE_CODE));
      parcelId104 = accepted.id;
    });

    // customs' queue: the withdrawn parcel has left the work of the accepted tab for the withdrawn one
    await inBrowser('clearance-redeclare-customs', async (page) => {
      await login(page, 'zz-customs');
      const table = page.getByTestId('parcels-table');
      const search = async () => {
        await page.getByTestId('parcels-q').locator('input').fill(parcel.orderNo);
        await page.getByTestId('parcels-q').locator('input').press('Enter');
      };
      await page.goto('/customs-queue?tab=accepted');
      await search();
      await table.locator('.ant-empty').waitFor();
      await page.getByTestId('customs-queue-tab-withdrawn').click();
      await page.locator('.ant-tabs-tab-active').getByTestId('customs-queue-tab-withdrawn').waitFor();
      await search();
      const row = page.getByTestId(`parcel-row-${parcelId104}`);
      await row.getByTestId('parcel-revoked-tag').filter({ hasText: '已撤单' }).waitFor();
      assert.equal(await table.locator('.ant-table-row').count(), 1);
    });

    await inBrowser('clearance-redeclare-again', async (page) => {
      await login(page, 'zz-ent1');
      const accepted = { id: parcelId104 };
      // the parcel's page says how to declare it again
      await page.goto(`/parcels/${accepted.id}`);
      const hint = page.getByTestId('parcel-declaration-hint');
      await hint.filter({ hasText: 'appType=1' }).waitFor();
      assert.equal(await hint.getAttribute('data-state'), 'withdrawn');

      // the inventory again, as it was, under a new guid (appType 1: customs holds none any more)
      parcel.inventory.Inventory[0]!.InventoryHead.guid = crypto.randomUUID().toUpperCase();
      await openUpload(page);
      await chooseFiles(page, [
        await writeXml('inventory-again.xml', xmlOf('CEB603', parcel.inventory, ENTERPRISE_CODE)),
      ]);
      const report = page.getByTestId('upload-report');
      assert.equal(await report.getAttribute('data-accepted'), '1');
      await report.getByTestId('upload-document').filter({ hasText: '重新申报' }).waitFor();
      await report.getByTestId(`upload-parcel-link-${accepted.id}`).click();
      await page.waitForURL(`**/parcels/${accepted.id}`);

      // one lifecycle: the withdrawn declaration, then the new one, matched afresh
      const events = page.getByTestId('parcel-events');
      await events
        .locator('[data-testid="parcel-event"][data-status="redeclared"]')
        .filter({ hasText: '重新申报' })
        .waitFor();
      const statuses = await events
        .locator('[data-testid="parcel-event"]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-status')));
      assert.deepEqual(statuses.slice(statuses.indexOf('revoked')), ['revoked', 'redeclared', 'matched']);
      assert.equal(await page.getByTestId('parcel-match-state').getAttribute('data-state'), 'matched');
      assert.equal(await page.getByTestId('parcel-declaration-hint').count(), 0);
    });
  });
});
