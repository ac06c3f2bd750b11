import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Prepared } from './ingest-messages.js';
import type { ParseJob } from './parse-worker.js';
import {
  isPrepared,
  type Checked,
  type CheckedLater,
  type PrepareEnv,
  type RawMessage,
} from './prepare-messages.js';

/** The bulk import's default: every core but the one that stores (none on a single core). */
export const defaultParseWorkers = () => Math.max(0, os.availableParallelism() - 1);

/**
 * A worker's young generation, in MiB. Parsing allocates many short-lived objects; with V8's default
 * for worker threads the worker spent much of its time in scavenges and parsed a third slower than the
 * main thread (docs/benchmarks.md § Clearance).
 */
const YOUNG_GENERATION_MB = 64;

/**
 * Worker threads that parse and check messages (the first stage of ingestion) while the main thread
 * stores the batch before: parsing costs about as much as storing, and the two then overlap. Each batch
 * is split evenly over the workers; its checked messages wait on the workers' results ports until the
 * batch is stored (CheckedLater).
 */
export class ParsePool {
  readonly #workers: Worker[];
  /** Each worker's results port, read only when a batch is stored (`read`). */
  readonly #results: MessagePort[] = [];
  /** Results read off a port before their turn (a batch read out of order). */
  readonly #early = new Map<number, Checked[]>();
  #next = 0;
  /** Slices each worker has in hand. */
  readonly #busy: number[];
  readonly #pending = new Map<number, { resolve: (r: SliceDone) => void; reject: (e: unknown) => void }>();

  constructor(size = Math.max(1, defaultParseWorkers())) {
    // Run from the TypeScript sources (tsx) or from the build: the worker is the sibling file either way.
    const fromSources = import.meta.url.endsWith('.ts');
    const file = new URL(fromSources ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
    const limits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    this.#busy = new Array<number>(size).fill(0);
    this.#workers = Array.from({ length: size }, (_, index) => {
      // The results port is never started here: its messages wait, serialised outside the heap,
      // until `read` takes them.
      const { port1, port2 } = new MessageChannel();
      port1.unref();
      this.#results.push(port1);
      const options = { resourceLimits: limits, workerData: { results: port2 }, transferList: [port2] };
      const w = fromSources
        ? // From the sources, the worker registers tsx first, as bin/cbec.mjs does.
          new Worker(
            `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(file.href)}); });`,
            { eval: true, ...options },
          )
        : new Worker(file, options);
      w.on('message', (m: { id: number } & SliceDone) => {
        this.#pending.get(m.id)?.resolve(m);
        this.#pending.delete(m.id);
        // An idle worker does not keep the process alive; a busy one does.
        if (--this.#busy[index]! === 0) w.unref();
      });
      // A worker that dies fails every batch still waiting: the import stops rather than guess.
      w.on('error', (e) => {
        for (const p of this.#pending.values()) p.reject(e);
        this.#pending.clear();
      });
      w.unref();
      return w;
    });
  }

  /**
   * Same result as prepareMessages(messages, env), computed on the workers and read when the batch is
   * stored (CheckedLater), and the parsed messages' bodies compressed as the store keeps them
   * (PackedBodies).
   */
  prepare = async (
    messages: RawMessage[],
    env: PrepareEnv,
  ): Promise<Prepared & { checked: CheckedLater }> => {
    const bodies = messages.map(({ body }) => (typeof body === 'string' ? Buffer.from(body, 'utf8') : body));
    const size = Math.ceil(messages.length / this.#workers.length);
    const parts = await Promise.all(
      this.#workers.map((w, i) => {
        const slice = bodies.slice(i * size, (i + 1) * size);
        if (!slice.length) return Promise.resolve(undefined);
        const id = this.#next++;
        // The bodies as one buffer: one copy to the worker, not a Buffer object cloned per message.
        const job: ParseJob = {
          id,
          bodies: Buffer.concat(slice),
          lengths: slice.map((b) => b.length),
          sources: messages.slice(i * size, (i + 1) * size).map((m) => m.source),
          env,
          offset: i * size,
        };
        return new Promise<{ worker: number; id: number } & SliceDone>((resolve, reject) => {
          this.#pending.set(id, { resolve: (r) => resolve({ worker: i, id, ...r }), reject });
          this.#busy[i]!++;
          w.ref();
          // Handed over, not copied again, when the buffer is the concatenation's own (not a pool slice).
          const own = job.bodies.byteOffset === 0 && job.bodies.byteLength === job.bodies.buffer.byteLength;
          w.postMessage(job, own ? [job.bodies.buffer as ArrayBuffer] : []);
        });
      }),
    );
    const done = parts.filter((p) => p !== undefined);
    let read: Checked[] | undefined;
    const checked: CheckedLater = {
      read: () =>
        (read ??= done
          .flatMap((p) => this.#take(p.worker, p.id))
          // The bytes did not travel back (the worker leaves them out): this thread has them already.
          .map((c, i) => (isPrepared(c) ? { ...c, raw: bodies[i]! } : c))),
    };
    // A slice's gzip is a whole gzip member; members one after the other read back as one stream.
    const gzip = Buffer.concat(done.map((p) => p.packed.gzip));
    return { checked, packed: { gzip, count: done.reduce((n, p) => n + p.packed.count, 0) } };
  };

  /** A slice's checked messages, off its worker's results port (in order there; others kept aside). */
  #take(worker: number, id: number): Checked[] {
    const early = this.#early.get(id);
    if (early) {
      this.#early.delete(id);
      return early;
    }
    for (;;) {
      const next = receiveMessageOnPort(this.#results[worker]!)?.message as
        { id: number; checked: Checked[] } | undefined;
      // The worker posts the results before it says the slice is done.
      if (!next) throw new Error(`parse results of slice ${id} not found`);
      if (next.id === id) return next.checked;
      this.#early.set(next.id, next.checked);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
    for (const port of this.#results) port.close();
    this.#early.clear();
  }
}

/** A worker's answer to a slice (its checked messages wait on the results port); its gzip arrives as a plain Uint8Array. */
interface SliceDone {
  packed: { gzip: Uint8Array; count: number };
}
