import { type Bilingual } from '../../../shared/app-error.js';
import { amount, exact, type Dec } from './decimal.js';
import { type LineComputation, type LineError } from './line-tax.js';
import { type Confidence, type RateRow } from './rate-table.js';

/**
 * The shape of a tax result and how one computed line is shown. Names follow CEB816 (customsTax,
 * valueAddedTax, consumptionTax, taxPrice) and CEB311 (taxTotal) so the result maps onto the messages
 * (customs-ceb.md §2.2, §3).
 */

/** One line of the result: what is payable, and every number that led to it. */
export interface LineTax {
  readonly gnum: number;
  readonly gcode: string;
  /** The rate-table row used, so a reviewer can find it (and see how sure it is). */
  readonly rateRow: {
    readonly line: number;
    readonly effectiveFrom: string;
    readonly confidence: Confidence;
    readonly source: string;
  };
  /** 完税价格 of the line; `taxPrice` is CEB816 TaxListRd.taxPrice. */
  readonly dutiableValue: {
    readonly goods: string;
    readonly freightShare: string;
    readonly insuranceShare: string;
    readonly taxPrice: string;
  };
  /** Statutory (法定) amounts and their bases, unrounded (10 decimals shown). */
  readonly trace: {
    readonly tariffRate: string;
    readonly tariff: string;
    readonly consumptionTaxApplies: boolean;
    readonly consumptionTaxThreshold: {
      readonly rule: string;
      readonly quantity: string;
      readonly unitValue: string;
      readonly met: boolean;
    } | null;
    readonly consumptionTaxAdValoremRate: string;
    readonly consumptionTaxSpecific: {
      readonly rule: string;
      readonly quantity: string;
      readonly amount: string;
    } | null;
    readonly consumptionTaxBase: string;
    readonly consumptionTax: string;
    readonly valueAddedTaxRate: string;
    readonly valueAddedTaxBase: string;
    readonly valueAddedTax: string;
    /** "0.7" within limits, "1" for full taxation. */
    readonly factor: string;
  };
  /** Payable, CEB816 field names. Fen under `per_line`, 5 decimals under `per_inventory`. */
  readonly payable: {
    readonly customsTax: string;
    readonly consumptionTax: string;
    readonly valueAddedTax: string;
    readonly total: string;
  };
}

export interface TaxTotals {
  /** Σ line taxPrice: the inventory's 完税价格. */
  readonly taxPrice: string;
  readonly customsTax: string;
  readonly consumptionTax: string;
  readonly valueAddedTax: string;
  /** CEB311 `taxTotal`: customsTax + consumptionTax + valueAddedTax. */
  readonly taxTotal: string;
}

export interface TaxError {
  readonly gnum?: number;
  readonly code: 'no_rate' | 'cannot_allocate' | LineError['code'];
  readonly message: Bilingual;
}

export type TaxResult =
  | {
      readonly ok: true;
      readonly date: string;
      /** Every amount is RMB (CEB currency code 142). */
      readonly currency: '142';
      readonly treatment: 'cbec_preferential' | 'cbec_full_tax';
      readonly rounding: 'per_line' | 'per_inventory';
      readonly lines: readonly LineTax[];
      readonly totals: TaxTotals;
      readonly citations: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly TaxError[] };

/** One line as computed, before presentation. */
export interface ComputedLine {
  readonly gnum: number;
  readonly gcode: string;
  /** Goods price, freight share, insurance share. */
  readonly parts: readonly [Dec, Dec, Dec];
  readonly row: RateRow;
  readonly c: LineComputation;
}

/**
 * Shows a line: intermediates unrounded (10 decimals), payable amounts through `round` (the rounding
 * strategy) and `format` (fen, or CEB's 5 decimals).
 */
export function presentLine(x: ComputedLine, round: (d: Dec) => Dec, format: (d: Dec) => string): LineTax {
  const { c, row } = x;
  const [g, f, ins] = x.parts;
  const p = {
    customsTax: round(c.payable.customsTax),
    consumptionTax: round(c.payable.consumptionTax),
    valueAddedTax: round(c.payable.valueAddedTax),
  };
  return {
    gnum: x.gnum,
    gcode: x.gcode,
    rateRow: {
      line: row.line,
      effectiveFrom: row.effectiveFrom,
      confidence: row.confidence,
      source: row.source,
    },
    dutiableValue: {
      goods: amount(g),
      freightShare: amount(f),
      insuranceShare: amount(ins),
      taxPrice: amount(g.plus(f).plus(ins)),
    },
    trace: {
      tariffRate: c.tariffRate.toFixed(),
      tariff: exact(c.tariffStatutory),
      consumptionTaxApplies: c.ct.applies,
      consumptionTaxThreshold: c.ct.threshold && {
        ...c.ct.threshold,
        unitValue: exact(c.ct.threshold.unitValue),
      },
      consumptionTaxAdValoremRate: c.ct.adValoremRate.toFixed(),
      consumptionTaxSpecific: c.ct.specific && { ...c.ct.specific, amount: exact(c.ct.specific.amount) },
      consumptionTaxBase: exact(c.ct.base),
      consumptionTax: exact(c.ct.statutory),
      valueAddedTaxRate: c.vat.rate.toFixed(),
      valueAddedTaxBase: exact(c.vat.base),
      valueAddedTax: exact(c.vat.statutory),
      factor: c.factor.toFixed(),
    },
    payable: {
      customsTax: format(p.customsTax),
      consumptionTax: format(p.consumptionTax),
      valueAddedTax: format(p.valueAddedTax),
      total: format(p.customsTax.plus(p.consumptionTax).plus(p.valueAddedTax)),
    },
  };
}
