import fs from 'node:fs/promises';
import path from 'node:path';
import { chinaTime } from '../messages/china-time.js';
import { parseCebMessage, type ParseSuccess } from '../messages/parse.js';
import type { CustomsAnswer, CustomsGateway, OutgoingParcel, RelayedMessage } from './customs-gateway.js';

/** The records of customs' receipts of relayed messages, by receipt type. */
const RECEIPT_RECORDS: Record<string, string> = {
  CEB508: 'ArrivalReturn',
  CEB510: 'DepartureReturn',
  CEB606: 'InvtCancelReturn',
  CEB624: 'InvtCancelReturn',
  CEB626: 'InvtRefundReturn',
};

/** Customs' receipts of relayed records (withdrawals, returns, site reports), or undefined for another type. */
function receiptsOf(type: string, message: unknown): CustomsAnswer[] | undefined {
  const entity = RECEIPT_RECORDS[type];
  if (!entity) return undefined;
  const records =
    (
      message as Record<
        string,
        { guid: string; returnStatus: string; returnTime: string; returnInfo?: string }[]
      >
    )[entity] ?? [];
  return records.flatMap((r) => {
    const at = chinaTime(r.returnTime);
    return at
      ? [
          {
            receipt: { recordGuid: r.guid, type },
            status: r.returnStatus as CustomsAnswer['status'],
            info: r.returnInfo ?? '',
            at,
          },
        ]
      : [];
  });
}

/** Customs' answers about inventories (CEB622 import, CEB604 export); none for any other message. */
function inventoryAnswersOf(parsed: ParseSuccess): CustomsAnswer[] {
  if (parsed.type !== 'CEB622' && parsed.type !== 'CEB604') return [];
  return parsed.message.InventoryReturn.flatMap((r) => {
    const at = chinaTime(r.returnTime);
    return at
      ? [
          {
            inventoryGuid: r.guid,
            status: r.returnStatus as CustomsAnswer['status'],
            info: r.returnInfo ?? '',
            at,
            invtNo: r.invtNo || undefined,
          },
        ]
      : [];
  });
}

/**
 * File exchange with a single-window client: outgoing messages are written to `outbox/` (atomically, one
 * file per message, never twice), customs' responses are read from `inbox/`. A response file moves to
 * `inbox/done/` only after its answers are committed (acknowledge), so a crash reads it again — and
 * recording answers is idempotent. Files the platform cannot use are set aside for an operator, never
 * dropped: `inbox/failed/` (not a response it reads), `inbox/unmatched/` (every answer in it names an
 * inventory or a record the platform does not know).
 */
export function fileExchangeGateway(
  dir: string,
): CustomsGateway & { acknowledge(unmatched?: CustomsAnswer[]): Promise<void> } {
  const outbox = path.join(dir, 'outbox');
  const inbox = path.join(dir, 'inbox');
  const done = path.join(inbox, 'done');
  const failed = path.join(inbox, 'failed');
  const unmatchedDir = path.join(inbox, 'unmatched');
  let read: string[] = [];
  /** The file each answer of the last read came from. */
  let fileOf = new Map<CustomsAnswer, string>();
  /** Each message once, as `CEBnnn_<message guid>.xml`, written whole (renamed into place). */
  const write = async (messages: { guid: string; xml?: string | undefined }[]) => {
    await fs.mkdir(outbox, { recursive: true });
    const written = new Set<string>();
    for (const m of messages) {
      if (written.has(m.guid) || m.xml === undefined) continue;
      written.add(m.guid);
      const type = /<(?:\w+:)?(CEB\d{3})Message\b/.exec(m.xml)?.[1] ?? 'CEB';
      const target = path.join(outbox, `${type}_${m.guid}.xml`);
      const tmp = `${target}.tmp`;
      await fs.writeFile(tmp, m.xml, { flag: 'w' });
      await fs.rename(tmp, target);
    }
  };
  return {
    source: 'file_exchange',
    transmitsBodies: true,
    async send(parcels: OutgoingParcel[]) {
      await write(parcels.map((p) => ({ guid: p.messageGuid, xml: p.xml })));
    },
    async relay(messages: RelayedMessage[]) {
      await write(messages);
    },
    async answers(): Promise<CustomsAnswer[]> {
      for (const d of [done, failed, unmatchedDir]) await fs.mkdir(d, { recursive: true });
      const files = (await fs.readdir(inbox)).filter((f) => f.toLowerCase().endsWith('.xml')).sort();
      const out: CustomsAnswer[] = [];
      read = [];
      fileOf = new Map();
      for (const f of files) {
        const file = path.join(inbox, f);
        const parsed = parseCebMessage(await fs.readFile(file));
        const answers = parsed.ok
          ? (receiptsOf(parsed.type, parsed.message) ?? inventoryAnswersOf(parsed))
          : [];
        if (!answers.length) {
          // Not a response we read, or one with nothing we can record: set aside for an operator.
          await fs.rename(file, path.join(failed, f));
          continue;
        }
        for (const a of answers) fileOf.set(a, f);
        out.push(...answers);
        read.push(f);
      }
      return out;
    },
    async acknowledge(unmatched: CustomsAnswer[] = []) {
      const left = new Map<string, number>();
      for (const f of fileOf.values()) left.set(f, (left.get(f) ?? 0) + 1);
      for (const a of unmatched) {
        const f = fileOf.get(a);
        if (f) left.set(f, left.get(f)! - 1);
      }
      // A file of which no answer was recorded is kept apart: it may be another platform's, or early.
      for (const f of read)
        await fs.rename(path.join(inbox, f), path.join(left.get(f) === 0 ? unmatchedDir : done, f));
      read = [];
      fileOf = new Map();
    },
  };
}
