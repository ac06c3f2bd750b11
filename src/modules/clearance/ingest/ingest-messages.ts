import { rowId } from '../../../db/row-id.js';
import { sql } from 'kysely';
import { RawJson } from '../../../db/insert-many.js';
import { AppError, type FieldError } from '../../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../../shared/context.js';
import { can } from '../../../shared/permissions.js';
import { appendAudit } from '../../audit/index.js';
import { getFiledIdentity, type FiledIdentity } from '../../enterprise/index.js';
import { clearanceRepository, type DocumentRow, type ParcelState } from '../clearance.repository.js';
import { declarationState } from '../gateway/customs-status.js';
import { actionLockKey, applyParcelActions, isActionMessage } from './parcel-actions.js';
import {
  isPrepared,
  type CheckedLater,
  packBodies,
  prepareMessages,
  refuse,
  type Checked,
  type IngestReport,
  type PackedBodies,
  type PrepareEnv,
  type PreparedDocument,
  type PreparedMessage as Parsed,
  type RawMessage,
} from './prepare-messages.js';
import { rematchParcels, type RematchedParcel } from './rematch-parcels.js';

export type { IngestReport, MessageReport, RawMessage } from './prepare-messages.js';

/**
 * A batch parsed and checked, with its bodies compressed already where the parse workers did it; from
 * the workers, the checked messages are read when the batch is stored (CheckedLater).
 */
export interface Prepared {
  checked: Checked[] | CheckedLater;
  packed?: PackedBodies | undefined;
}

/** Parses and checks a batch: on this thread, or on the parse workers (see parse-pool.ts). */
export type Preparer = (
  messages: RawMessage[],
  env: PrepareEnv,
) => Checked[] | Prepared | Promise<Checked[] | Prepared>;

/** A batch parsed and checked, ready to be stored: the first stage, which needs no transaction. */
export interface PreparedBatch extends Prepared {
  sender: FiledIdentity;
}

/** Who sends: the enterprise user's own enterprise, or for the CLI (system) the enterprise it names. */
export async function senderOf(ctx: Ctx, enterpriseId: string | undefined): Promise<FiledIdentity> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('unauthenticated');
  const id =
    actor.via === 'system' ? enterpriseId : can(actor.role, 'clearance:submit') ? actor.enterpriseId : null;
  if (id === null) throw new AppError('forbidden');
  if (!id)
    throw AppError.field('enterprise', 'required', {
      zh: '请指定发送报文的企业',
      en: 'Name the enterprise that sends the messages',
    });
  const identity = await getFiledIdentity(ctx, id);
  if (!identity) throw AppError.notFound({ zh: '该企业', en: 'Enterprise' });
  if (!identity.approved)
    throw new AppError('forbidden', {
      zh: '企业备案审核通过后才能发送报文',
      en: 'An enterprise sends messages once its filing is approved',
    });
  return identity;
}

/**
 * Receives a batch of CEB messages from one enterprise (seed 003 二(一)1 一点接入): each message is taken
 * whole or refused whole with every wrong field named; a message delivered again (same guid) is accepted
 * once; a document sent again under its business key follows its appType (1 add, 2 change, 3 delete) and
 * is frozen once its parcel went to customs. One transaction for the batch: a crash stores all or none.
 */
export async function ingestMessages(
  ctx: Ctx,
  input: { messages: RawMessage[]; enterpriseId?: string | undefined },
): Promise<IngestReport> {
  return storeBatch(ctx, await prepareBatch(ctx, input));
}

/**
 * The first stage of ingestMessages: who sends, then every message parsed and checked on its own. The
 * bulk import (bulk-ingest.ts) gives the sender it looked up once and a `preparer` that parses the next
 * batches while this one is stored.
 */
export async function prepareBatch(
  ctx: Ctx,
  input: { messages: RawMessage[]; enterpriseId?: string | undefined },
  preparer: Preparer = prepareMessages,
  knownSender?: FiledIdentity,
): Promise<PreparedBatch> {
  const sender = knownSender ?? (await senderOf(ctx, input.enterpriseId));
  const prepared = await preparer(input.messages, prepareEnv(ctx, sender));
  return Array.isArray(prepared) ? { sender, checked: prepared } : { sender, ...prepared };
}

/** What the checks of a sender's messages need to know, as plain data a worker can receive. */
export function prepareEnv(ctx: Ctx, sender: FiledIdentity): PrepareEnv {
  return {
    senderCodes: sender.codes,
    hashKey: ctx.protector.keyedHashKey(),
    positiveListFile: ctx.config.clearance.positiveListFile,
    // The day in China, the customs' calendar.
    today: new Date(ctx.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10),
  };
}

/** The second stage: one transaction that stores what the checks accepted, matches, and reports. */
export async function storeBatch(ctx: Ctx, batch: PreparedBatch): Promise<IngestReport> {
  const { report } = await store(ctx, batch, [ctx.requestId]);
  return { ...report, parcels: report.parcels.map(publicParcel) };
}

/**
 * Several requests' batches of one sender stored in one transaction (group-commit.ts), and each
 * request's own report: its messages, their counts, and the parcels its documents touched — what it
 * would have been told had it been stored alone.
 */
export async function storeRequests(
  ctx: Ctx,
  sender: FiledIdentity,
  requests: { requestId: string; checked: Checked[] }[],
): Promise<IngestReport[]> {
  const { report, accepted } = await store(
    ctx,
    { sender, checked: requests.flatMap((r) => r.checked) },
    requests.map((r) => r.requestId),
  );
  const acceptedIds = new Set(accepted.map((c) => c.id));
  let from = 0;
  return requests.map(({ checked }) => {
    const messages = report.messages.slice(from, (from += checked.length));
    // The keys of the documents this request changed: a parcel is its own if it shares one of them.
    const keys = new Set<string>();
    for (const c of checked) {
      if (!isPrepared(c) || !acceptedIds.has(c.id)) continue;
      for (const d of c.docs) {
        const outcome = c.report.documents.find((r) => r.guid === d.guid)?.outcome;
        if (!outcome || outcome === 'unchanged') continue;
        if (d.orderKey) keys.add(`${d.flow}|o|${d.orderKey}`);
        if (d.logisticsKey) keys.add(`${d.flow}|l|${d.logisticsKey}`);
      }
    }
    return {
      accepted: messages.filter((m) => m.outcome === 'accepted').length,
      duplicates: messages.filter((m) => m.outcome === 'duplicate').length,
      refused: messages.filter((m) => m.outcome === 'refused').length,
      messages,
      parcels: report.parcels
        .filter((p) => keys.has(`${p.flow}|o|${p.orderKey}`) || keys.has(`${p.flow}|l|${p.logisticsKey}`))
        .map(publicParcel),
    };
  });
}

const publicParcel = ({ id, matchState, missing }: RematchedParcel) => ({ id, matchState, missing });

/**
 * The keys a batch's transaction locks (clearanceRepository.lockKeys): its message guids, its
 * documents' guids, business keys and parcel keys, and its actions' records. Made as they are read:
 * a bulk batch is known to lock the whole after its first few dozen.
 */
function* lockKeysOf(sender: FiledIdentity, candidates: readonly Parsed[]): Generator<string> {
  for (const c of candidates) {
    yield `m|${c.guid}`;
    for (const d of c.docs) {
      yield `d|${d.guid}`;
      yield `k|${sender.id}|${d.kind}|${d.businessKey}`;
      if (d.orderKey) yield `${d.flow}|o|${d.orderKey}`;
      if (d.logisticsKey) yield `${d.flow}|l|${d.logisticsKey}`;
    }
    for (const a of c.actions) yield actionLockKey(a);
  }
}

async function store(
  ctx: Ctx,
  batch: PreparedBatch,
  requestIds: string[],
): Promise<{ report: Omit<IngestReport, 'parcels'> & { parcels: RematchedParcel[] }; accepted: Parsed[] }> {
  const { sender, packed } = batch;
  const checked = Array.isArray(batch.checked) ? batch.checked : batch.checked.read();
  const candidates = checked.filter(isPrepared);

  const outcome = await inTransaction(ctx, async (tx) => {
    const db = tx.db;
    const now = ctx.clock.now();
    // PGlite has one connection, so its transactions never overlap; a server's may.
    if (ctx.config.databaseUrl) await clearanceRepository.lockKeys(db, lockKeysOf(sender, candidates));
    // One look-up of the inventories (and their parcels) on the keys of the documents decide checks
    // against them: a change or a deletion may be refused for a parcel with customs; an inventory is one
    // per order and waybill, and one customs withdrew or rejected may be declared again. A batch of new
    // orders, payments or waybills (the bulk import's) reads nothing here.
    const onKeys = await inventoriesOnKeys(
      tx,
      candidates.flatMap((c) => c.docs.filter((d) => d.appType !== '1' || d.kind === 'inventory')),
    );
    let written = allNew(candidates)
      ? await writeUnlessStored(tx, sender, now, candidates, onKeys, packed)
      : undefined;
    if (!written) {
      written = decideAll(sender, now, candidates, await storedOf(tx, sender, candidates), onKeys);
      await writeAccepted(tx, sender, now, written, packed);
    }
    const { accepted, inserts, updates, reopened } = written;
    const touched = [...inserts.values(), ...updates.values()];
    const parcels = await rematchParcels(tx, touched, reopened);
    // Withdrawals, returns and the site's reports act once the batch's documents and parcels are in
    // place, and are queued to be passed on to customs as they came.
    const relayed: Parsed[] = [];
    const records: { guid: string; message_id: string; parcel_ids: string[] }[] = [];
    for (const c of accepted.filter((x) => isActionMessage(x.type))) {
      const outcome = await applyParcelActions(tx, c.actions, sender.codes, now);
      if (outcome.errors.length) {
        refuse(c.report, outcome.errors);
        accepted.splice(accepted.indexOf(c), 1);
      } else {
        await storeMessages(tx, sender, now, [c]);
        relayed.push(c);
        for (const [guid, parcelIds] of outcome.records)
          records.push({ guid, message_id: c.id, parcel_ids: parcelIds });
      }
    }
    await clearanceRepository.queueRelay(
      db,
      relayed.map((c) => ({ message_id: c.id, message_type: c.type, queued_at: now, relayed_at: null })),
      records,
    );

    const report = {
      accepted: accepted.length,
      duplicates: checked.filter((c) => (isPrepared(c) ? c.report : c).outcome === 'duplicate').length,
      refused: checked.filter((c) => (isPrepared(c) ? c.report : c).outcome === 'refused').length,
      messages: checked.map((c) => (isPrepared(c) ? c.report : c)),
      parcels,
    };
    if (accepted.length)
      await appendAudit(tx, {
        action: 'clearance.ingest',
        entityType: 'ceb_message',
        entityId: accepted.length === 1 ? accepted[0]!.guid : null,
        zoneCode: sender.zoneCode,
        after: {
          enterpriseId: sender.id,
          accepted: report.accepted,
          duplicates: report.duplicates,
          refused: report.refused,
          guids: accepted.slice(0, 100).map((c) => c.guid),
          // Requests stored together (group commit) are each named; the record's own is the first.
          ...(requestIds.length > 1 ? { requests: requestIds } : {}),
        },
      });
    return { report, accepted, documentsWritten: touched.length };
  });
  // The rows this batch added, for the statistics the next batches' look-ups are planned with.
  ctx.statistics.wrote('ceb_message', outcome.accepted.length);
  ctx.statistics.wrote('clearance_document', outcome.documentsWritten);
  ctx.statistics.wrote('parcel', outcome.report.parcels.length);
  return outcome;
}

/** What is stored already under a batch's guids and business keys: what decide compares with. */
interface Stored {
  messageGuids: Set<string>;
  byGuid: Map<string, DocumentRow>;
  byKey: Map<string, DocumentRow>;
}

async function storedOf(ctx: Ctx, sender: FiledIdentity, candidates: Parsed[]): Promise<Stored> {
  const db = ctx.db;
  return {
    messageGuids: await clearanceRepository.existingMessageGuids(
      db,
      candidates.map((c) => c.guid),
    ),
    byGuid: await clearanceRepository.documentsByGuid(
      db,
      candidates.flatMap((c) => c.docs.map((d) => d.guid)),
    ),
    byKey: await clearanceRepository.documentsByBusinessKey(
      db,
      sender.id,
      candidates.flatMap((c) => c.docs.map((d) => ({ kind: d.kind, key: d.businessKey }))),
    ),
  };
}

/** Only new documents (appType 1), no withdrawals or reports: what the bulk import sends. */
const allNew = (candidates: Parsed[]) =>
  candidates.length > 0 &&
  candidates.every((c) => !isActionMessage(c.type) && c.docs.every((d) => d.appType === '1'));

/** The unique keys that say a message or a document of the batch is stored already. */
const STORED_KEYS = new Set([
  'ceb_message_guid_key',
  'clearance_document_guid_key',
  'clearance_document_business_key',
]);

/**
 * A batch of new documents decided and written as if nothing of it were stored, without the three
 * look-ups of storedOf. That holds if every message is accepted so, and no unique index refuses the
 * write of a guid or a business key taken after all; else the write is undone to a savepoint, and
 * undefined says to look up and decide again. The look-ups cost the server about a sixth of its time
 * per parcel; a batch that was partly stored already (a resend) pays for its writes twice instead.
 */
async function writeUnlessStored(
  tx: Ctx,
  sender: FiledIdentity,
  now: Date,
  candidates: Parsed[],
  onKeys: InventoryOnKeys[],
  packed: PackedBodies | undefined,
): Promise<Written | undefined> {
  // What decide changes of each report (its outcome, errors and documents), to put back.
  const before = candidates.map(({ report: r }) => ({
    outcome: r.outcome,
    errors: [...r.errors],
    documents: [...r.documents],
  }));
  const undo = () => {
    candidates.forEach((c, i) => Object.assign(c.report, before[i]));
    return undefined;
  };
  const nothingStored: Stored = { messageGuids: new Set(), byGuid: new Map(), byKey: new Map() };
  const written = decideAll(sender, now, candidates, nothingStored, onKeys);
  // A refusal may come of what was not looked up (an inventory's own earlier declaration, say).
  if (written.accepted.length < candidates.length) return undo();
  await sql`savepoint new_documents`.execute(tx.db);
  try {
    await writeAccepted(tx, sender, now, written, packed);
    await sql`release savepoint new_documents`.execute(tx.db);
    return written;
  } catch (e) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code !== '23505' || !constraint || !STORED_KEYS.has(constraint)) throw e;
    await sql`rollback to savepoint new_documents`.execute(tx.db);
    return undo();
  }
}

interface Written {
  accepted: Parsed[];
  inserts: Map<string, DocumentRow>;
  updates: Map<string, DocumentRow>;
  /** Parcels withdrawn or rejected whose inventory this batch declares again, or deletes. */
  reopened: Set<string>;
}

/**
 * Decides each message against what is stored and what the batch itself made before it. Rows read
 * from the database are updated; rows first made in this batch are inserted (in their last state).
 */
function decideAll(
  sender: FiledIdentity,
  now: Date,
  candidates: Parsed[],
  { messageGuids, byGuid, byKey }: Stored,
  onKeys: InventoryOnKeys[],
): Written {
  const frozen = frozenKeys(onKeys);
  const declared = declaredKeys(onKeys);
  // An inventory's own parcel is on its own order key: the declaration decide finds it by.
  const declarations = new Map(
    onKeys.flatMap(({ parcel }) => (parcel ? [[parcel.id, parcel] as const] : [])),
  );
  const stored = new Set([...byKey.values()].map((r) => r.id));
  const written: Written = { accepted: [], inserts: new Map(), updates: new Map(), reopened: new Set() };
  for (const c of candidates) {
    if (messageGuids.has(c.guid)) {
      c.report.outcome = 'duplicate';
      continue;
    }
    const decided = decide(c, sender, now, { byKey, byGuid, frozen, declared, declarations });
    if ('errors' in decided) {
      refuse(c.report, decided.errors);
      continue;
    }
    messageGuids.add(c.guid);
    written.accepted.push(c);
    for (const id of decided.reopened) {
      written.reopened.add(id);
      // Declared again (or deleted): a later document of the batch finds it as not yet sent.
      declarations.delete(id);
    }
    for (const row of decided.rows) {
      byKey.set(`${row.kind}|${row.business_key}`, row);
      byGuid.set(row.guid, row);
      if (row.kind === 'inventory' && !row.deleted) {
        declared.set(`${row.flow}|o|${row.order_key}`, row.id);
        declared.set(`${row.flow}|l|${row.logistics_key}`, row.id);
      }
      (stored.has(row.id) ? written.updates : written.inserts).set(row.id, row);
    }
  }
  return written;
}

/** Writes the accepted document messages and their documents (withdrawals and reports come later). */
async function writeAccepted(
  tx: Ctx,
  sender: FiledIdentity,
  now: Date,
  written: Written,
  packed: PackedBodies | undefined,
): Promise<void> {
  // Started together, run in turn on the transaction's connection: each statement's rows are written
  // out while the one before runs on the server (insertMany).
  await Promise.all([
    storeMessages(
      tx,
      sender,
      now,
      written.accepted.filter((c) => !isActionMessage(c.type)),
      packed,
    ),
    clearanceRepository.insertDocuments(tx.db, [...written.inserts.values()]),
    clearanceRepository.updateDocuments(tx.db, [...written.updates.values()]),
  ]);
}

/**
 * Stores accepted messages and their compressed bodies: `packed` (the batch's parsed messages' bodies,
 * compressed on the parse workers) when these are all of them, else compressed here.
 */
async function storeMessages(
  ctx: Ctx,
  sender: FiledIdentity,
  now: Date,
  messages: Parsed[],
  packed?: PackedBodies,
): Promise<void> {
  if (!messages.length) return;
  const batchId = rowId();
  let offset = 0;
  const rows = messages.map((c) => {
    const row = {
      id: c.id,
      guid: c.guid,
      message_type: c.type,
      zone_code: sender.zoneCode,
      enterprise_id: sender.id,
      direction: 'inbound' as const,
      entity_count: c.entities,
      signature_present: c.signature,
      body_sha256: c.sha256,
      batch_id: batchId,
      body_offset: offset,
      body_length: c.raw.length,
      received_at: now,
    };
    offset += c.raw.length;
    return row;
  });
  // Bodies carry buyers' ID numbers: compressed, then sealed with the platform's key.
  // The accepted are the parsed messages in order, less those refused or repeated: as many means the same.
  const gzip = packed?.count === messages.length ? packed.gzip : packBodies(messages.map((c) => c.raw));
  const body = ctx.protector.sealBytes(gzip);
  await clearanceRepository.insertMessages(
    ctx.db,
    { id: batchId, format: 'xml', body, sealed: true, received_at: now },
    rows,
  );
}

/** An inventory on a document's keys, with its parcel. */
interface InventoryOnKeys {
  flow: 'import' | 'export';
  inventory: { id: string; order_key: string | null; logistics_key: string | null; deleted: boolean };
  parcel: ParcelState | undefined;
}

/** The inventories on the order keys and logistics keys of these documents, each with its parcel. */
async function inventoriesOnKeys(ctx: Ctx, docs: PreparedDocument[]): Promise<InventoryOnKeys[]> {
  const out: InventoryOnKeys[] = [];
  for (const flow of ['import', 'export'] as const) {
    const mine = docs.filter((d) => d.flow === flow);
    if (!mine.length) continue;
    // The parcels through their inventories: the documents' keys are indexed, the parcels' are not.
    const inventories = await clearanceRepository.linkedInventories(
      ctx.db,
      flow,
      [...new Set(mine.flatMap((d) => (d.orderKey ? [d.orderKey] : [])))],
      [...new Set(mine.flatMap((d) => (d.logisticsKey ? [d.logisticsKey] : [])))],
    );
    const parcels = await clearanceRepository.parcelsByIds(
      ctx.db,
      inventories.map((i) => i.id),
      false,
    );
    for (const inventory of inventories) out.push({ flow, inventory, parcel: parcels.get(inventory.id) });
  }
  return out;
}

/**
 * Keys of documents whose parcel is under customs' review: they change only through customs (a
 * withdrawal). Once customs withdrew or rejected the declaration, they are the enterprise's again.
 */
function frozenKeys(onKeys: InventoryOnKeys[]): Set<string> {
  const out = new Set<string>();
  for (const { flow, inventory: i, parcel } of onKeys)
    if (parcel && declarationState(parcel) === 'with_customs') {
      out.add(`${flow}|o|${i.order_key}`);
      out.add(`${flow}|l|${i.logistics_key}`);
    }
  return out;
}

/**
 * The live inventories among those found on the documents' keys, by key (`flow|o|…`, `flow|l|…`) →
 * inventory id: customs takes one inventory per order and per waybill. A declaration
 * deleted, withdrawn or rejected leaves the order and the waybill free (its sender may declare it
 * again, unless another has meanwhile).
 */
function declaredKeys(onKeys: InventoryOnKeys[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { flow, inventory: i, parcel } of onKeys) {
    if (i.deleted || parcel?.revoked_at || (parcel && declarationState(parcel) === 'rejected')) continue;
    out.set(`${flow}|o|${i.order_key}`, i.id);
    out.set(`${flow}|l|${i.logistics_key}`, i.id);
  }
  return out;
}

/** What decide reads: the documents and parcels the batch's documents name, as stored before it. */
interface Lookups {
  byKey: Map<string, DocumentRow>;
  byGuid: Map<string, DocumentRow>;
  /** Keys of documents whose parcel is under customs' review. */
  frozen: Set<string>;
  /** Live inventories by key (`flow|o|…`, `flow|l|…`) → id: one order, one waybill, one inventory. */
  declared: Map<string, string>;
  /** The parcels of the inventories the batch sends again, by id. */
  declarations: Map<string, ParcelState>;
}

/**
 * The rows a message's documents become, or why it is refused; and the parcels it reopens: an inventory
 * customs withdrew (declared again with appType 1) or rejected (declared again with appType 2, or
 * deleted) starts a new customs cycle on its parcel. Pure over the lookups it is given. New facts stay
 * the JSON text the parse made (RawJson) until the match reads them.
 */
function decide(
  c: Parsed,
  sender: FiledIdentity,
  now: Date,
  { byKey, byGuid, frozen, declared, declarations }: Lookups,
): { rows: DocumentRow[]; reopened: string[] } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const rows: DocumentRow[] = [];
  const reopened: string[] = [];
  const fault = (field: string, code: string, zh: string, en: string) =>
    errors.push({ field, code, message: { zh, en } });
  c.docs.forEach((d, i) => {
    const field = `documents[${i}]`;
    const existing = byKey.get(`${d.kind}|${d.businessKey}`);
    const sameGuid = byGuid.get(d.guid);
    if (
      sameGuid &&
      (sameGuid.kind !== d.kind ||
        sameGuid.business_key !== d.businessKey ||
        sameGuid.enterprise_id !== sender.id)
    ) {
      fault(
        `${field}.guid`,
        'guid_reused',
        '单证 guid 已被其他单证使用',
        'This guid belongs to another document',
      );
      return;
    }
    const live = existing && !existing.deleted ? existing : undefined;
    // An inventory already declared: where does its declaration stand with customs?
    const parcel = live && d.kind === 'inventory' ? declarations.get(live.id) : undefined;
    const state = parcel ? declarationState(parcel) : 'not_sent';
    if (state === 'withdrawn' && d.appType !== '1') {
      fault(
        `${field}.appType`,
        'withdrawn',
        '该清单已撤单，海关已无此清单，不能变更或删除；如需重新申报，请以 appType=1 发送',
        'The inventory was withdrawn and customs no longer holds it: declare it again with appType 1',
      );
      return;
    }
    if (state === 'rejected' && d.appType === '1') {
      fault(
        `${field}.appType`,
        'rejected',
        `该清单已被退单（${parcel!.customs_status}），请更正后以 appType=2 重新申报`,
        `The inventory was rejected (${parcel!.customs_status}): correct it and declare it again with appType 2`,
      );
      return;
    }
    // Declared again: customs withdrew it (appType 1, a new declaration) or rejected it (appType 2, the
    // corrected one), whether or not its content changed.
    const redeclared =
      (state === 'withdrawn' && d.appType === '1') || (state === 'rejected' && d.appType === '2');
    // Under its own guid: the old declaration's guid is a late resend of it (an enterprise system
    // retrying), not a decision to declare it again.
    if (redeclared && d.guid === live!.guid) {
      fault(
        `${field}.guid`,
        'redeclared_guid',
        '重新申报须使用新的 guid：该 guid 属于已撤单或被退单的原申报',
        'A declaration made again needs a guid of its own: this one is the withdrawn or rejected declaration’s',
      );
      return;
    }
    if (!redeclared && live && live.content_hash === d.contentHash && d.appType !== '3') {
      c.report.documents.push({
        guid: d.guid,
        kind: d.kind,
        businessKey: d.businessKey,
        outcome: 'unchanged',
      });
      return;
    }
    if (d.appType === '1' && live && !redeclared) {
      fault(
        field,
        'duplicate_business_key',
        `已存在相同编号的${KIND_ZH[d.kind]}（${d.businessKey}），变更请用 appType=2`,
        `A ${d.kind} ${d.businessKey} exists; send appType 2 to change it`,
      );
      return;
    }
    if (d.appType !== '1' && !live) {
      fault(
        field,
        'not_found',
        `要变更或删除的${KIND_ZH[d.kind]}不存在`,
        `No ${d.kind} ${d.businessKey} to change or delete`,
      );
      return;
    }
    // An inventory declared (again) on an order or a waybill another live inventory declares (its own
    // earlier row under the same key, deleted and declared again, is no other).
    if (d.kind === 'inventory' && (d.appType === '1' || redeclared)) {
      const other = (k: string | null, which: 'o' | 'l') => {
        const id = k ? declared.get(`${d.flow}|${which}|${k}`) : undefined;
        return id !== undefined && id !== existing?.id;
      };
      if (other(d.orderKey, 'o') || other(d.logisticsKey, 'l')) {
        fault(
          `${field}.${other(d.orderKey, 'o') ? 'orderNo' : 'logisticsNo'}`,
          'already_declared',
          other(d.orderKey, 'o')
            ? '该订单已有清单申报（一个订单只对应一份清单）；如需重报，请先撤销原清单'
            : '该运单已有清单申报（一个运单只对应一份清单）；如需重报，请先撤销原清单',
          other(d.orderKey, 'o')
            ? 'An inventory of this order exists (one order, one inventory); withdraw it first to declare again'
            : 'An inventory of this waybill exists (one waybill, one inventory); withdraw it first to declare again',
        );
        return;
      }
    }
    const isFrozen =
      (d.orderKey && frozen.has(`${d.flow}|o|${d.orderKey}`)) ||
      (d.logisticsKey && frozen.has(`${d.flow}|l|${d.logisticsKey}`));
    if (isFrozen && d.appType !== '1' && !redeclared) {
      fault(
        field,
        'sent_to_customs',
        '清单已发送海关，单证不能再变更，请先撤单',
        'The parcel is with customs: the document cannot change; revoke the inventory first',
      );
      return;
    }
    if (redeclared || (state === 'rejected' && d.appType === '3')) reopened.push(live!.id);
    const base = existing ?? undefined;
    const row: DocumentRow = {
      id: base?.id ?? rowId(),
      zone_code: sender.zoneCode,
      enterprise_id: sender.id,
      kind: d.kind,
      flow: d.flow,
      message_type: c.type,
      guid: d.guid,
      business_key: d.businessKey,
      order_key: d.orderKey,
      logistics_key: d.logisticsKey,
      app_type: d.appType,
      deleted: d.appType === '3',
      facts: d.appType === '3' && base ? base.facts : new RawJson(d.factsJson),
      content_hash: d.appType === '3' && base ? base.content_hash : d.contentHash,
      message_id: c.id,
      version: base ? base.version + 1 : 1,
      created_at: base?.created_at ?? now,
      updated_at: now,
    };
    rows.push(row);
    c.report.documents.push({
      guid: d.guid,
      kind: d.kind,
      businessKey: d.businessKey,
      outcome: redeclared
        ? 'redeclared'
        : d.appType === '3'
          ? 'deleted'
          : base && !base.deleted
            ? 'changed'
            : 'created',
    });
  });
  if (errors.length) {
    c.report.documents = [];
    return { errors };
  }
  return { rows, reopened };
}

const KIND_ZH: Record<string, string> = {
  order: '订单',
  payment: '支付单',
  receipt: '收款单',
  waybill: '运单',
  inventory: '清单',
};
