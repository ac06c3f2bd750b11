// `npm run bench`: runs every benchmark and prints its figures (copy them into docs/benchmarks.md).
import os from 'node:os';
import { runClearanceApiBench } from './clearance-api.bench.js';
import { runClearanceBench, runCustomsJobsBench, runSustainedBench } from './clearance.bench.js';
import { runFoundationBench } from './foundation.bench.js';

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);
console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
await runFoundationBench();
await runClearanceBench();
await runSustainedBench();
await runCustomsJobsBench();
await runClearanceApiBench();
