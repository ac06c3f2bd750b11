import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { isPrepared, packBodies, prepareMessages, type PrepareEnv } from './prepare-messages.js';

const EMPTY = Buffer.alloc(0);

/** A slice of a batch as ParsePool sends it: the bodies one after the other, and their lengths. */
export interface ParseJob {
  id: number;
  bodies: Uint8Array;
  lengths: number[];
  sources: (string | undefined)[];
  env: PrepareEnv;
  offset: number;
}

/** Where a job's checked messages go: a port the main thread reads only when it stores the batch. */
const results = (workerData as { results: MessagePort }).results;

/**
 * A parse worker: checks the slice of a batch it is given (prepare-messages.ts). The checked messages go
 * to the `results` port (see CheckedLater); the job's answer itself only says it is done, with the
 * parsed messages' bodies compressed as the store keeps them (packBodies).
 */
parentPort!.on('message', (job: ParseJob) => {
  const all = Buffer.from(job.bodies.buffer, job.bodies.byteOffset, job.bodies.byteLength);
  let at = 0;
  const messages = job.lengths.map((length, i) => ({
    body: all.subarray(at, (at += length)),
    source: job.sources[i],
  }));
  const checked = prepareMessages(messages, job.env, job.offset);
  const parsed = checked.filter(isPrepared);
  const gzip = packBodies(parsed.length === messages.length ? [all] : parsed.map((c) => c.raw));
  // The message bytes stay behind: the main thread sent them and has them still. First the results,
  // so that they are there when the answer says so.
  results.postMessage({
    id: job.id,
    checked: checked.map((c) => (isPrepared(c) ? { ...c, raw: EMPTY } : c)),
  });
  parentPort!.postMessage({ id: job.id, packed: { gzip, count: parsed.length } });
});
