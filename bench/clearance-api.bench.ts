import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/http/app.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../test/helpers/ceb.js';
import { benchPlatform } from './bench-platform.js';
import { makeApprovedEnterprise, makeUser, PASSWORD } from '../test/helpers/factories.js';

interface Client {
  cookie: string;
  csrf: string;
}

async function login(base: string, username: string): Promise<Client> {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * One message per request through the HTTP API (a real server on the loopback interface), as the
 * enterprises' systems send them: `clients` concurrent clients, each sending its next message as soon as
 * the last is answered. Prints throughput and the latency percentiles of a single message.
 */
export async function runClearanceApiBench(
  parcels = Number(process.env.BENCH_API_PARCELS ?? 1000),
  clients = 50,
): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  console.log(
    `\n[clearance API] ${parcels * 4} single-message requests from ${clients} concurrent clients, ${databaseUrl ? 'PostgreSQL' : 'PGlite in memory'}`,
  );
  const p = await benchPlatform();
  for (const [name, code] of [
    ['bench-ebc', PARCEL_CODES.ebc],
    ['bench-pay', PARCEL_CODES.pay],
    ['bench-logistics', PARCEL_CODES.logistics],
  ] as const)
    await makeUser(p, name, 'enterprise', 'zhuzhou', await makeApprovedEnterprise(p, 'zhuzhou', code));
  const app = await buildApp({ ...p, webDir: undefined });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const who = {
    ebc: await login(base, 'bench-ebc'),
    pay: await login(base, 'bench-pay'),
    logistics: await login(base, 'bench-logistics'),
  };
  // Parcel by parcel, each parcel's documents in the order the enterprises usually send them.
  const queue: { client: Client; xml: string }[] = [];
  for (let n = 0; n < parcels; n++) {
    const m = importParcel(2_000_000 + n);
    queue.push(
      { client: who.ebc, xml: xmlOf('CEB311', m.order, PARCEL_CODES.ebc) },
      { client: who.pay, xml: xmlOf('CEB411', m.payment, PARCEL_CODES.pay) },
      { client: who.logistics, xml: xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics) },
      { client: who.ebc, xml: xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc) },
    );
  }
  const latencies: number[] = [];
  let failed = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const t0 = performance.now();
        const r = await fetch(`${base}/api/clearance/messages`, {
          method: 'POST',
          headers: {
            'content-type': 'application/xml',
            cookie: next.client.cookie,
            'x-csrf-token': next.client.csrf,
          },
          body: next.xml,
        });
        await r.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (r.status !== 200) failed++;
      }
    }),
  );
  const s = (performance.now() - t) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `  ${Math.round(latencies.length / s)} messages/s (${Math.round(parcels / s)} parcels/s), ${failed} failed`,
  );
  console.log(
    `  latency of one message: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
  );
  await app.close();
  await p.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await runClearanceApiBench();
