import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.js';
import { residentId, uscc } from '../helpers/factories.js';
import { serveCommand } from '../helpers/serve-command.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs the real `cbec` command against a data directory of its own. */
function cbec(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/cbec.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CBEC_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cbec command line (embedded database)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('migrates, adds a user, imports a file, lists as JSON, and verifies the audit trail', () => {
    let r = cbec(dir, ['migrate']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /applied: 2026_11_23_0001_foundation/);

    r = cbec(dir, ['user', 'add', '--username', 'cz-officer', '--role', 'commerce', '--zone', 'chenzhou'], {
      CBEC_NEW_PASSWORD: 'Officer@2026',
    });
    assert.equal(r.code, 0, r.err);
    r = cbec(dir, ['user', 'add', '--username', 'weak', '--role', 'tax', '--zone', 'chenzhou'], {
      CBEC_NEW_PASSWORD: 'weak',
    });
    assert.notEqual(r.code, 0);
    assert.match(r.err, /password/);

    const file = path.join(dir, 'filings.csv');
    const good = uscc();
    fs.writeFileSync(
      file,
      '\ufeff类型,名称,统一社会信用代码,身份证号码,企业角色,县市区\n' +
        `企业,郴州一号电商有限公司,${good},,电商企业,北湖区\n` +
        `个人,钱七,,${residentId()},电商企业,苏仙区\n` +
        `企业,郴州坏码电商有限公司,${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'},,电商企业,北湖区\n`,
    );
    r = cbec(dir, ['enterprise', 'import', file, '--zone', 'chenzhou']);
    assert.equal(r.code, 2);
    assert.match(r.out, /row 4: uscc: 统一社会信用代码校验位错误/);
    assert.match(r.out, /nothing imported/);
    r = cbec(dir, ['enterprise', 'import', file, '--zone', 'chenzhou', '--accept-valid', '--json']);
    const report = JSON.parse(r.out) as { imported: number; rejected: number };
    assert.deepEqual([report.imported, report.rejected], [2, 1]);

    r = cbec(dir, ['enterprise', 'list', '--zone', 'chenzhou', '--json']);
    assert.equal(r.code, 0, r.err);
    const listed = JSON.parse(r.out) as { name: string; uscc: string; status: string }[];
    assert.deepEqual(
      listed.map((e) => e.status),
      ['approved', 'approved'],
    );
    assert.ok(
      listed.every((e) => !/19880808/.test(e.uscc)),
      'resident IDs are listed masked',
    );

    r = cbec(dir, ['audit', 'verify']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^OK: \d+ audit records/);
  });

  it('names the first hand-edited audit record', async () => {
    const handle = await openDatabase({ dataDir: dir });
    const target = await sql<{
      seq: string;
    }>`select seq::text as seq from audit_log order by audit_log.seq limit 1 offset 1`.execute(handle.db);
    const seq = target.rows[0]!.seq;
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(handle.db);
    await sql`update audit_log set after = '{"status":"approved","name":"tampered"}' where seq = ${seq}`.execute(
      handle.db,
    );
    await handle.close();

    const r = cbec(dir, ['audit', 'verify']);
    assert.equal(r.code, 2);
    assert.match(r.out, new RegExp(`^BROKEN at record seq ${seq} \\(its content was changed\\)`));
  });

  it('writes the monthly report by the extension, and refuses a bad month or format', async () => {
    const out = path.join(dir, 'report.xlsx');
    let r = cbec(dir, ['report', 'monthly', '--zone', 'chenzhou', '--month', '2026-01', '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /gathering figures/);
    assert.match(r.out, /^wrote .*report\.xlsx \(\d+\.\d KB\)/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    assert.equal(wb.worksheets[0]!.name, '概览');
    assert.match(wb.worksheets[0]!.getCell('A1').text, /郴州/);
    r = cbec(dir, ['report', 'monthly', '--zone', 'chenzhou', '--month', '2026-13', '--out', out]);
    assert.equal(r.code, 1);
    assert.match(r.err, /--month: 月份应为 YYYY-MM/);
    r = cbec(dir, ['report', 'monthly', '--zone', 'chenzhou', '--month', '2026-01', '--out', `${out}.doc`]);
    assert.equal(r.code, 1);
    assert.match(r.err, /\.xlsx or \.pdf/);
  });
});

describe("cbec serve (the README's start command)", () => {
  it('serves health, the API and the web UI with demo data on a fresh data directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-serve-'));
    let child: ChildProcess | undefined;
    try {
      const served = await serveCommand([], { CBEC_DATA_DIR: dir, DATABASE_URL: '' });
      child = served.child;
      const url = served.url;
      const health = (await (await fetch(`${url}/health`)).json()) as { status: string; database: string };
      assert.deepEqual(health, { status: 'ok', database: 'pglite' });
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'hy-commerce', password: 'Cbec@demo2026' }),
      });
      assert.equal(login.status, 200, 'the demo accounts exist');
      const page = await fetch(`${url}/review`);
      if (fs.existsSync(path.join(root, 'web/dist/index.html'))) {
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<div id="root">/);
      }
      assert.ok(
        fs.existsSync(path.join(dir, 'secret.key')),
        'the data-protection key is created in the data dir',
      );
      assert.equal(
        fs.statSync(path.join(dir, 'secret.key')).mode & 0o077,
        0,
        'and readable by its owner only',
      );
    } finally {
      child?.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cbec clearance import (bulk, crash-safe)', () => {
  it('a kill -9 mid-run leaves whole batches; the re-run takes the rest exactly once', async () => {
    const { importParcel, PARCEL_CODES, xmlOf } = await import('../helpers/ceb.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-clearance-'));
    const files = path.join(dir, 'messages');
    fs.mkdirSync(files);
    try {
      const csv = path.join(dir, 'e.csv');
      fs.writeFileSync(
        csv,
        `类型,名称,统一社会信用代码,企业角色,海关编码\n企业,株洲批量电商有限公司,${uscc()},电商企业,${PARCEL_CODES.ebc}\n`,
      );
      assert.equal(cbec(dir, ['enterprise', 'import', csv, '--zone', 'zhuzhou']).code, 0);
      const n = 600;
      for (let i = 0; i < n; i++)
        fs.writeFileSync(
          path.join(files, `order-${String(i).padStart(4, '0')}.xml`),
          xmlOf('CEB311', importParcel(9000 + i).order, PARCEL_CODES.ebc),
        );
      // A bad file among them is reported, not fatal.
      fs.writeFileSync(
        path.join(files, 'zz-bad.xml'),
        '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>',
      );

      const child = spawn(
        process.execPath,
        [
          path.join(root, 'bin/cbec.mjs'),
          'clearance',
          'import',
          files,
          '--enterprise',
          PARCEL_CODES.ebc,
          '--batch',
          '25',
        ],
        {
          cwd: root,
          env: { ...process.env, CBEC_DATA_DIR: dir, DATABASE_URL: '' },
        },
      );
      await new Promise<void>((resolve) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          // Kill once a few batches are in, mid-way through the file list.
          if (/\r(1[0-9]{2}|[2-4][0-9]{2})\/601 files/.test(err) && !child.killed) child.kill('SIGKILL');
        });
        child.on('exit', () => resolve());
      });

      // The re-run parses on worker threads: the same report as on the main thread.
      const rerun = cbec(dir, [
        'clearance',
        'import',
        files,
        '--enterprise',
        PARCEL_CODES.ebc,
        '--workers',
        '2',
        '--json',
      ]);
      assert.equal(rerun.code, 2, rerun.err);
      const report = JSON.parse(rerun.out) as { accepted: number; duplicates: number; refused: number };
      assert.equal(report.refused, 1);
      assert.equal(report.accepted + report.duplicates, n);
      assert.ok(
        report.duplicates > 0 && report.duplicates < n,
        `the first run stored part: ${report.duplicates}`,
      );
      assert.equal(report.duplicates % 25, 0, 'whole batches only');

      const handle = await openDatabase({ dataDir: dir });
      const counts = await sql<{
        m: string;
        d: string;
      }>`select (select count(*) from ceb_message)::text as m, (select count(*) from clearance_document)::text as d`.execute(
        handle.db,
      );
      await handle.close();
      assert.deepEqual(counts.rows[0], { m: String(n), d: String(n) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cbec clearance import of several senders', () => {
  it('routes each file to the enterprise its copCode names, matches the parcels, and refuses unknown senders', async () => {
    const { importParcel, PARCEL_CODES, xmlOf } = await import('../helpers/ceb.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-senders-'));
    const files = path.join(dir, 'inbox');
    fs.mkdirSync(files);
    try {
      const csv = path.join(dir, 'e.csv');
      fs.writeFileSync(
        csv,
        [
          '类型,名称,统一社会信用代码,企业角色,海关编码',
          `企业,株洲跨境电商有限公司,${uscc()},电商企业,${PARCEL_CODES.ebc}`,
          `企业,株洲支付有限公司,${uscc()},支付企业,${PARCEL_CODES.pay}`,
          `企业,株洲物流有限公司,${uscc()},物流企业,${PARCEL_CODES.logistics}`,
        ].join('\n') + '\n',
      );
      assert.equal(cbec(dir, ['enterprise', 'import', csv, '--zone', 'zhuzhou']).code, 0);
      // Three parcels' documents from three senders, in one folder, in no useful order.
      const n = 3;
      for (let i = 0; i < n; i++) {
        const m = importParcel(7000 + i);
        fs.writeFileSync(
          path.join(files, `a-inventory-${i}.xml`),
          xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc),
        );
        fs.writeFileSync(
          path.join(files, `b-waybill-${i}.xml`),
          xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics),
        );
        fs.writeFileSync(
          path.join(files, `c-payment-${i}.xml`),
          xmlOf('CEB411', m.payment, PARCEL_CODES.pay),
        );
        fs.writeFileSync(path.join(files, `d-order-${i}.xml`), xmlOf('CEB311', m.order, PARCEL_CODES.ebc));
      }
      // A sender the platform does not know, a file that names none, and customs' receipt (which names
      // none either: the file exchange reads it, the import does not).
      fs.writeFileSync(
        path.join(files, 'e-unknown.xml'),
        xmlOf('CEB311', importParcel(7100).order, '4302960Z99'),
      );
      fs.writeFileSync(
        path.join(files, 'f-nobody.xml'),
        '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>',
      );
      fs.writeFileSync(
        path.join(files, 'g-receipt.xml'),
        '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- 回执 -->\n<CEB622Message xmlns="http://www.chinaport.gov.cn/ceb" guid="x"/>',
      );

      const r = cbec(dir, ['clearance', 'import', files, '--batch', '2', '--json']);
      assert.equal(r.code, 2, r.err);
      const report = JSON.parse(r.out) as {
        accepted: number;
        refused: number;
        refusals: { file: string; errors: string[] }[];
      };
      assert.deepEqual([report.accepted, report.refused], [4 * n, 3]);
      assert.deepEqual(
        report.refusals.map((x) => [path.basename(x.file), x.errors[0]!.split(':')[0]]),
        [
          ['e-unknown.xml', 'BaseTransfer.copCode'],
          ['f-nobody.xml', 'BaseTransfer.copCode'],
          ['g-receipt.xml', '(root)'],
        ],
      );
      assert.match(report.refusals[0]!.errors[0]!, /4302960Z99/);
      assert.match(report.refusals[1]!.errors[0]!, /--enterprise/);
      assert.match(report.refusals[2]!.errors[0]!, /CEB622 is not a message enterprises send/);

      const handle = await openDatabase({ dataDir: dir });
      const parcels = await sql<{ match_state: string; n: string }>`
        select match_state, count(*)::text as n from parcel group by match_state`.execute(handle.db);
      const senders = await sql<{ n: string }>`
        select count(distinct enterprise_id)::text as n from ceb_message`.execute(handle.db);
      await handle.close();
      assert.deepEqual(parcels.rows, [{ match_state: 'matched', n: String(n) }]);
      assert.equal(senders.rows[0]!.n, '3');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cbec clearance check-tables', () => {
  it('reads the shipped tables, and names every fault of a faulty one with its setting and file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-tables-'));
    try {
      let r = cbec(dir, ['clearance', 'check-tables']);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /positive list: \d+ entries; rate table: \d+ HS codes/);
      const bad = path.join(dir, 'list.csv');
      fs.writeFileSync(
        bad,
        'hs_code,name_zh,remark,trade_modes,edition,effective_from,valid_until\n1234,坏行,,9999,x,2020-13-01,\n',
      );
      r = cbec(dir, ['clearance', 'check-tables', '--positive-list', bad]);
      assert.equal(r.code, 1);
      assert.match(r.err, /CBEC_POSITIVE_LIST_FILE .*list\.csv/);
      for (const column of ['hs_code', 'trade_modes', 'effective_from'])
        assert.match(r.err, new RegExp(`line 2: ${column}`));
      // The platform itself does not start on it.
      r = cbec(dir, ['clearance', 'tick'], { CBEC_POSITIVE_LIST_FILE: bad });
      assert.equal(r.code, 1);
      assert.match(r.err, /CBEC_POSITIVE_LIST_FILE/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
