import { Decimal } from 'decimal.js';
import type { Bilingual } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { tradeFigureByCurrency } from '../clearance/index.js';
import { listRegisterFacts } from '../enterprise/index.js';
import { fxRateFor, USD_CNY_ANNUAL_AVERAGES } from '../policy/index.js';
import {
  assessGoal,
  assessmentYear,
  GOALS,
  type Goal,
  type GoalAssessment,
  type GoalProgressInput,
} from './goals.js';
import { governanceRepository } from './governance.repository.js';
import { ZGoalQuery } from './governance.schemas.js';
import { requireZone, todayOf } from './governance-support.js';

const CNY = '142';
const USD = '502';

export interface GoalProgress {
  zoneCode: string;
  asOf: string;
  goals: GoalAssessment[];
}

/**
 * Every goal of a zone assessed on a day (default today, China time) from the platform's data and the
 * figures bureaus reported. The method is in README.md § Goals.
 */
export async function goalProgress(ctx: Ctx, zoneCode: string, query: unknown = {}): Promise<GoalProgress> {
  const actor = authorize(ctx, 'governance:read');
  requireZone(actor, zoneCode);
  const { asOf: given } = parseOrThrow(ZGoalQuery, query);
  const asOf = given ?? todayOf(ctx);
  const goals = GOALS.filter((g) => g.zoneCode === zoneCode);
  const out: GoalAssessment[] = [];
  for (const goal of goals) out.push(assessGoal(goal, await measure(ctx, goal, asOf), asOf));
  return { zoneCode, asOf, goals: out };
}

async function measure(ctx: Ctx, goal: Goal, asOf: string): Promise<GoalProgressInput> {
  const year = assessmentYear(goal, asOf);
  if (goal.progressFrom === 'reported') {
    const row = await governanceRepository.latestIndicatorValue(ctx.db, goal.zoneCode, goal.indicator, year);
    if (!row) return { value: null };
    return {
      value: new Decimal(row.value).toFixed(),
      note: {
        zh: `${row.period}年报送数：${row.source_note}`,
        en: `Figure reported for ${row.period}: ${row.source_note}`,
      },
    };
  }
  if (goal.indicator === 'parks') {
    // Parks are the approved filings with the park operator role (园区运营企业): the register as it stands.
    const facts = await listRegisterFacts(ctx, goal.zoneCode);
    const parks = facts.filter((f) => f.approved && f.roles.includes('park_operator')).length;
    return {
      value: String(parks),
      note: {
        zh: '已备案的园区运营企业数（当前）',
        en: 'Approved filings of park operators (current register)',
      },
    };
  }
  return tradeValue(ctx, goal, year);
}

/**
 * The year's released cross-border trade (imports and exports, every trade mode) in the goal's unit.
 * Yuan and US dollars convert at the year's average rate (the policy module's table); trade in another
 * currency, or in a year without a published rate, is left out and named in the note, never guessed.
 */
async function tradeValue(ctx: Ctx, goal: Goal, year: number): Promise<GoalProgressInput> {
  // The zone's monthly trade sums (kept by the statistics job), per currency: a dozen rows, not the parcels.
  const totals = await tradeFigureByCurrency(ctx, {
    zoneCodes: [goal.zoneCode],
    fromMonth: `${year}-01`,
    toMonth: `${year}-12`,
    filter: {},
  });
  const rate = fxRateFor(USD_CNY_ANNUAL_AVERAGES, year);
  let value = new Decimal(0);
  const left: string[] = [];
  for (const t of totals) {
    const v = new Decimal(t.value);
    const inUnit =
      goal.unit === 'yuan'
        ? t.currency === CNY
          ? v
          : t.currency === USD && rate
            ? v.times(rate.cnyPerUsd)
            : null
        : t.currency === USD
          ? v
          : t.currency === CNY && rate
            ? v.div(rate.cnyPerUsd)
            : null;
    if (inUnit) value = value.plus(inUnit);
    else left.push(`${t.currency}: ${t.value}`);
  }
  const rateText = rate ? `1 USD = ${rate.cnyPerUsd} CNY（${year}）` : `no ${year} rate`;
  const note: Bilingual = {
    zh: `平台${year}年已放行跨境电商进出口清单货值（${rateText}）${left.length ? `；未折算：${left.join('，')}` : ''}`,
    en: `Released cross-border inventories of ${year}, imports and exports (${rateText})${left.length ? `; not converted: ${left.join(', ')}` : ''}`,
  };
  return { value: value.toDecimalPlaces(2).toFixed(), note };
}
