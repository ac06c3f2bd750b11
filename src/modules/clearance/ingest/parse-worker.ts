import { parentPort } from 'node:worker_threads';
import { prepareMessages, type PrepareEnv, type RawMessage } from './prepare-messages.js';

/** A parse worker: checks the slice of a batch it is given (prepare-messages.ts) and sends back the result. */
parentPort!.on('message', (job: { id: number; messages: RawMessage[]; env: PrepareEnv; offset: number }) => {
  parentPort!.postMessage({ id: job.id, checked: prepareMessages(job.messages, job.env, job.offset) });
});
