import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { runEntitlement } from '../src/modules/subsidy/index.js';
import { benchPlatform } from './bench-platform.js';

/**
 * Automatic entitlement (免申即享) at the scale: one zone with 10,000 approved enterprises and
 * 1,000,000 released export inventories spread over them (target: the run in under 60 s). The data is
 * inserted directly with SQL (generate_series), not through ingestion: this measures the run, not the
 * hub. PGlite in memory by default; PostgreSQL with BENCH_DATABASE_URL.
 */
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 10_000);
const PARCELS = Number(process.env.BENCH_PARCELS ?? 1_000_000);
const CHUNK = 100_000;
const ZONE = 'hengyang';
const YEAR = 2025;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const p = await benchPlatform();
const db = p.database.db;
const kind = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite (memory)';
try {
  let t = performance.now();
  // Deterministic ids (md5 → uuid) so that a parcel finds its enterprise and its document without joins.
  await sql`insert into enterprise (id, zone_code, kind, uscc, name, roles, customs_code, district, status,
      version, approved_at, created_at, updated_at)
    select md5('e' || j)::uuid, ${ZONE}, 'enterprise', '91430400' || lpad(j::text, 10, '0'),
      '衡阳基准企业' || j, '{ebc}', '4304' || lpad(j::text, 6, '0'), '430408', 'approved',
      1, now(), now(), now()
    from generate_series(0, ${sql.lit(ENTERPRISES - 1)}) as j`.execute(db);
  await sql`insert into ceb_message_batch (id, format, body, received_at)
    values (md5('batch')::uuid, 'xml', '\\x00', now())`.execute(db);
  await sql`insert into ceb_message (id, guid, message_type, zone_code, enterprise_id, direction, entity_count,
      signature_present, body_sha256, batch_id, body_offset, body_length, received_at)
    values (md5('message')::uuid, 'BENCH', 'CEB603', ${ZONE}, md5('e0')::uuid, 'inbound', 1, false,
      repeat('0', 64), md5('batch')::uuid, 0, 1, now())`.execute(db);
  for (let from = 0; from < PARCELS; from += CHUNK) {
    const to = Math.min(PARCELS, from + CHUNK) - 1;
    await sql`insert into clearance_document (id, zone_code, enterprise_id, kind, flow, message_type, guid,
        business_key, order_key, logistics_key, app_type, facts, content_hash, message_id, created_at, updated_at)
      select md5('p' || i)::uuid, ${ZONE}, md5('e' || (i % ${sql.lit(ENTERPRISES)}))::uuid, 'inventory', 'export',
        'CEB603', 'G' || i, 'INV' || i, 'O' || i, 'L' || i, '1',
        jsonb_build_object('ebcCode', '4304' || lpad((i % ${sql.lit(ENTERPRISES)})::text, 6, '0')),
        'h', md5('message')::uuid, now(), now()
      from generate_series(${sql.lit(from)}, ${sql.lit(to)}) as i`.execute(db);
    // Values from 10.50 to 49,010.50 per parcel by enterprise: totals across every 第5条 tier;
    // every other parcel in US dollars. Released at spread times of the year (China time).
    await sql`insert into parcel (id, zone_code, enterprise_id, flow, trade_mode, order_key, logistics_key,
        match_state, customs_status, customs_status_at, sent_at, released_at, declared_value, currency,
        created_at, updated_at)
      select md5('p' || i)::uuid, ${ZONE}, md5('e' || (i % ${sql.lit(ENTERPRISES)}))::uuid, 'export', '9610',
        'O' || i, 'L' || i, 'matched', '800', r, r, r,
        ((i % ${sql.lit(ENTERPRISES)}) % 50) * 1000 + 10.5, case when i % 2 = 0 then '142' else '502' end, r, r
      from generate_series(${sql.lit(from)}, ${sql.lit(to)}) as i,
        lateral (select timestamptz '2024-12-31 16:00:00+00' + (i % 364) * interval '1 day' as r) as t`.execute(
      db,
    );
  }
  await sql`analyze`.execute(db);
  console.log(
    `entitlement bench [${kind}]: ${ENTERPRISES.toLocaleString('en')} enterprises, ${PARCELS.toLocaleString('en')} released export parcels inserted in ${secs(performance.now() - t)}`,
  );

  const ctx = p.systemCtx('bench');
  for (const label of ['first run', 're-run']) {
    t = performance.now();
    const s = await runEntitlement(
      ctx,
      { zoneCode: ZONE, year: YEAR },
      {
        onProgress: ({ done, total }) => {
          if (done === total || done % 5000 === 0) process.stderr.write(`  ${done}/${total}\n`);
        },
      },
    );
    const ms = performance.now() - t;
    const c = s.counts;
    console.log(
      `${label}: ${secs(ms)} (target < 60 s) — read (SQL aggregates) ${secs(s.stages.readMs)}, evaluation ${secs(s.stages.evaluateMs)}, writes ${secs(s.stages.writeMs)}`,
    );
    console.log(
      `  enterprises ${c.enterprises}, with items ${c.withItems}, eligible items ${c.eligibleItems}, undetermined ${c.undeterminedItems}, total maximum ${c.totalMax} yuan, drafts prepared ${c.draftsPrepared}, notified ${c.notified}`,
    );
  }
} finally {
  await p.close();
}
