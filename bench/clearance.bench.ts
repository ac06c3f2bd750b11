import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';
import { sql } from 'kysely';
import { insertMany } from '../src/db/insert-many.js';
import { ingestMessages, parseCebMessage } from '../src/modules/clearance/index.js';
import { prepareBatch, storeBatch } from '../src/modules/clearance/ingest/ingest-messages.js';
import { ParsePool } from '../src/modules/clearance/ingest/parse-pool.js';
import { clearanceRepository } from '../src/modules/clearance/clearance.repository.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../test/helpers/ceb.js';
import { benchPlatform } from './bench-platform.js';
import { runClearanceApiBench } from './clearance-api.bench.js';
import { makeApprovedEnterprise } from '../test/helpers/factories.js';

const KINDS = ['order', 'payment', 'waybill', 'inventory'] as const;
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Times every repository call (the SQL stage) while the ingest runs; the rest is JavaScript. */
function timeRepository(): { total: () => number; byCall: () => [string, number][] } {
  const times = new Map<string, number>();
  const repo = clearanceRepository as unknown as Record<string, unknown>;
  for (const [name, f] of Object.entries(repo)) {
    if (typeof f !== 'function') continue;
    repo[name] = async (...args: unknown[]) => {
      const t = performance.now();
      try {
        return await (f as (...a: unknown[]) => Promise<unknown>).apply(clearanceRepository, args);
      } finally {
        times.set(name, (times.get(name) ?? 0) + performance.now() - t);
      }
    };
  }
  return {
    total: () => [...times.values()].reduce((a, b) => a + b, 0),
    byCall: () => [...times].sort((a, b) => b[1] - a[1]),
  };
}

/**
 * Clearance ingestion: parse + validate + store + match + respond, 4 messages per parcel (order,
 * payment, waybill, inventory), sent by their three enterprises in batches, as the bulk import does.
 * Printed beside it, the stages' costs and the ceilings on this machine: a bare saxes parse of the same
 * messages, and a bare multi-row INSERT of the same rows into tables with the same indexes.
 */
export async function runClearanceBench(
  parcels = Number(process.env.BENCH_PARCELS ?? 5000),
  batch = 250,
): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  console.log(
    `\n[clearance] ${parcels} parcels (${parcels * 4} messages), batches of ${batch}, ${databaseUrl ? 'PostgreSQL' : 'PGlite in memory'}`,
  );
  let t = performance.now();
  const messages = {
    order: [] as string[],
    payment: [] as string[],
    waybill: [] as string[],
    inventory: [] as string[],
  };
  for (let i = 0; i < parcels; i++) {
    const m = importParcel(1_000_000 + i);
    messages.order.push(xmlOf('CEB311', m.order, PARCEL_CODES.ebc));
    messages.payment.push(xmlOf('CEB411', m.payment, PARCEL_CODES.pay));
    messages.waybill.push(xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics));
    messages.inventory.push(xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc));
  }
  const all = KINDS.flatMap((k) => messages[k]);
  console.log(`  (generating the messages: ${secs(performance.now() - t)}, not counted)`);

  // Ceiling 1: saxes alone, with namespaces, every element and text seen, nothing built.
  t = performance.now();
  let elements = 0;
  for (const x of all) {
    const p = new SaxesParser({ xmlns: true });
    p.on('opentag', () => void elements++);
    p.on('text', () => undefined);
    p.write(x).close();
  }
  const rawParseS = (performance.now() - t) / 1000;
  console.log(`  ceiling — bare saxes parse: ${rate(parcels, rawParseS)} parcels/s (${elements} elements)`);

  t = performance.now();
  for (const x of all) if (!parseCebMessage(x).ok) throw new Error('bad message');
  const parseS = (performance.now() - t) / 1000;
  console.log(
    `  parse + validate (typed model, every field rule): ${rate(parcels, parseS)} parcels/s (${rate(parcels * 4, parseS)} messages/s)`,
  );

  const p = await benchPlatform();
  const senders = {
    order: await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.ebc),
    payment: await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.pay),
    waybill: await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.logistics),
  };
  const ctx = p.systemCtx('bench');
  const timer = timeRepository();
  const memBefore = process.memoryUsage().rss;
  let peakRss = memBefore;
  t = performance.now();
  let matched = 0;
  for (let i = 0; i < parcels; i += batch) {
    for (const kind of KINDS) {
      const r = await ingestMessages(ctx, {
        enterpriseId: kind === 'inventory' ? senders.order : senders[kind],
        messages: messages[kind].slice(i, i + batch).map((body) => ({ body })),
      });
      if (r.refused) throw new Error(JSON.stringify(r.messages.find((m) => m.outcome === 'refused')));
      matched += r.parcels.filter((x) => x.matchState === 'matched').length;
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const totalMs = performance.now() - t;
  const s = totalMs / 1000;
  console.log(
    `  ingest end to end (parse, validate, check, store, match, report): ${rate(parcels, s)} parcels/s (${rate(parcels * 4, s)} messages/s), ${matched} matched`,
  );
  console.log(`    a one-million-parcel day: ${(1_000_000 / (parcels / s) / 60).toFixed(1)} minutes`);
  const sqlMs = timer.total();
  console.log(
    `    stages: SQL ${secs(sqlMs)} (${Math.round((sqlMs / totalMs) * 100)} %), parse + validate ≈ ${secs(parseS * 1000)}, the rest (checks, hashing, compression, sealing, match, audit, commits) ≈ ${secs(totalMs - sqlMs - parseS * 1000)}`,
  );
  console.log(
    `    SQL by call: ${timer
      .byCall()
      .filter(([, ms]) => ms >= 10)
      .map(([n, ms]) => `${n} ${secs(ms)}`)
      .join(', ')}`,
  );
  console.log(
    `    memory: RSS grew ${Math.round((process.memoryUsage().rss - memBefore) / 2 ** 20)} MiB (peak +${Math.round((peakRss - memBefore) / 2 ** 20)} MiB)`,
  );

  // The bulk import's way: the parse workers check the next batch while this one is stored.
  const p2 = await benchPlatform();
  const senders2 = {
    order: await makeApprovedEnterprise(p2, 'zhuzhou', PARCEL_CODES.ebc),
    payment: await makeApprovedEnterprise(p2, 'zhuzhou', PARCEL_CODES.pay),
    waybill: await makeApprovedEnterprise(p2, 'zhuzhou', PARCEL_CODES.logistics),
  };
  const ctx2 = p2.systemCtx('bench');
  const pool = new ParsePool();
  const batches: { enterpriseId: string; messages: { body: string }[] }[] = [];
  for (let i = 0; i < parcels; i += batch)
    for (const kind of KINDS)
      batches.push({
        enterpriseId: kind === 'inventory' ? senders2.order : senders2[kind],
        messages: messages[kind].slice(i, i + batch).map((body) => ({ body })),
      });
  t = performance.now();
  let next = prepareBatch(ctx2, batches[0]!, pool.prepare);
  let matched2 = 0;
  for (let i = 0; i < batches.length; i++) {
    const prepared = await next;
    if (i + 1 < batches.length) next = prepareBatch(ctx2, batches[i + 1]!, pool.prepare);
    const r = await storeBatch(ctx2, prepared);
    if (r.refused) throw new Error('refused');
    matched2 += r.parcels.filter((x) => x.matchState === 'matched').length;
  }
  const s2 = (performance.now() - t) / 1000;
  await pool.close();
  await p2.close();
  console.log(
    `  ingest end to end, parse on ${os.availableParallelism()} worker threads overlapping the store: ${rate(parcels, s2)} parcels/s (${rate(parcels * 4, s2)} messages/s), ${matched2} matched; a one-million-parcel day: ${(1_000_000 / (parcels / s2) / 60).toFixed(1)} minutes`,
  );

  // Ceiling 2: the same rows again, written bare into copies of the tables (same indexes).
  const db = p.database.db;
  const rows = {
    ceb_message: await db.selectFrom('ceb_message').selectAll().execute(),
    clearance_document: await db.selectFrom('clearance_document').selectAll().execute(),
    parcel: await db.selectFrom('parcel').selectAll().execute(),
    customs_event: await db.selectFrom('customs_event').selectAll().execute(),
  };
  const count = Object.values(rows).reduce((a, r) => a + r.length, 0);
  await db.transaction().execute(async (tx) => {
    for (const table of Object.keys(rows))
      await sql.raw(`create temp table bench_${table} (like ${table} including all)`).execute(tx);
    const t2 = performance.now();
    for (let i = 0; i < parcels * 4; i += batch)
      for (const [table, list] of Object.entries(rows))
        await insertMany(
          tx,
          `bench_${table}` as never,
          list.slice((i * list.length) / (parcels * 4), ((i + batch) * list.length) / (parcels * 4)) as never,
        );
    const rawS = (performance.now() - t2) / 1000;
    console.log(
      `  ceiling — bare multi-row INSERT of the same ${count} rows (same indexes, no checks): ${rate(parcels, rawS)} parcels/s (${rate(count, rawS)} rows/s)`,
    );
  });
  await p.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runClearanceBench();
  await runClearanceApiBench();
}
