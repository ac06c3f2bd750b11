import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.js';
import { residentId, uscc } from '../helpers/factories.js';

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
});
