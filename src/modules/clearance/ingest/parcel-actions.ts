import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { FieldError } from '../../../shared/app-error.js';
import type { Ctx } from '../../../shared/context.js';
import { clearanceRepository, type CustomsEventRow } from '../clearance.repository.js';
import type { CebMessage, CebMessageType } from '../messages/registry.js';
import type { ParcelInfo } from './message-documents.js';

/** Messages that act on a parcel instead of carrying a document: withdrawal and return. */
export const ACTION_MESSAGES = ['CEB605', 'CEB623', 'CEB625'] as const;
export type ActionMessageType = (typeof ACTION_MESSAGES)[number];

export function isActionMessage(type: CebMessageType): type is ActionMessageType {
  return (ACTION_MESSAGES as readonly string[]).includes(type);
}

export interface ParcelAction {
  kind: 'revoke' | 'return';
  flow: 'import' | 'export';
  invtNo: string;
  reason: string;
  /** Return: the original inventory's lines and the quantities sent back. */
  lines: { gnum: number; qty: string }[];
  senderCodes: string[];
}

export function actionsOf(type: ActionMessageType, message: CebMessage): ParcelAction[] {
  switch (type) {
    case 'CEB605':
      return (message as CebMessage<'CEB605'>).InvtCancel.map((c) => ({
        kind: 'revoke',
        flow: 'export',
        invtNo: c.invtNo,
        reason: c.reason,
        lines: [],
        senderCodes: [c.agentCode, c.ebcCode],
      }));
    case 'CEB623':
      return (message as CebMessage<'CEB623'>).InvtCancel.map((c) => ({
        kind: 'revoke',
        flow: 'import',
        invtNo: c.invtNo,
        reason: c.reason,
        lines: [],
        senderCodes: [c.agentCode, c.ebcCode],
      }));
    case 'CEB625':
      return (message as CebMessage<'CEB625'>).InvtRefund.map((r) => ({
        kind: 'return',
        flow: 'import',
        invtNo: r.InvtRefundHead.invtNo,
        reason: r.InvtRefundHead.reason,
        lines: r.InvtRefundList.map((l) => ({ gnum: l.gnum, qty: l.qty })),
        senderCodes: [r.InvtRefundHead.agentCode, r.InvtRefundHead.ebcCode],
      }));
  }
}

/**
 * Applies withdrawals and returns to their parcels (found by inventory number). A withdrawal (撤单) is
 * taken before release: the parcel is revoked and the buyer's quota given back. A return (退货, CEB625)
 * follows release: quantities at most those declared, and the quota of what comes back is given back
 * (customs-ceb.md §4.2 "Returns"). Returns the errors that refuse the message, or applies it.
 */
export async function applyParcelActions(
  ctx: Ctx,
  actions: ParcelAction[],
  senderCodes: string[],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const now = ctx.clock.now();
  const events: CustomsEventRow[] = [];
  // Checked whole first, applied only if every action holds: a message is taken whole or refused whole.
  const effects: (() => Promise<void>)[] = [];
  for (const [i, a] of actions.entries()) {
    const field = `documents[${i}]`;
    const parcel = await clearanceRepository.parcelByInvtNo(ctx.db, a.flow, a.invtNo);
    if (!parcel) {
      errors.push({
        field: `${field}.invtNo`,
        code: 'not_found',
        message: { zh: `清单 ${a.invtNo} 不存在`, en: `No inventory ${a.invtNo}` },
      });
      continue;
    }
    const facts = (await clearanceRepository.factsByIds(ctx.db, [parcel.id])).get(parcel.id) as {
      parcel: ParcelInfo;
      lines: { gnum: number; qty: string; price: string }[];
    };
    if (!a.senderCodes.some((c) => senderCodes.includes(c))) {
      errors.push({
        field,
        code: 'not_party',
        message: { zh: '发送企业不是该清单的当事企业', en: 'The sender is not a party to this inventory' },
      });
      continue;
    }
    if (a.kind === 'revoke') {
      if (parcel.revoked_at) continue;
      if (parcel.released_at) {
        errors.push({
          field,
          code: 'released',
          message: {
            zh: '清单已放行，不能撤单，请申请退货',
            en: 'The inventory is released: apply for a return instead',
          },
        });
        continue;
      }
      effects.push(async () => {
        await clearanceRepository.updateParcel(ctx.db, parcel.id, { revoked_at: now, updated_at: now });
        await clearanceRepository.releaseQuota(ctx.db, parcel.id, now);
      });
      events.push({
        id: randomUUID(),
        parcel_id: parcel.id,
        status: 'revoked',
        info: `撤单：${a.reason}`,
        source: 'platform',
        at: now,
        recorded_at: now,
      });
      continue;
    }
    if (!parcel.released_at) {
      errors.push({
        field,
        code: 'not_released',
        message: {
          zh: '清单尚未放行，不能退货，请撤单',
          en: 'The inventory is not released: withdraw it instead',
        },
      });
      continue;
    }
    const declared = new Map(facts.lines.map((l) => [l.gnum, l]));
    let value = new Decimal(0);
    for (const l of a.lines) {
      const d = declared.get(l.gnum);
      if (!d || new Decimal(l.qty).gt(d.qty)) {
        errors.push({
          field: `${field}.InvtRefundList[gnum=${l.gnum}].qty`,
          code: 'over_declared',
          message: {
            zh: '退货数量超过清单申报数量',
            en: 'The quantity returned is more than the inventory declared',
          },
        });
        continue;
      }
      value = value.plus(new Decimal(d.price).times(l.qty));
    }
    if (errors.length) continue;
    effects.push(() => clearanceRepository.reduceQuota(ctx.db, parcel.id, value.toFixed(2), now));
    events.push({
      id: randomUUID(),
      parcel_id: parcel.id,
      status: 'returned',
      info: `退货 ${value.toFixed(2)} 元：${a.reason}`,
      source: 'platform',
      at: now,
      recorded_at: now,
    });
  }
  if (errors.length) return errors;
  for (const apply of effects) await apply();
  await clearanceRepository.insertEvents(ctx.db, events);
  return [];
}
