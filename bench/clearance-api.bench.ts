import http from 'node:http';
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
 * enterprises' systems send them: `clients` concurrent clients on a keep-alive connection each, each
 * sending its next message as soon as the last is answered. Prints the first wave (new connections,
 * cold code) apart, then the throughput and latency percentiles of a single message, and the server's
 * own share of that latency.
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
  // The server's own time for a request, from reading it to answering it (session, parse, store), apart
  // from the time the request waits to be read.
  let serverTimes: number[] = [];
  const started = new WeakMap<object, number>();
  app.addHook('onRequest', async (req) => void started.set(req, performance.now()));
  app.addHook('onResponse', async (req) => void serverTimes.push(performance.now() - started.get(req)!));
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
  // One keep-alive connection per client, as an enterprise's system holds its connection open.
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const post = (next: { client: Client; xml: string }) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${base}/api/clearance/messages`,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/xml',
            'content-length': Buffer.byteLength(next.xml),
            cookie: next.client.cookie,
            'x-csrf-token': next.client.csrf,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(next.xml);
    });
  const run = async (list: { client: Client; xml: string }[]) => {
    const latencies: number[] = [];
    let failed = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let next = list.shift(); next; next = list.shift()) {
          const t0 = performance.now();
          if ((await post(next)) !== 200) failed++;
          latencies.push(performance.now() - t0);
        }
      }),
    );
    return { latencies: latencies.sort((x, y) => x - y), failed, seconds: (performance.now() - t) / 1000 };
  };
  // The first wave opens the connections and runs the code cold: measured, but apart.
  const cold = await run(queue.splice(0, clients * 4));
  console.log(
    `  first wave (${cold.latencies.length} messages on new connections, code not yet optimised): max ${cold.latencies.at(-1)!.toFixed(0)} ms`,
  );
  serverTimes = [];
  const warm = await run(queue);
  const { latencies, failed } = warm;
  serverTimes.sort((x, y) => x - y);
  console.log(
    `  ${Math.round(latencies.length / warm.seconds)} messages/s (${Math.round(latencies.length / 4 / warm.seconds)} parcels/s), ${failed} failed`,
  );
  console.log(
    `  latency of one message: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
  );
  console.log(
    `  of which the server's own time, from reading the request to answering it: p50 ${quantile(serverTimes, 0.5).toFixed(1)} ms, p99 ${quantile(serverTimes, 0.99).toFixed(1)} ms`,
  );
  await app.close();
  await p.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await runClearanceApiBench();
