import { parentPort } from 'node:worker_threads';
import { isPrepared, prepareMessages, type PrepareEnv, type RawMessage } from './prepare-messages.js';

const EMPTY = Buffer.alloc(0);

/** A parse worker: checks the slice of a batch it is given (prepare-messages.ts) and sends back the result. */
parentPort!.on('message', (job: { id: number; messages: RawMessage[]; env: PrepareEnv; offset: number }) => {
  const checked = prepareMessages(job.messages, job.env, job.offset);
  // The message bytes stay behind: the main thread sent them and has them still.
  parentPort!.postMessage({
    id: job.id,
    checked: checked.map((c) => (isPrepared(c) ? { ...c, raw: EMPTY } : c)),
  });
});
