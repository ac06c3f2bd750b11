import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openPlatform } from '../src/bootstrap.js';
import { testConfig } from '../src/config/config.js';
import { appendAudit, verifyAuditChain } from '../src/modules/audit/index.js';
import { listEnterprises } from '../src/modules/enterprise/index.js';
import { inTransaction, type Ctx } from '../src/shared/context.js';
import { checkUscc, usccCheckCharacter } from '../src/shared/identifiers/index.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeQueries(label: string, n: number, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${n} runs)`,
  );
}

/** The foundation's hot paths: identifier checks, audit appends and verification, register queries. */
export async function runFoundationBench(): Promise<void> {
  console.log('\n[foundation] USCC validation');
  const codes = Array.from({ length: 100_000 }, (_, i) => {
    const body = `91430211MA${String(i).padStart(7, '0')}`;
    return body + usccCheckCharacter(body);
  });
  let t = performance.now();
  let valid = 0;
  for (let r = 0; r < 10; r++) for (const c of codes) if (checkUscc(c).ok) valid++;
  let s = (performance.now() - t) / 1000;
  console.log(`  ${(valid / s / 1e6).toFixed(2)} million checks/s`);

  const platform = await openPlatform(testConfig({ dataDir: 'memory://' }));
  const ctx: Ctx = platform.systemCtx('bench');

  console.log('\n[foundation] audit trail on PGlite');
  const appends = 5000;
  t = performance.now();
  for (let i = 0; i < appends; i++)
    await inTransaction(ctx, (tx) =>
      appendAudit(tx, {
        action: 'bench.append',
        entityType: 'bench',
        entityId: String(i),
        zoneCode: 'zhuzhou',
        after: { i, note: '基准测试' },
      }),
    );
  s = (performance.now() - t) / 1000;
  console.log(`  append: ${Math.round(appends / s)} records/s (one transaction each)`);
  t = performance.now();
  const verdict = await verifyAuditChain(platform.database.db);
  s = (performance.now() - t) / 1000;
  console.log(`  verify: ${Math.round(verdict.checked / s)} records/s (${verdict.ok ? 'intact' : 'BROKEN'})`);

  console.log('\n[foundation] register queries on PGlite, 100,000 filings');
  const zones = ['zhuzhou', 'chenzhou', 'hengyang'] as const;
  const statuses = ['approved', 'approved', 'approved', 'approved', 'submitted', 'draft', 'returned'];
  const now = new Date();
  for (let batch = 0; batch < 100; batch++) {
    const rows = Array.from({ length: 1000 }, (_, j) => {
      const i = batch * 1000 + j;
      const body = `91430211MB${String(i).padStart(7, '0')}`;
      return {
        id: randomUUID(),
        zone_code: zones[i % 3]!,
        kind: 'enterprise' as const,
        uscc: body + usccCheckCharacter(body),
        resident_id_hash: null,
        resident_id_enc: null,
        resident_id_masked: null,
        name: `基准企业${i}有限公司`,
        roles: i % 5 === 0 ? ['ebc', 'logistics'] : ['ebc'],
        customs_code: null,
        district: null,
        park: null,
        address: null,
        contact_name: null,
        contact_phone: null,
        contact_email: null,
        status: statuses[i % statuses.length]!,
        pending: null,
        return_reason: null,
        version: 1,
        submitted_at: null,
        approved_at: null,
        reviewed_by: null,
        created_by: null,
        created_at: new Date(now.getTime() - i * 1000),
        updated_at: new Date(now.getTime() - i * 1000),
      };
    });
    await platform.database.db.insertInto('enterprise').values(rows).execute();
  }
  const officer: Ctx = { ...ctx, actor: { ...ctx.actor!, role: 'commerce', zoneCode: 'zhuzhou' } };
  await timeQueries('review queue (status submitted, newest first, page 1)', 50, () =>
    listEnterprises(officer, { status: 'submitted,change_submitted', pageSize: 20 }),
  );
  await timeQueries('register search by name (q=基准企业4242)', 50, () =>
    listEnterprises(officer, { q: '基准企业4242' }),
  );
  await timeQueries('register page 200 sorted by name', 20, () =>
    listEnterprises(officer, { page: 200, sort: 'name' }),
  );
  await platform.close();
}
