import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';
import { sql } from 'kysely';
import { insertMany } from '../src/db/insert-many.js';
import {
  bulkIngest,
  countReleasedTrade,
  defaultParseWorkers,
  parseCebMessage,
  ParsePool,
  type BulkBatch,
} from '../src/modules/clearance/index.js';
import type { Preparer } from '../src/modules/clearance/ingest/ingest-messages.js';
import { dispatchToCustoms } from '../src/modules/clearance/gateway/dispatch-to-customs.js';
import { recordCustomsAnswers } from '../src/modules/clearance/gateway/record-customs-answers.js';
import { sandboxGateway } from '../src/modules/clearance/gateway/sandbox-gateway.js';
import type { TestPlatform } from '../test/helpers/platform.js';
import { clearanceRepository } from '../src/modules/clearance/clearance.repository.js';
import { buyerIdOf, importParcel, PARCEL_CODES, xmlOf } from '../test/helpers/ceb.js';
import { benchPlatform, persistentPlatform } from './bench-platform.js';
import { runClearanceApiBench } from './clearance-api.bench.js';
import { makeApprovedEnterprise } from '../test/helpers/factories.js';

const KINDS = ['order', 'payment', 'waybill', 'inventory'] as const;
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

type Kind = (typeof KINDS)[number];

/**
 * The four messages of `count` import parcels from number `first` on, by kind, each made by `as`; with
 * `buyers`, each parcel has a buyer of its own (else all have the example's, who reaches the annual
 * limit after about a hundred parcels: enough for the ingest, which does not check it).
 */
function makeMessages<T>(
  count: number,
  first: number,
  as: (xml: string) => T,
  buyers = false,
): Record<Kind, T[]> {
  const made: Record<Kind, T[]> = { order: [], payment: [], waybill: [], inventory: [] };
  for (let n = first; n < first + count; n++) {
    const m = importParcel(n, buyers ? buyerIdOf(n) : undefined);
    made.order.push(as(xmlOf('CEB311', m.order, PARCEL_CODES.ebc)));
    made.payment.push(as(xmlOf('CEB411', m.payment, PARCEL_CODES.pay)));
    made.waybill.push(as(xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics)));
    made.inventory.push(as(xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc)));
  }
  return made;
}

/** Inventories last: every parcel is made matched at once, the cheapest order for the store. */
const INVENTORIES_LAST: readonly Kind[] = KINDS;
/** Inventories first: every parcel is made incomplete, then matched again as each other document arrives. */
const INVENTORIES_FIRST: readonly Kind[] = ['inventory', 'order', 'payment', 'waybill'];

/**
 * The three sending enterprises filed on `platform`, and the messages as `cbec clearance import` takes
 * them folder by folder: batches of one enterprise each, the kinds in the order given.
 */
async function batchesOf(
  platform: TestPlatform,
  messages: Record<Kind, (string | Buffer)[]>,
  count: number,
  size: number,
  kinds: readonly Kind[] = INVENTORIES_LAST,
): Promise<BulkBatch[]> {
  const senders = {
    order: await makeApprovedEnterprise(platform, 'zhuzhou', PARCEL_CODES.ebc),
    payment: await makeApprovedEnterprise(platform, 'zhuzhou', PARCEL_CODES.pay),
    waybill: await makeApprovedEnterprise(platform, 'zhuzhou', PARCEL_CODES.logistics),
  };
  const batches: BulkBatch[] = [];
  for (let i = 0; i < count; i += size)
    for (const kind of kinds)
      batches.push({
        enterpriseId: kind === 'inventory' ? senders.order : senders[kind],
        messages: messages[kind].slice(i, Math.min(count, i + size)).map((body) => ({ body })),
      });
  return batches;
}

/** CPU time (user + system, in clock ticks of 10 ms) from a /proc stat line; `reaped`: of its ended children. */
const statTicks = (stat: string, reaped = false) => {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return reaped ? Number(f[13]) + Number(f[14]) : Number(f[11]) + Number(f[12]);
};

/**
 * CPU used so far by each thread of this process (by thread id; `main` for the main thread) and by the
 * local PostgreSQL server's processes (`pg:` and the process id; `pg:reaped`, that of its processes that
 * ended), from /proc: where the ingest's CPU goes. Empty off Linux.
 */
function cpuByThread(): Map<string, number> {
  const out = new Map<string, number>();
  if (!fs.existsSync('/proc/self/task')) return out;
  const read = (f: string) => {
    try {
      return fs.readFileSync(f, 'utf8');
    } catch {
      return null; // a thread or process that ended meanwhile
    }
  };
  for (const tid of fs.readdirSync('/proc/self/task')) {
    const stat = read(`/proc/self/task/${tid}/stat`);
    if (stat) out.set(tid === String(process.pid) ? 'main' : tid, statTicks(stat));
  }
  let reaped = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = read(`/proc/${pid}/stat`);
    if (!stat?.includes('(postgres)')) continue;
    out.set(`pg:${pid}`, statTicks(stat));
    reaped += statTicks(stat, true);
  }
  out.set('pg:reaped', reaped);
  return out;
}

/**
 * The CPU each part took between two cpuByThread readings, per parcel: the main thread, the busiest
 * `workers` other threads (the parse workers), the process's other threads (V8's collector, libuv), and
 * with `server` a PostgreSQL server's processes (counted only when it runs on this machine).
 */
function cpuSplit(
  before: Map<string, number>,
  after: Map<string, number>,
  count: number,
  workers: number,
  server: boolean,
) {
  const ms = (ticks: number) => `${((ticks * 10) / count).toFixed(2)} ms`;
  const used = (k: string) => (after.get(k) ?? 0) - (before.get(k) ?? 0);
  // A server process that ended in between (a backend, an autovacuum worker) took its time to the
  // postmaster's count of its ended children, with what it had used before: that part taken out.
  const serverUsed = [...new Set([...after.keys(), ...before.keys()])]
    .filter((k) => k.startsWith('pg:'))
    .reduce((sum, k) => sum + (k === 'pg:reaped' || after.has(k) ? used(k) : -before.get(k)!), 0);
  const others = [...after.keys()]
    .filter((k) => k !== 'main' && !k.startsWith('pg:'))
    .map(used)
    .sort((a, b) => b - a);
  const parse = others.slice(0, workers).reduce((a, b) => a + b, 0);
  const rest = others.slice(workers).reduce((a, b) => a + b, 0);
  return [
    `main thread ${ms(used('main'))}`,
    ...(workers ? [`parse worker${workers > 1 ? 's' : ''} ${ms(parse)}`] : []),
    `other threads (V8's collector, libuv) ${ms(rest)}`,
    ...(server ? [`PostgreSQL's processes (a server on this machine) ${ms(serverUsed)}`] : []),
  ].join(', ');
}

/** Times every repository call (the SQL stage) while the ingest runs; the rest is JavaScript. */
function timeRepository(): {
  total: () => number;
  byCall: () => [string, number][];
  restore: () => void;
} {
  const times = new Map<string, number>();
  // Calls overlap (a batch's statements are started together): the total is the time any is running,
  // each call's own from its start, waiting for those before it included.
  let running = 0;
  let since = 0;
  let total = 0;
  const repo = clearanceRepository as unknown as Record<string, unknown>;
  const original = { ...repo };
  for (const [name, f] of Object.entries(repo)) {
    if (typeof f !== 'function') continue;
    repo[name] = async (...args: unknown[]) => {
      const t = performance.now();
      if (running++ === 0) since = t;
      try {
        return await (f as (...a: unknown[]) => Promise<unknown>).apply(clearanceRepository, args);
      } finally {
        const end = performance.now();
        times.set(name, (times.get(name) ?? 0) + end - t);
        if (--running === 0) total += end - since;
      }
    };
  }
  return {
    total: () => total,
    byCall: () => [...times].sort((a, b) => b[1] - a[1]),
    restore: () => void Object.assign(repo, original),
  };
}

/**
 * Clearance ingestion: parse + validate + store + match + respond, 4 messages per parcel (order,
 * payment, waybill, inventory), sent by their three enterprises in batches, as the bulk import does.
 * Printed beside it, the stages' costs and the ceilings on this machine: a bare saxes parse of the same
 * messages, and a bare write of the same rows into tables with the same indexes (insertMany's COPY).
 */
export async function runClearanceBench(
  // A bulk import is a day's file: 20,000 parcels a run (a little over 6 s here), so that filling and
  // draining the pipeline (the first batch parsed with nothing yet to store, the last stored with
  // nothing left to parse: about 4 % of a 5,000-parcel run) weighs as little as in a real import.
  parcels = Number(process.env.BENCH_PARCELS ?? 20_000),
  batch = 500,
): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  console.log(
    `\n[clearance] ${parcels} parcels (${parcels * 4} messages), batches of ${batch}, ${databaseUrl ? 'PostgreSQL' : 'PGlite in memory'}`,
  );
  let t = performance.now();
  // As bytes, as `cbec clearance import` reads its files (the parse decodes them).
  const messages = makeMessages(parcels, 1_000_000, (xml) => Buffer.from(xml));
  const all = KINDS.flatMap((k) => messages[k]);
  console.log(`  (generating the messages: ${secs(performance.now() - t)}, not counted)`);

  // Ceiling 1: saxes alone, every element and text seen, nothing built. In the mode the reader runs it
  // (plain, positions kept; the reader resolves namespaces itself): a run in another mode first would
  // leave saxes's code compiled for that one, and the parse measured next slower for it.
  // saxes reads text: the bytes decoded first, outside the time.
  const texts = all.map((x) => x.toString('utf8'));
  t = performance.now();
  let elements = 0;
  for (const x of texts) {
    const p = new SaxesParser({ position: true });
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

  // One run of the bulk import on a fresh database.
  const bulkRun = async (
    label: string,
    size: number,
    preparer?: Preparer,
    count = parcels,
    kinds = INVENTORIES_LAST,
  ): Promise<{ platform: TestPlatform; seconds: number; sqlMs: number }> => {
    const platform = await benchPlatform();
    const batches = await batchesOf(platform, messages, count, size, kinds);
    const timer = timeRepository();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const cpu0 = process.cpuUsage();
    const threads0 = cpuByThread();
    const t0 = performance.now();
    const totals = await bulkIngest(platform.systemCtx('bench'), batches, {
      preparer,
      onBatch: () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss)),
    });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const threads = cpuByThread();
    timer.restore();
    if (totals.accepted !== count * 4) throw new Error(`accepted ${totals.accepted} of ${count * 4}`);
    const matched = await platform.database.db
      .selectFrom('parcel')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('match_state', '=', 'matched')
      .executeTakeFirstOrThrow();
    if (Number(matched.n) !== count) throw new Error(`matched ${matched.n} of ${count}`);
    const seconds = ms / 1000;
    console.log(
      `  ${label}: ${rate(count, seconds)} parcels/s (${rate(count * 4, seconds)} messages/s), all ${count} matched; a one-million-parcel day: ${(1_000_000 / (count / seconds) / 60).toFixed(1)} minutes`,
    );
    console.log(
      `    CPU of this process: ${Math.round((cpu.user + cpu.system) / count)} µs per parcel over ${Math.round((ms * 1000) / count)} µs of wall time; SQL ${secs(timer.total())}: ${timer
        .byCall()
        .filter(([, t]) => t >= 10)
        .map(([n, t]) => `${n} ${secs(t)}`)
        .join(', ')}`,
    );
    if (threads.size)
      console.log(
        `    CPU per parcel, by thread: ${cpuSplit(threads0, threads, count, preparer ? Math.max(1, defaultParseWorkers()) : 0, Boolean(databaseUrl))}`,
      );
    console.log(
      `    memory: RSS grew ${Math.round((process.memoryUsage().rss - rssBefore) / 2 ** 20)} MiB (peak +${Math.round((peakRss - rssBefore) / 2 ** 20)} MiB)`,
    );
    return { platform, seconds, sqlMs: timer.total() };
  };

  // `cbec clearance import` as it runs here by default: parse workers on every core but one.
  const workers = Math.max(1, defaultParseWorkers());
  const pool = new ParsePool(workers);
  // A run not counted first: it compiles the code paths (V8's optimising compiler, on the main thread
  // and the workers) and sizes the heaps, as a long import's first seconds are not what it runs at. A
  // first run of 5,000 parcels spent 0.80–0.87 ms of CPU per parcel (0.17–0.21 of it in V8's compiler
  // and collector threads), the runs after it 0.58–0.66 (after 1,000 only, the next 5,000 still spent
  // about an eighth more than those).
  await (
    await bulkRun('warm-up (not counted)', batch, pool.prepare, Math.min(parcels, 5000))
  ).platform.close();
  // Three measured runs, each on a new database: the median is the figure, the others its range. Each
  // database is dropped once measured, but the last (its rows serve the ceiling below): the server's
  // autovacuum, catching up on a database kept, took CPU from the next run.
  const runs: { seconds: number; sqlMs: number }[] = [];
  let last: TestPlatform | undefined;
  for (let i = 1; i <= 3; i++) {
    const run = await bulkRun(
      `bulk import, run ${i} of 3 (cbec clearance import: ${batch} messages per transaction, parsed on ${workers} worker thread${workers > 1 ? 's' : ''} four batches ahead of the store)`,
      batch,
      pool.prepare,
    );
    runs.push(run);
    if (i < 3) await run.platform.close();
    else last = run.platform;
  }
  const fastestFirst = [...runs].sort((a, b) => a.seconds - b.seconds);
  const main = fastestFirst[1]!;
  console.log(
    `  bulk import, the median of the three: ${rate(parcels, main.seconds)} parcels/s (the runs ${rate(parcels, fastestFirst[2]!.seconds)}–${rate(parcels, fastestFirst[0]!.seconds)}); a one-million-parcel day: ${(1_000_000 / (parcels / main.seconds) / 60).toFixed(1)} minutes`,
  );
  console.log(
    `    stages: SQL ${Math.round((main.sqlMs / (main.seconds * 1000)) * 100)} % of the wall time; parse + validate alone, measured above, ≈ ${secs(parseS * 1000)}`,
  );
  // The last run's rows (its database is kept for this), before the runs below.
  const p = last!;

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
      await sql.raw(`create table bench_${table} (like ${table} including all)`).execute(tx);
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
      `  ceiling — bare COPY of the same ${count} rows (tables with the same indexes and checks, no foreign keys, no look-ups): ${rate(parcels, rawS)} parcels/s (${rate(count, rawS)} rows/s)`,
    );
    for (const table of Object.keys(rows)) await sql.raw(`drop table bench_${table}`).execute(tx);
  });
  await p.close();

  // Documents in another order: each parcel is stored incomplete, then matched again three times.
  await (
    await bulkRun(
      'the same, inventories sent before their other documents',
      batch,
      pool.prepare,
      parcels,
      INVENTORIES_FIRST,
    )
  ).platform.close();
  await pool.close();
  // Without workers (--workers 0): the next batch is parsed in the gaps of this one's store. Its own
  // warm-up just before it, so that what it leaves to collect does not fall into the runs above.
  await (await bulkRun('warm-up (not counted)', batch, undefined, Math.min(parcels, 1000))).platform.close();
  await (await bulkRun('the same, parsed on the main thread (--workers 0)', batch)).platform.close();
}

/**
 * A sustained bulk import on what `cbec clearance import` writes to (PGlite in a data directory, or the
 * PostgreSQL server), `parcels` parcels long: whether the rate holds as the tables grow and whether
 * memory stays flat. The messages are made first (not counted) and held as bytes, as the CLI reads
 * files.
 */
export async function runSustainedBench(
  parcels = Number(process.env.BENCH_SUSTAINED_PARCELS ?? 40_000),
  batch = 500,
): Promise<void> {
  const onServer = Boolean(process.env.BENCH_DATABASE_URL);
  console.log(
    `\n[clearance, sustained] ${parcels} parcels, batches of ${batch}, ${onServer ? 'PostgreSQL' : 'PGlite in a data directory'}`,
  );
  const made = makeMessages(parcels, 2_000_000, (xml) => Buffer.from(xml));
  const platform = await persistentPlatform();
  const batches = await batchesOf(platform, made, parcels, batch);
  const pool = new ParsePool(Math.max(1, defaultParseWorkers()));
  const step = Math.max(batch, Math.round(parcels / 5 / batch) * batch);
  const rss0 = process.memoryUsage().rss;
  const rss: number[] = [];
  const t0 = performance.now();
  let mark = { at: t0, parcels: 0 };
  const totals = await bulkIngest(platform.systemCtx('bench'), batches, {
    preparer: pool.prepare,
    onBatch: (_report, t) => {
      const done = t.accepted / 4;
      if (t.batches % 4 || done % step) return;
      const now = performance.now();
      rss.push(process.memoryUsage().rss - rss0);
      console.log(
        `  ${done.toLocaleString('en')} parcels: ${rate(done - mark.parcels, (now - mark.at) / 1000)} parcels/s over the last ${(done - mark.parcels).toLocaleString('en')}; RSS ${Math.round(rss.at(-1)! / 2 ** 20)} MiB over the start`,
      );
      mark = { at: now, parcels: done };
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();
  await platform.close();
  if (totals.accepted !== parcels * 4) throw new Error(`accepted ${totals.accepted} of ${parcels * 4}`);
  console.log(
    `  all: ${rate(parcels, seconds)} parcels/s; a one-million-parcel day at this rate: ${(1_000_000 / (parcels / seconds) / 60).toFixed(1)} minutes; RSS over the start ${Math.round(Math.min(...rss) / 2 ** 20)} to ${Math.round(Math.max(...rss) / 2 ** 20)} MiB`,
  );
}

/**
 * The customs jobs behind the ingest, on what the serving process writes to: `parcels` parcels (each
 * with a buyer of its own) are received first, not counted; then sent to the sandbox customs (retail
 * limits checked and the quota consumed for each), customs' answers recorded until every parcel is
 * final, and the released ones added to the trade sums — each step timed, and its rate over the first
 * and the last fifth of the queue (whether a round slows as the tables fill).
 */
export async function runCustomsJobsBench(
  parcels = Number(process.env.BENCH_JOBS_PARCELS ?? 20_000),
  batch = 500,
): Promise<void> {
  const onServer = Boolean(process.env.BENCH_DATABASE_URL);
  console.log(
    `\n[clearance, customs jobs] ${parcels} parcels, ${onServer ? 'PostgreSQL' : 'PGlite in a data directory'}; sandbox customs rejecting 2 % and inspecting 5 %`,
  );
  const made = makeMessages(parcels, 3_000_000, (xml) => Buffer.from(xml), true);
  const platform = await persistentPlatform();
  const pool = new ParsePool(Math.max(1, defaultParseWorkers()));
  await bulkIngest(platform.systemCtx('bench'), await batchesOf(platform, made, parcels, batch), {
    preparer: pool.prepare,
  });
  await pool.close();
  const ctx = platform.systemCtx('jobs');
  const gateway = sandboxGateway({ seed: 'bench', rates: () => ({ rejection: 0.02, inspection: 0.05 }) });

  /** Runs `step` until it has nothing left, timing it, and its rate over the first and last fifth of its rounds. */
  const drain = async (label: string, unit: string, step: () => Promise<number>) => {
    const rounds: { n: number; ms: number }[] = [];
    for (;;) {
      const t0 = performance.now();
      const n = await step();
      if (!n) break;
      rounds.push({ n, ms: performance.now() - t0 });
    }
    const rateOf = (list: typeof rounds) =>
      rate(
        list.reduce((a, r) => a + r.n, 0),
        list.reduce((a, r) => a + r.ms, 0) / 1000,
      );
    const done = rounds.reduce((a, r) => a + r.n, 0);
    const fifth = Math.max(1, Math.floor(rounds.length / 5));
    console.log(
      `  ${label}: ${rateOf(rounds)} ${unit}/s (${done} in ${rounds.length} rounds); the first fifth of the rounds at ${rateOf(rounds.slice(0, fifth))}, the last at ${rateOf(rounds.slice(-fifth))} ${unit}/s`,
    );
    return done;
  };

  let refused = 0;
  const sent = await drain('dispatch (limits, tax, quota, sent)', 'parcels', async () => {
    const r = await dispatchToCustoms(ctx, gateway);
    refused += r.refused;
    return r.sent + r.refused;
  });
  // Every answer due: the slowest lifecycle (inspection) ends a minute after sending.
  platform.clock.advance(120_000);
  let answered = 0;
  await drain("customs' answers recorded", 'answers', async () => {
    const r = await recordCustomsAnswers(ctx, gateway);
    answered += r.answers;
    return r.answers;
  });
  const t = performance.now();
  const counted = await countReleasedTrade(ctx);
  const countS = (performance.now() - t) / 1000;
  console.log(
    `  released parcels added to the trade sums: ${rate(counted, countS)} parcels/s (${counted} in ${secs(countS * 1000)})`,
  );
  const final = await platform.database.db
    .selectFrom('parcel')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('customs_status', 'in', ['100', '800'])
    .executeTakeFirstOrThrow();
  await platform.close();
  if (sent !== parcels || refused !== 0) throw new Error(`sent ${sent - refused}, refused ${refused}`);
  if (Number(final.n) !== parcels) throw new Error(`${final.n} of ${parcels} parcels final`);
  console.log(
    `  ${answered} answers for ${parcels} parcels, every parcel released or rejected; ${counted} released`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runClearanceBench();
  await runSustainedBench();
  await runCustomsJobsBench();
  await runClearanceApiBench();
}
