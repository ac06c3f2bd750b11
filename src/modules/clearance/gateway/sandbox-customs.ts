import { createHash } from 'node:crypto';
import type { CustomsStatus } from './customs-status.js';

/** How often the sandbox customs rejects and inspects; each a probability from 0 to 1. */
export interface SandboxRates {
  rejection: number;
  inspection: number;
}

/** One answer of customs to a declared inventory, `afterMs` after it was sent. */
export interface SandboxStep {
  status: CustomsStatus;
  info: string;
  afterMs: number;
}

/** Reasons the sandbox gives for a rejection: the kind real rejections cite. */
export const SANDBOX_REJECTIONS = [
  '商品编码与申报要素不符',
  '申报价格明显偏低，请核实',
  '订购人身份信息校验未通过',
  '原产国（地区）与商品信息不符',
  '运单信息与清单不一致',
] as const;

/** A number in [0, 1) fixed by the seed and the key: the same inventory always meets the same fate. */
export function draw(seed: string, key: string, salt: string): number {
  const h = createHash('sha256').update(`${seed}\u0000${salt}\u0000${key}`).digest();
  return h.readUIntBE(0, 6) / 2 ** 48;
}

/**
 * The sandbox customs' answers to one inventory, in order, deterministic under the seed: declared (2),
 * accepted (120), then rejected (100, with a reason), or inspected (500) then released (800), or
 * reviewed (399) and released (800). Typical sequence after customs-ceb.md §2.4 (simulator fucl123/crs).
 * `key` draws the fate; `name` is what the first answer names.
 */
export function sandboxLifecycle(seed: string, key: string, rates: SandboxRates, name = key): SandboxStep[] {
  const steps: SandboxStep[] = [
    { status: '2', info: `新增申报成功[${name}]`, afterMs: 0 },
    { status: '120', info: '海关入库', afterMs: 1_000 },
  ];
  if (draw(seed, key, 'reject') < rates.rejection) {
    const reasons = SANDBOX_REJECTIONS;
    const reason = reasons[Math.floor(draw(seed, key, 'reason') * reasons.length)]!;
    steps.push({ status: '100', info: `海关退单：${reason}`, afterMs: 5_000 });
    return steps;
  }
  if (draw(seed, key, 'inspect') < rates.inspection) {
    steps.push(
      { status: '500', info: '查验', afterMs: 5_000 },
      { status: '800', info: '查验完毕，放行', afterMs: 60_000 },
    );
    return steps;
  }
  steps.push(
    { status: '399', info: '海关审结', afterMs: 3_000 },
    { status: '800', info: '放行', afterMs: 5_000 },
  );
  return steps;
}

/** One declaration of a parcel: the parcel and when it was sent. Each meets a fate of its own. */
export const declarationKey = (parcelId: string, sentAt: Date) => `${parcelId}@${sentAt.toISOString()}`;

/** The receipt customs answers each relayed message with (customs-ceb.md §2.2). */
export const RECEIPT_TYPES: Readonly<Record<string, string>> = {
  CEB507: 'CEB508',
  CEB509: 'CEB510',
  CEB605: 'CEB606',
  CEB623: 'CEB624',
  CEB625: 'CEB626',
};

/** A relayed record awaiting customs' receipt, with its parcels' declarations. */
export interface RelayedRecord {
  type: string;
  relayedAt: Date;
  parcels: { parcelId: string; sentAt: Date | null }[];
}

/**
 * The sandbox customs' receipt of a relayed record, two seconds after it was relayed: concluded (399),
 * but a withdrawal of a parcel customs had released by then (its declaration's fate, as
 * sandboxLifecycle draws it), which is refused (100): no withdrawal after release.
 */
export function sandboxReceipt(
  seed: string,
  record: RelayedRecord,
  rates: (parcelId: string) => SandboxRates,
): { type: string; status: CustomsStatus; info: string; at: Date } | null {
  const type = RECEIPT_TYPES[record.type];
  if (!type) return null;
  const at = new Date(record.relayedAt.getTime() + 2_000);
  if (record.type !== 'CEB605' && record.type !== 'CEB623')
    return { type, status: '399', info: '海关审结', at };
  const released = record.parcels.some(({ parcelId, sentAt }) => {
    if (!sentAt) return false;
    const release = sandboxLifecycle(seed, declarationKey(parcelId, sentAt), rates(parcelId)).find(
      (s) => s.status === '800',
    );
    return release !== undefined && sentAt.getTime() + release.afterMs <= record.relayedAt.getTime();
  });
  return released
    ? { type, status: '100', info: '清单已放行，不能撤单', at }
    : { type, status: '399', info: '撤单审核通过', at };
}
