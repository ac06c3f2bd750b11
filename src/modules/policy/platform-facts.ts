import { Decimal } from 'decimal.js';
import type { Bilingual } from '../../shared/app-error.js';
import type { ApplicantKind, Facts } from './facts.js';
import { fxRateFor, USD_CNY_ANNUAL_AVERAGES, type FxRateTable } from './fx-rates.js';

/** What the platform holds of one enterprise for a year: its filing and its released trade. */
export interface PlatformRecord {
  filing: {
    /** The filing is approved (in the shared register) at the time of the run. */
    approved: boolean;
    kind: 'enterprise' | 'individual';
    /** Enterprise roles of the filing (ebc, ebp, park_operator, incubator, training, …). */
    roles: readonly string[];
    /** Linked shops filed and open. */
    shopsFiled: number;
  };
  /** The year's released inventories of which it is the e-commerce enterprise (clearance trade totals). */
  trade: readonly { flow: 'import' | 'export'; currency: string; value: string; parcels: number }[];
  /** It had released exports on the platform in an earlier year. */
  exportedBefore: boolean;
  /** Awards disbursed to it in earlier years, per rule id (the subsidy module's record). */
  priorAwards?: Readonly<Record<string, string>>;
}

/** The facts derived, and what could not be: plain notes for the enterprise and the reviewer. */
export interface DerivedFacts {
  facts: Facts;
  notes: Bilingual[];
}

const CNY = '142';
const USD = '502';

/** The filing's roles as the documents' kinds of applicant (支持范围). */
function applicantKindOf(roles: readonly string[]): ApplicantKind {
  if (roles.includes('park_operator')) return 'park_operator';
  if (roles.includes('incubator')) return 'incubator_operator';
  if (roles.includes('training')) return 'institution';
  return 'enterprise';
}

/**
 * The policy facts the platform computes from its own records (docs/policies.md, source `platform`):
 * the applicant's kind and filing, its linked shops, its connection to the platform, and its trade of
 * the year in yuan. Declared inventories in RMB count as they are; US dollars are converted at the
 * year's average rate (the same table the USD thresholds use); another currency cannot be converted
 * and leaves the trade facts unset (conditions on them stay undetermined, never false).
 */
export function platformFacts(
  year: number,
  record: PlatformRecord,
  fxRates: FxRateTable = USD_CNY_ANNUAL_AVERAGES,
): DerivedFacts {
  const notes: Bilingual[] = [];
  const { filing, trade } = record;
  const facts: Record<string, unknown> = {
    applicantKind: filing.kind === 'individual' ? 'enterprise' : applicantKindOf(filing.roles),
    filedOnPlatform: filing.approved,
    linkedShopsFiled: filing.shopsFiled > 0,
    // Its messages reach customs through the platform: that is the connection the documents ask for.
    connectedToPlatform: trade.some((t) => t.parcels > 0),
    hasCbecTradeRecord: trade.some((t) => t.parcels > 0),
    cbecExportedBeforePeriod: record.exportedBefore,
  };
  if (record.priorAwards) facts.priorAwards = record.priorAwards;

  const rate = fxRateFor(fxRates, year);
  let exportYuan = new Decimal(0);
  let allYuan = new Decimal(0);
  let convertible = true;
  for (const t of trade) {
    let yuan: Decimal;
    if (t.currency === CNY) yuan = new Decimal(t.value);
    else if (t.currency === USD && rate) yuan = new Decimal(t.value).times(rate.cnyPerUsd);
    else {
      convertible = false;
      notes.push(
        t.currency === USD
          ? {
              zh: `${year} 年美元平均汇率尚未公布，贸易额暂不能折算为人民币`,
              en: `The ${year} average USD rate is not published yet: trade cannot be converted to yuan`,
            }
          : {
              zh: `币制 ${t.currency} 的贸易额无法折算为人民币，请申报时填写`,
              en: `Trade in currency ${t.currency} cannot be converted to yuan: declare it when applying`,
            },
      );
      continue;
    }
    allYuan = allYuan.plus(yuan);
    if (t.flow === 'export') exportYuan = exportYuan.plus(yuan);
  }
  if (convertible) {
    // Yuan facts carry fen at most: cut, never rounded up (the engine's rule for amounts).
    facts.cbecExportYuan = exportYuan.toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed();
    facts.cbecImportExportYuan = allYuan.toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed();
  }
  return { facts: facts, notes: [...new Map(notes.map((n) => [n.en, n])).values()] };
}
