import type { Bilingual } from '../../../shared/app-error.js';

/**
 * customs' response status codes of the unified version (returnStatus; customs-ceb.md §2.4, spec §7).
 * Kept as the strings customs sends.
 */
export const CUSTOMS_STATUS = {
  '1': { zh: '电子口岸已暂存', en: 'Stored as a draft at the e-port' },
  '2': { zh: '电子口岸申报中', en: 'Being declared at the e-port' },
  '3': { zh: '发送海关成功', en: 'Sent to customs' },
  '4': { zh: '发送海关失败', en: 'Sending to customs failed' },
  '100': { zh: '海关退单', en: 'Rejected by customs' },
  '120': { zh: '海关入库', en: 'Accepted into the customs database' },
  '300': { zh: '人工审核', en: 'Manual review' },
  '399': { zh: '海关审结', en: 'Review concluded' },
  '500': { zh: '查验', en: 'Inspection' },
  '501': { zh: '扣留移送通关', en: 'Detained, handed to clearance' },
  '502': { zh: '扣留移送缉私', en: 'Detained, handed to anti-smuggling' },
  '503': { zh: '扣留移送法规', en: 'Detained, handed to the legal department' },
  '599': { zh: '其它扣留', en: 'Detained (other)' },
  '700': { zh: '退运', en: 'Returned abroad' },
  '800': { zh: '放行', en: 'Released' },
  '899': { zh: '结关', en: 'Closed' },
} as const satisfies Record<string, Bilingual>;

export type CustomsStatus = keyof typeof CUSTOMS_STATUS;

/** Statuses after which customs changes nothing more about the document. */
export const FINAL_STATUSES: readonly CustomsStatus[] = ['100', '700', '899'];

/**
 * Customs turned the declaration down: 海关退单 (100) or a processing exception (a negative code). The
 * inventory is no longer under customs' review; the enterprise corrects it and declares it again with
 * appType 2 (customs-ceb.md §2.4).
 */
export const isRejection = (status: string | null): boolean =>
  status !== null && (status === '100' || status.startsWith('-'));

/**
 * Where a parcel's declaration stands with customs: not sent yet; with customs, under review or released
 * (its documents no longer change but through a withdrawal, before release); withdrawn (撤单: customs holds no inventory any more, and a new one
 * may be declared, appType 1); or rejected (退单, or refused before sending with customs' code for a
 * retail limit: corrected and declared again, appType 2).
 */
export type DeclarationState = 'not_sent' | 'with_customs' | 'withdrawn' | 'rejected';

export function declarationState(parcel: {
  sent_at: Date | null;
  revoked_at: Date | null;
  customs_status: string | null;
}): DeclarationState {
  // Revoked before it was sent: its inventory was deleted (appType 3) and is declared anew.
  if (parcel.revoked_at) return parcel.sent_at ? 'withdrawn' : 'not_sent';
  if (isRejection(parcel.customs_status)) return 'rejected';
  return parcel.sent_at ? 'with_customs' : 'not_sent';
}

/** Processing exceptions (negative codes, spec §7 table 7-2) the platform meets most. */
export const CUSTOMS_EXCEPTIONS = {
  '-301010': { zh: '已存在相同编号的订单', en: 'An order with the same number exists' },
  '-621004': { zh: '重复申报', en: 'Duplicate declaration' },
  '-621005': { zh: '购买金额超过单笔限额', en: 'The purchase exceeds the single-transaction limit' },
  '-621018': { zh: '超过年度限额', en: 'The annual limit is exceeded' },
  '-621029': { zh: '验签失败', en: 'Signature verification failed' },
} as const satisfies Record<string, Bilingual>;
