import type { ParcelInfo } from '../ingest/message-documents.js';
import { computeRetailImportTax, type RateTable } from '../tax/index.js';

export interface ParcelTax {
  /** RMB, 2 decimals; null when the tables cannot answer (the reasons are in `tax.errors`). */
  taxTotal: string | null;
  tax: Record<string, unknown>;
}

/**
 * The combined retail import tax (综合税, 财关税〔2016〕18号 第二条; 财关税〔2018〕49号) of a parcel on the day it
 * goes to customs, for the treatment its limits gave: what the platform shows the enterprise and keeps
 * beside the parcel. Null for parcels received before the platform kept the lines' prices.
 */
export function parcelTax(
  info: ParcelInfo,
  treatment: 'cbec_preferential' | 'cbec_full_tax',
  day: string,
  rates: RateTable,
): ParcelTax | null {
  if (info.goods.some((g) => g.totalPrice === undefined)) return null;
  // Retail imports are declared in RMB (CEB621 currency 142); the message layer has checked it.
  if (info.currency !== '142')
    return {
      taxTotal: null,
      tax: {
        treatment,
        date: day,
        errors: [
          { code: 'not_rmb', message: { zh: '币制须为人民币（142）', en: 'The currency must be RMB (142)' } },
        ],
      },
    };
  const result = computeRetailImportTax(
    {
      treatment,
      currency: '142',
      freight: info.freight ?? '0',
      insuredFee: info.insuredFee ?? '0',
      lines: info.goods.map((g) => ({
        gnum: g.gnum,
        gcode: g.gcode,
        qty: g.qty,
        totalPrice: g.totalPrice!,
        ...(g.measures && Object.keys(g.measures).length ? { measures: g.measures } : {}),
      })),
    },
    { rates },
    day,
  );
  if (!result.ok) return { taxTotal: null, tax: { treatment, date: day, errors: result.errors } };
  return {
    taxTotal: result.totals.taxTotal,
    tax: {
      treatment,
      date: day,
      totals: result.totals,
      lines: result.lines.map((l) => ({
        gnum: l.gnum,
        gcode: l.gcode,
        taxPrice: l.dutiableValue.taxPrice,
        payable: l.payable,
        factor: l.trace.factor,
        rateRow: l.rateRow,
      })),
      citations: result.citations,
    },
  };
}
