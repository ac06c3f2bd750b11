import { performance } from 'node:perf_hooks';
import { openPlatform } from '../src/bootstrap.js';
import { testConfig } from '../src/config/config.js';
import { ingestMessages, parseCebMessage } from '../src/modules/clearance/index.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../test/helpers/ceb.js';
import { makeApprovedEnterprise } from '../test/helpers/factories.js';
import { fixedClock } from '../src/shared/clock.js';

/**
 * Clearance ingestion: parse + validate + store + match + respond, 4 messages per parcel (order,
 * payment, waybill, inventory), sent by their three enterprises in batches, as the bulk import does.
 * Also the ceiling of the parse stage alone on the same messages.
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
  console.log(`  (generating the messages: ${((performance.now() - t) / 1000).toFixed(1)} s, not counted)`);

  t = performance.now();
  for (const list of Object.values(messages))
    for (const x of list) if (!parseCebMessage(x).ok) throw new Error('bad message');
  const parseS = (performance.now() - t) / 1000;
  console.log(
    `  parse + validate only: ${Math.round(parcels / parseS)} parcels/s (${Math.round((parcels * 4) / parseS)} messages/s)`,
  );

  const p = await openPlatform(testConfig({ dataDir: 'memory://', databaseUrl }), {
    clock: fixedClock('2026-03-02T08:00:00Z'),
  });
  const senders = {
    order: await makeApprovedEnterprise(p as never, 'zhuzhou', PARCEL_CODES.ebc),
    payment: await makeApprovedEnterprise(p as never, 'zhuzhou', PARCEL_CODES.pay),
    waybill: await makeApprovedEnterprise(p as never, 'zhuzhou', PARCEL_CODES.logistics),
  };
  const ctx = p.systemCtx('bench');
  const memBefore = process.memoryUsage().rss;
  t = performance.now();
  let matched = 0;
  for (let i = 0; i < parcels; i += batch) {
    for (const kind of ['order', 'payment', 'waybill', 'inventory'] as const) {
      const r = await ingestMessages(ctx, {
        enterpriseId: kind === 'inventory' ? senders.order : senders[kind],
        messages: messages[kind].slice(i, i + batch).map((body) => ({ body })),
      });
      if (r.refused) throw new Error(JSON.stringify(r.messages.find((m) => m.outcome === 'refused')));
      matched += r.parcels.filter((x) => x.matchState === 'matched').length;
    }
  }
  const s = (performance.now() - t) / 1000;
  console.log(
    `  ingest (parse, validate, store, match, report): ${Math.round(parcels / s)} parcels/s (${Math.round((parcels * 4) / s)} messages/s), ${matched} matched`,
  );
  console.log(
    `  memory growth while ingesting: ${Math.round((process.memoryUsage().rss - memBefore) / 2 ** 20)} MiB`,
  );
  await p.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await runClearanceBench();
