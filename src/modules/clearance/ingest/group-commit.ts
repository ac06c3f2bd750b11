import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../../shared/app-error.js';
import type { Ctx } from '../../../shared/context.js';
import { prepareEnv, senderOf, storeRequests } from './ingest-messages.js';
import { prepareMessages, type IngestReport, type RawMessage } from './prepare-messages.js';

/** At most this many messages in one transaction: the bulk import's batch. */
const MAX_GROUP_MESSAGES = 500;

interface Waiting {
  ctx: Ctx;
  messages: RawMessage[];
  resolve: (report: IngestReport) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for messages sent a request at a time (the HTTP API, seed 003 二(一)1 一点接入): the
 * requests of one user for one enterprise that arrive while that user's last transaction is being
 * stored wait for it, then are stored together in the next one, each answered with its own report.
 *
 * An enterprise's system pushes its documents one per request and many at once; a transaction, its
 * look-ups and its audit record per message would cap the platform at a few hundred messages a second
 * (docs/benchmarks.md § Clearance). A lone request is stored after one turn of the event loop, so it
 * waits for nothing but the requests already received; under load the groups grow by themselves.
 *
 * Requests are grouped per user (the audit record names who acted) and per sending enterprise (one
 * sender per transaction). A group that fails is stored again one request at a time, so each request
 * gets its own outcome and one request's fault never fails another's.
 */
export class GroupCommit {
  readonly #queues = new Map<string, Waiting[]>();
  readonly #storeGroup: StoreGroup;

  /** `storeGroup` stores a group in one transaction; replaced only by tests of the grouping itself. */
  constructor(storeGroup: StoreGroup = storeInOneTransaction) {
    this.#storeGroup = storeGroup;
  }

  /** The same result as ingestMessages(ctx, input). */
  ingest(
    ctx: Ctx,
    input: { messages: RawMessage[]; enterpriseId?: string | undefined },
  ): Promise<IngestReport> {
    if (!ctx.actor) return Promise.reject(new AppError('unauthenticated'));
    const key = `${ctx.actor.userId}|${input.enterpriseId ?? ''}`;
    return new Promise((resolve, reject) => {
      const waiting = { ctx, messages: input.messages, resolve, reject };
      const queue = this.#queues.get(key);
      if (queue) queue.push(waiting);
      else {
        this.#queues.set(key, [waiting]);
        void this.#drain(key, input.enterpriseId);
      }
    });
  }

  /** Stores the key's queue group by group until it is empty. */
  async #drain(key: string, enterpriseId: string | undefined): Promise<void> {
    const queue = this.#queues.get(key)!;
    while (queue.length) {
      // One turn of the event loop first: requests already received are read and join the group. On
      // PGlite a transaction holds the thread from start to end, so without this turn none ever would.
      await nextTurn();
      let count = 0;
      let n = 0;
      while (n < queue.length && (n === 0 || count + queue[n]!.messages.length <= MAX_GROUP_MESSAGES))
        count += queue[n++]!.messages.length;
      await this.#store(queue.splice(0, n), enterpriseId);
    }
    this.#queues.delete(key);
  }

  async #store(group: Waiting[], enterpriseId: string | undefined): Promise<void> {
    try {
      const reports = await this.#storeGroup(group, enterpriseId);
      group.forEach((w, i) => w.resolve(reports[i]!));
    } catch (error) {
      if (group.length === 1) group[0]!.reject(error);
      else for (const w of group) await this.#store([w], enterpriseId);
    }
  }
}

type StoreGroup = (
  group: readonly { ctx: Ctx; messages: RawMessage[] }[],
  enterpriseId: string | undefined,
) => Promise<IngestReport[]>;

/** Who sends, each request's messages checked on their own, then one transaction for all. */
const storeInOneTransaction: StoreGroup = async (group, enterpriseId) => {
  // The first request's context stores the group: the same user, sender and clock as the others.
  const ctx = group[0]!.ctx;
  const sender = await senderOf(ctx, enterpriseId);
  const env = prepareEnv(ctx, sender);
  return storeRequests(
    ctx,
    sender,
    group.map((w) => ({ requestId: w.ctx.requestId, checked: prepareMessages(w.messages, env) })),
  );
};
