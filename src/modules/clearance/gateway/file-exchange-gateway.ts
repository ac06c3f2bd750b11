import fs from 'node:fs/promises';
import path from 'node:path';
import { parseCebMessage } from '../messages/parse.js';
import type { CustomsAnswer, CustomsGateway, OutgoingParcel, RelayedMessage } from './customs-gateway.js';

/** yyyyMMddHHmmssfff in China Standard Time (customs' clock) → Date. */
export function parseReturnTime(s: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})$/.exec(s);
  if (!m) return undefined;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}+08:00`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

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
    const at = parseReturnTime(r.returnTime);
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

/**
 * File exchange with a single-window client: outgoing messages are written to `outbox/` (atomically, one
 * file per message, never twice), customs' responses are read from `inbox/`. A response file moves to
 * `inbox/done/` only after its answers are committed (acknowledge), so a crash reads it again — and
 * recording answers is idempotent.
 */
export function fileExchangeGateway(dir: string): CustomsGateway & { acknowledge(): Promise<void> } {
  const outbox = path.join(dir, 'outbox');
  const inbox = path.join(dir, 'inbox');
  const done = path.join(inbox, 'done');
  const failed = path.join(inbox, 'failed');
  let read: string[] = [];
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
      await fs.mkdir(done, { recursive: true });
      await fs.mkdir(failed, { recursive: true });
      const files = (await fs.readdir(inbox)).filter((f) => f.toLowerCase().endsWith('.xml')).sort();
      const out: CustomsAnswer[] = [];
      read = [];
      for (const f of files) {
        const file = path.join(inbox, f);
        const parsed = parseCebMessage(await fs.readFile(file));
        const receipts = parsed.ok ? receiptsOf(parsed.type, parsed.message) : undefined;
        if (receipts) {
          out.push(...receipts);
          read.push(f);
          continue;
        }
        if (!parsed.ok || (parsed.type !== 'CEB622' && parsed.type !== 'CEB604')) {
          // Not a response we read: set aside for an operator, never silently dropped.
          await fs.rename(file, path.join(failed, f));
          continue;
        }
        const returns = parsed.message.InventoryReturn;
        for (const r of returns) {
          const at = parseReturnTime(r.returnTime);
          if (!at) continue;
          out.push({
            inventoryGuid: r.guid,
            status: r.returnStatus as CustomsAnswer['status'],
            info: r.returnInfo ?? '',
            at,
            invtNo: r.invtNo || undefined,
          });
        }
        read.push(f);
      }
      return out;
    },
    async acknowledge() {
      for (const f of read) await fs.rename(path.join(inbox, f), path.join(done, f));
      read = [];
    },
  };
}
