import type { Bilingual } from '../../shared/app-error.js';
import {
  evaluatePlanned,
  FACTS,
  type DerivedFacts,
  type EvaluationPlan,
  type FactId,
} from '../policy/index.js';
import { money, yuan, ZERO } from './money.js';

/**
 * Standing facts (一、支持范围) the platform does not hold but an enterprise whose inventories customs
 * released in the year almost always meets: filed in the zone, so registered there; released
 * inventories are in customs' cross-border e-commerce statistics; a company filing is a legal person.
 * The run assumes them to estimate the items, says so in the notes, and the enterprise confirms them in
 * the draft before submitting (its evidence is checked in review).
 */
const STANDING: readonly FactId[] = [
  'registeredAndTaxedInZone',
  'inCustomsCbecStatistics',
  'independentLegalPerson',
];

/** One item an enterprise is likely entitled to, as the run found it. */
export interface EntitlementItem {
  readonly ruleId: string;
  readonly documentKey: string;
  readonly citation: string;
  readonly title: Bilingual;
  readonly status: 'eligible' | 'undetermined';
  /** The maximum in yuan (two decimals); null while undetermined. */
  readonly maximum: string | null;
  readonly tier: Bilingual | null;
  /** Facts still needed (undetermined), by id. */
  readonly missingFacts: readonly string[];
}

export interface EntitlementFinding {
  /** What the platform derived, without the assumptions. */
  readonly facts: Record<string, unknown>;
  /** The derived facts plus the standing facts assumed: what a prepared draft is filled with. */
  readonly draftFacts: Record<string, unknown>;
  readonly items: EntitlementItem[];
  readonly eligibleRuleIds: string[];
  /** Σ maximums of the eligible items, yuan. */
  readonly totalMax: string;
  readonly notes: Bilingual[];
}

const isPlatformFact = (id: string) => FACTS[id as FactId]?.source === 'platform';

/**
 * Evaluates one enterprise's derived facts under the zone's plan and keeps its likely payment items:
 * eligible ones with their maximum, and undetermined ones whose missing facts are all the platform's
 * own, or none (no average USD rate published yet for a USD threshold). Items that wait on facts only the enterprise can
 * declare (a promotion fee, a lease) are not listed: nothing the platform holds points to them, and
 * listing them would tell every enterprise of every item.
 */
export function findEntitlement(
  plan: EvaluationPlan,
  derived: DerivedFacts,
  traded: boolean,
): EntitlementFinding {
  const facts = derived.facts as Record<string, unknown>;
  const draftFacts: Record<string, unknown> = { ...facts };
  const assumed: string[] = [];
  // Only an enterprise with released trade of the year is assumed to be in standing: the assumption
  // rests on that record. A filing of an individual is no legal person.
  if (traded)
    for (const id of STANDING) {
      if (id === 'independentLegalPerson' && facts.applicantKind !== 'enterprise') continue;
      if (draftFacts[id] === undefined) {
        draftFacts[id] = true;
        assumed.push(id);
      }
    }
  const evaluation = evaluatePlanned(plan, draftFacts);
  const items: EntitlementItem[] = [];
  let total = ZERO;
  for (const r of evaluation.items) {
    if (r.kind !== 'payment') continue;
    if (r.status === 'eligible' && r.amount !== null && money(r.amount).gt(0)) {
      total = total.plus(money(r.amount));
      items.push(item(r, 'eligible', r.amount, []));
    } else if (r.status === 'undetermined' && r.missingFacts.every(isPlatformFact))
      items.push(item(r, 'undetermined', null, r.missingFacts));
  }
  const notes = [...derived.notes];
  if (items.length && assumed.length)
    notes.push({
      zh: `测算假定：${assumed.map((id) => FACTS[id as FactId].zh).join('、')}（请在申请中确认）`,
      en: `Estimated assuming: ${assumed.map((id) => FACTS[id as FactId].en).join('; ')} (confirm in the application)`,
    });
  return {
    facts,
    draftFacts,
    items,
    eligibleRuleIds: items.filter((i) => i.status === 'eligible').map((i) => i.ruleId),
    totalMax: yuan(total),
    notes,
  };
}

function item(
  r: ReturnType<typeof evaluatePlanned>['items'][number],
  status: EntitlementItem['status'],
  maximum: string | null,
  missingFacts: readonly string[],
): EntitlementItem {
  return {
    ruleId: r.ruleId,
    documentKey: r.documentKey,
    citation: r.citation,
    title: r.title,
    status,
    maximum,
    tier: r.tier?.label ?? null,
    missingFacts,
  };
}
