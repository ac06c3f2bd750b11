import { type Bilingual } from '../../../shared/app-error.js';
import { Dec, ONE, ZERO } from './decimal.js';
import { formatPerMeasure, measureAgainst, neededUnits, type Measures, type PerMeasure } from './measure.js';
import { type RateRow } from './rate-table.js';

/** Treatments that levy tax through the retail channel (general trade is a customs declaration). */
export type TaxedTreatment = 'cbec_preferential' | 'cbec_full_tax';

/** 18号 第三条: "暂按法定应纳税额的70%征收" within the limits; 49号 第二条: in full for the one-item case. */
export const PREFERENTIAL_FACTOR = new Dec('0.7');

export interface LineFacts {
  readonly gnum: number;
  readonly gcode: string;
  /** 完税价格 of the line: retail price + its freight share + its insurance share. */
  readonly dutiableValue: Dec;
  readonly measures: Measures | undefined;
}

/** Every step of one line, unrounded. Payable amounts are rounded later, by the chosen strategy. */
export interface LineComputation {
  readonly tariffRate: Dec;
  readonly tariffStatutory: Dec;
  readonly ct: {
    readonly applies: boolean;
    readonly threshold: { rule: string; quantity: string; unitValue: Dec; met: boolean } | null;
    readonly adValoremRate: Dec;
    readonly specific: { rule: string; quantity: string; amount: Dec } | null;
    readonly base: Dec;
    readonly statutory: Dec;
  };
  readonly vat: { readonly rate: Dec; readonly base: Dec; readonly statutory: Dec };
  readonly factor: Dec;
  readonly payable: { readonly customsTax: Dec; readonly consumptionTax: Dec; readonly valueAddedTax: Dec };
}

export interface LineError {
  readonly gnum: number;
  readonly code: 'missing_measure' | 'zero_measure' | 'no_tariff_rate';
  readonly message: Bilingual;
}

/**
 * One line's taxes, following rules.md §1.2 and, for specific and compound consumption tax, the
 * import formula of 《消费税暂行条例》第九条 (README.md §Formulas):
 *   tariff  T  = P × t                       (t = 0 within limits, 18号 第三条)
 *   CT base B  = (P + T + Q × s) ÷ (1 − c)   (组成计税价格; Q × s the specific part, 0 if none)
 *   CT         = B × c + Q × s
 *   VAT base   = P + T + CT                  (the full statutory CT, rules.md §1.2)
 *   VAT        = VAT base × v
 *   payable    = statutory × 70 % within limits, × 100 % for the one-item case; tariff 0 within limits.
 */
export function computeLine(
  facts: LineFacts,
  row: RateRow,
  treatment: TaxedTreatment,
): { ok: true; value: LineComputation } | { ok: false; errors: LineError[] } {
  const P = facts.dutiableValue;
  const preferential = treatment === 'cbec_preferential';
  const errors: LineError[] = [];

  // Within limits the tariff rate is 0 % (18号 第三条); in full, the goods' own rate must be known.
  if (!preferential && row.tariffRate === null)
    errors.push({
      gnum: facts.gnum,
      code: 'no_tariff_rate',
      message: {
        zh: `全额征税需要商品编码 ${row.hsCode} 的关税税率，税率表第 ${row.line} 行未给出`,
        en: `Full taxation needs the import-duty rate of ${row.hsCode}; rate table line ${row.line} has none`,
      },
    });
  const tariffRate = preferential || row.tariffRate === null ? ZERO : new Dec(row.tariffRate);
  const tariff = P.times(tariffRate);

  // The threshold decides whether the goods bear consumption tax at all (e.g. 高档化妆品).
  let threshold: LineComputation['ct']['threshold'] = null;
  if (row.ctThreshold.length > 0) {
    const m = measure(facts, row.ctThreshold, 'ct_threshold', errors);
    if (m && m.units.isZero())
      errors.push({
        gnum: facts.gnum,
        code: 'zero_measure',
        message: {
          zh: `商品项 ${facts.gnum} 的 ${m.baseUnit} 数量为 0，无法计算单位完税价格`,
          en: `Line ${facts.gnum} has a zero ${m.baseUnit} quantity: no unit value to compare`,
        },
      });
    else if (m) {
      const unitValue = P.dividedBy(m.units);
      threshold = {
        rule: formatPerMeasure(m.alternative),
        quantity: `${m.baseQuantity} ${m.baseUnit}`,
        unitValue,
        met: unitValue.gte(m.alternative.amount), // "及以上" / "(含)以上": at least
      };
    }
  }
  const hasCt = row.ctAdValoremRate !== null || row.ctSpecific.length > 0;
  const applies = hasCt && (row.ctThreshold.length === 0 || threshold?.met === true);

  const c = applies && row.ctAdValoremRate !== null ? new Dec(row.ctAdValoremRate) : ZERO;
  let specific: LineComputation['ct']['specific'] = null;
  if (applies && row.ctSpecific.length > 0) {
    const m = measure(facts, row.ctSpecific, 'ct_specific', errors);
    if (m)
      specific = {
        rule: formatPerMeasure(m.alternative),
        quantity: `${m.baseQuantity} ${m.baseUnit}`,
        amount: m.units.times(m.alternative.amount),
      };
  }
  if (errors.length) return { ok: false, errors };

  const specificAmount = specific?.amount ?? ZERO;
  const ctBase = P.plus(tariff).plus(specificAmount).dividedBy(ONE.minus(c));
  const ct = ctBase.times(c).plus(specificAmount);

  const v = new Dec(row.vatRate);
  const vatBase = P.plus(tariff).plus(ct);
  const vat = vatBase.times(v);

  const factor = preferential ? PREFERENTIAL_FACTOR : ONE;
  return {
    ok: true,
    value: {
      tariffRate,
      tariffStatutory: tariff,
      ct: { applies, threshold, adValoremRate: c, specific, base: ctBase, statutory: ct },
      vat: { rate: v, base: vatBase, statutory: vat },
      factor,
      payable: {
        // Within limits the tariff rate is 0 (暂设为0%), not 70 % of a tariff.
        customsTax: preferential ? ZERO : tariff,
        consumptionTax: ct.times(factor),
        valueAddedTax: vat.times(factor),
      },
    },
  };
}

/** The line measured against rate alternatives; records an error and returns undefined if it cannot be. */
function measure(facts: LineFacts, alternatives: readonly PerMeasure[], column: string, errors: LineError[]) {
  const m = measureAgainst(alternatives, facts.measures);
  if (m) return m;
  const units = neededUnits(alternatives).join(' / ');
  const rule = alternatives.map(formatPerMeasure);
  errors.push({
    gnum: facts.gnum,
    code: 'missing_measure',
    message: {
      zh: `商品项 ${facts.gnum}（${facts.gcode}）需要以 ${units} 计的数量（税率表 ${column}：${rule.join('；')}）`,
      en: `Line ${facts.gnum} (${facts.gcode}) needs its quantity in ${units} (rate table ${column}: ${rule.join('; ')})`,
    },
  });
  return undefined;
}
