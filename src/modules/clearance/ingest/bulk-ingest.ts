import { setImmediate as nextTurn } from 'node:timers/promises';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { appendAudit } from '../../audit/index.js';
import type { FiledIdentity } from '../../enterprise/index.js';
import { prepareBatch, senderOf, storeBatch, type PreparedBatch, type Preparer } from './ingest-messages.js';
import {
  prepareMessages,
  type Checked,
  type IngestReport,
  type PrepareEnv,
  type RawMessage,
} from './prepare-messages.js';

/** One transaction's worth of messages from one enterprise. */
export interface BulkBatch {
  enterpriseId: string;
  messages: RawMessage[];
}

export interface BulkTotals {
  batches: number;
  accepted: number;
  duplicates: number;
  refused: number;
}

/** Batches parsed ahead of the one being stored. */
const AHEAD = 4;
/** Messages parsed between two turns of the event loop (about 5 ms of work). */
const SLICE = 24;

/**
 * prepareMessages in slices, giving the event loop a turn between them: while the previous batch's
 * statements run on the database server, the next batch is parsed in the gaps instead of after it.
 */
export const prepareInSlices = async (messages: RawMessage[], env: PrepareEnv): Promise<Checked[]> => {
  const out: Checked[] = [];
  for (let i = 0; i < messages.length; i += SLICE) {
    if (i) await nextTurn();
    out.push(...prepareMessages(messages.slice(i, i + SLICE), env, i));
  }
  return out;
};

/**
 * The bulk import (`cbec clearance import`): batches stored one transaction each, the next four parsed
 * while this one is stored — on the parse workers when given (`preparer`), otherwise in the gaps of
 * this thread. A kill leaves whole batches stored and a re-run accepts the rest exactly once. The run
 * ends with an audit record of its totals.
 */
export async function bulkIngest(
  ctx: Ctx,
  batches: Iterable<BulkBatch> | AsyncIterable<BulkBatch>,
  options: {
    preparer?: Preparer | undefined;
    onBatch?: (report: IngestReport, totals: BulkTotals) => void;
  } = {},
): Promise<BulkTotals> {
  const preparer = options.preparer ?? prepareInSlices;
  const totals: BulkTotals = { batches: 0, accepted: 0, duplicates: 0, refused: 0 };
  // The senders are looked up once per run: a look-up per batch would wait for the batch being stored
  // (PGlite has one connection) and so keep the next batch from being parsed meanwhile.
  const senders = new Map<string, Promise<FiledIdentity>>();
  const sender = (enterpriseId: string) => {
    let s = senders.get(enterpriseId);
    if (!s) senders.set(enterpriseId, (s = senderOf(ctx, enterpriseId)));
    return s;
  };
  const prepare = async (b: BulkBatch) => prepareBatch(ctx, b, preparer, await sender(b.enterpriseId));

  const it = Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : batches[Symbol.iterator]();
  let ended = false;
  const take = () => {
    // An async source answers its calls in order, so batches stay in order while read ahead.
    const p = Promise.resolve(it.next()).then((r) => {
      if (r.done) {
        ended = true;
        return null;
      }
      return prepare(r.value);
    });
    // Awaited later; until then a failure must not count as unhandled.
    p.catch(() => undefined);
    return p;
  };
  // Four batches prepared ahead: batches differ in cost (an inventory takes longer to parse, and longer
  // to store, than a waybill), and the parser should never wait for a cheap batch to be stored. With
  // two, the store waited 0.24–0.32 s for the parse in a 5,000-parcel import; with four, 0.10–0.23 s,
  // and the import ran about 5 % faster (docs/benchmarks.md § Clearance).
  const ahead: Promise<PreparedBatch | null>[] = [];
  const fill = () => {
    while (!ended && ahead.length < AHEAD) ahead.push(take());
  };
  const zones = new Set<string>();
  fill();
  while (ahead.length) {
    const prepared = await ahead.shift()!;
    if (!prepared) break;
    fill();
    zones.add(prepared.sender.zoneCode);
    const report = await storeBatch(ctx, prepared);
    totals.batches++;
    totals.accepted += report.accepted;
    totals.duplicates += report.duplicates;
    totals.refused += report.refused;
    options.onBatch?.(report, totals);
  }
  if (totals.batches)
    await inTransaction(ctx, (tx) =>
      appendAudit(tx, {
        action: 'clearance.bulk_import',
        entityType: 'ceb_message',
        entityId: null,
        zoneCode: zones.size === 1 ? [...zones][0]! : null,
        after: { ...totals, enterprises: [...senders.keys()] },
      }),
    );
  return totals;
}
