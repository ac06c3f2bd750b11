import { CATALOGUE } from '../../../policies/index.js';
import { AppError, type Bilingual } from '../../shared/app-error.js';
import { addDays, daysInclusive, firstDay, lastDay } from './dates.js';
import { FACTS, isFactId } from './facts.js';
import type {
  Amount,
  Catalogue,
  Condition,
  Param,
  PolicyDocument,
  RuleKind,
  Basis,
  ZoneId,
} from './types.js';

/** The policies shipped under policies/<zone>/. */
export const DEFAULT_CATALOGUE: Catalogue = CATALOGUE;

export function catalogueOf(catalogue: Catalogue, zone: ZoneId): readonly PolicyDocument[] {
  return catalogue[zone];
}

export type VersionChoice =
  | {
      readonly kind: 'in_force';
      readonly doc: PolicyDocument;
      /** The last day of the period on which the version is in force: parameters are read on it. */
      readonly referenceDate: string;
      readonly daysInForce: number;
      readonly partialYear: boolean;
    }
  | { readonly kind: 'not_in_force'; readonly doc: PolicyDocument; readonly reason: Bilingual };

interface Interval {
  readonly doc: PolicyDocument;
  readonly from: string;
  readonly until: string | null;
}

function defect(zh: string, en: string): AppError {
  return new AppError('internal', { zh: `政策目录有误：${zh}`, en: `policy catalogue defect: ${en}` });
}

/**
 * The effective validity of each version of a series, checked: versions must follow one another
 * without a gap or an overlap (the day after one ends, the next begins). A draft counts only when
 * drafts are included, from its assumed date.
 */
export function seriesIntervals(series: readonly PolicyDocument[], includeDrafts: boolean): Interval[] {
  const out: Interval[] = [];
  for (const doc of series) {
    const from =
      doc.validity.from ?? (includeDrafts && doc.stage === 'draft' ? doc.draftAssumedFrom : undefined);
    if (doc.stage === 'draft' && !includeDrafts) continue;
    if (!from) continue;
    if (doc.validity.until && doc.validity.until < from)
      throw defect(`${doc.citeAs} 有效期止于起始日之前`, `${doc.citeAs} ends before it begins`);
    out.push({ doc, from, until: doc.validity.until });
  }
  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const next = out[i]!;
    if (prev.until === null || prev.until >= next.from)
      throw defect(
        `${prev.doc.citeAs} 与 ${next.doc.citeAs} 的有效期重叠`,
        `the validities of ${prev.doc.citeAs} and ${next.doc.citeAs} overlap`,
      );
    if (addDays(prev.until, 1) !== next.from)
      throw defect(
        `${prev.doc.citeAs}（至 ${prev.until}）与 ${next.doc.citeAs}（自 ${next.from}）之间有空档`,
        `a gap between ${prev.doc.citeAs} (until ${prev.until}) and ${next.doc.citeAs} (from ${next.from})`,
      );
  }
  return out;
}

/**
 * The version of a series that governs a calendar year. A version governs the year if it is in force
 * on at least one day of it (the year's performance, 当年, is rewarded under the policy that was in
 * force during it); when two versions share the year, the one in force on the last covered day
 * governs, so one performance is judged once. Outside every validity: not in force, with the reason
 * taken from the nearest version.
 */
export function versionFor(
  series: readonly PolicyDocument[],
  year: number,
  includeDrafts: boolean,
): VersionChoice {
  const intervals = seriesIntervals(series, includeDrafts);
  const start = firstDay(year);
  const end = lastDay(year);
  let chosen: Interval | undefined;
  for (const iv of intervals) if (iv.from <= end && (iv.until === null || iv.until >= start)) chosen = iv;
  if (chosen) {
    const referenceDate = chosen.until !== null && chosen.until < end ? chosen.until : end;
    const from = chosen.from > start ? chosen.from : start;
    const daysInForce = daysInclusive(from, referenceDate);
    return {
      kind: 'in_force',
      doc: chosen.doc,
      referenceDate,
      daysInForce,
      partialYear: daysInForce < daysInclusive(start, end),
    };
  }
  const first = intervals[0];
  const last = intervals[intervals.length - 1];
  if (!first || !last) {
    const doc = series[0]!;
    return {
      kind: 'not_in_force',
      doc,
      reason: {
        zh: `${doc.citeAs}为征求意见稿，尚未公布施行（测算请选择包含草案）`,
        en: `${doc.citeAs} is a draft for comments and not in force (include drafts to estimate)`,
      },
    };
  }
  if (end < first.from)
    return {
      kind: 'not_in_force',
      doc: first.doc,
      reason: {
        zh: `${first.doc.citeAs}自 ${first.from} 起施行，${year}年不在有效期内`,
        en: `${first.doc.citeAs} is in force from ${first.from}; ${year} is outside its validity`,
      },
    };
  return {
    kind: 'not_in_force',
    doc: last.doc,
    reason: {
      zh: `${last.doc.citeAs}有效期至 ${last.until ?? ''}，${year}年不在有效期内`,
      en: `${last.doc.citeAs} was valid until ${last.until ?? ''}; ${year} is outside its validity`,
    },
  };
}

// ── listing ──

export type PolicyStatus = 'draft' | 'issued' | 'in_force' | 'expired' | 'not_yet_in_force';

export interface PolicySummary {
  readonly key: string;
  readonly series: string;
  readonly docNumber: string | null;
  readonly title: string;
  readonly citeAs: string;
  readonly issuer: Bilingual;
  /** As of `on` when given; otherwise only draft / issued. */
  readonly status: PolicyStatus;
  readonly validity: { readonly from: string | null; readonly until: string | null };
  readonly validityNote: Bilingual;
  readonly articles: number;
  readonly rules: readonly {
    readonly id: string;
    readonly article: string;
    readonly citation: string;
    readonly title: Bilingual;
    readonly kind: RuleKind;
    readonly basis: Basis | null;
  }[];
}

export function statusOf(doc: PolicyDocument, on?: string): PolicyStatus {
  if (doc.stage === 'draft') return 'draft';
  if (!on) return 'issued';
  if (doc.validity.from && on < doc.validity.from) return 'not_yet_in_force';
  if (doc.validity.until && on > doc.validity.until) return 'expired';
  return 'in_force';
}

/** A zone's documents and their items; `on` (YYYY-MM-DD) gives the status on that day. */
export function listPolicies(
  zone: ZoneId,
  on?: string,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): PolicySummary[] {
  return catalogueOf(catalogue, zone).map((doc) => ({
    key: doc.key,
    series: doc.series,
    docNumber: doc.docNumber,
    title: doc.title,
    citeAs: doc.citeAs,
    issuer: doc.issuer,
    status: statusOf(doc, on),
    validity: doc.validity,
    validityNote: doc.validityNote,
    articles: doc.articles.length,
    rules: doc.rules.map((r) => ({
      id: r.id,
      article: r.article,
      citation: r.citation,
      title: r.title,
      kind: r.kind,
      basis: r.basis ?? null,
    })),
  }));
}

/** The documents themselves (articles, rules, caps, groups), read-only. */
export function policyDocuments(
  zone: ZoneId,
  catalogue: Catalogue = DEFAULT_CATALOGUE,
): readonly PolicyDocument[] {
  return catalogueOf(catalogue, zone);
}

// ── catalogue checks (run by the tests; a defect is a bug in policies/, not an applicant's fault) ──

function conditionFacts(c: Condition, out: string[]): void {
  if (c.type === 'anyOf') for (const child of c.conditions) conditionFacts(child, out);
  else out.push(c.fact);
}

function conditionParams(c: Condition, out: Param[]): void {
  if (c.type === 'anyOf') for (const child of c.conditions) conditionParams(child, out);
  else if (c.type === 'compare') out.push(c.param);
}

/** Every fact an amount reads, and every parameter in it. */
function amountRefs(a: Amount, facts: string[], params: Param[], rowFacts: string[]): void {
  switch (a.shape) {
    case 'fixed':
      params.push(a.amount);
      return;
    case 'tiers':
      for (const t of a.tiers) {
        params.push(t.amount);
        for (const c of t.conditions) {
          conditionFacts(c, facts);
          conditionParams(c, params);
        }
      }
      return;
    case 'share':
      facts.push(a.base);
      params.push(a.rate);
      return;
    case 'per_unit':
      facts.push(a.quantity);
      params.push(a.rate);
      return;
    case 'lease_schedule':
      facts.push(a.area, a.leaseStart);
      params.push(...a.rates);
      return;
    case 'year_schedule':
      facts.push(a.startYear);
      params.push(...a.amounts);
      return;
    case 'lpr_interest':
      facts.push(a.principal, a.startDate, a.days, a.interestPaid);
      params.push(a.share);
      return;
    case 'each': {
      facts.push(a.records);
      const inner: string[] = [];
      for (const c of a.conditions) {
        conditionFacts(c, inner);
        conditionParams(c, params);
      }
      amountRefs(a.amount, inner, params, rowFacts);
      if (a.cap) params.push(a.cap);
      const def = FACTS[a.records as keyof typeof FACTS];
      for (const f of inner) rowFacts.push(def?.fields?.[f] ? `${a.records}.${f}` : `!${a.records}.${f}`);
      return;
    }
  }
}

/** Every parameter a rule reads (conditions, amount, caps), for the coverage and citation checks. */
export function ruleParams(doc: PolicyDocument, ruleId: string): Param[] {
  const rule = doc.rules.find((r) => r.id === ruleId);
  if (!rule) return [];
  const params: Param[] = [];
  for (const c of rule.conditions ?? []) conditionParams(c, params);
  if (rule.amount) amountRefs(rule.amount, [], params, []);
  if (rule.cap) params.push(rule.cap);
  return params;
}

/** Checks a catalogue and returns every defect found (empty when sound). */
export function checkCatalogue(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [zone, docs] of Object.entries(catalogue) as [ZoneId, readonly PolicyDocument[]][]) {
    const ids = new Map<string, string>();
    for (const doc of docs) {
      if (doc.zone !== zone) problems.push(`${doc.key}: filed under ${zone} but says ${doc.zone}`);
      const articles = new Set(doc.articles.map((a) => a.id));
      if (articles.size !== doc.articles.length) problems.push(`${doc.key}: duplicate article ids`);
      const from = doc.validity.from ?? doc.draftAssumedFrom ?? '';
      const seen = new Set<string>();
      for (const rule of doc.rules) {
        if (seen.has(rule.id)) problems.push(`${doc.key}: duplicate rule ${rule.id}`);
        seen.add(rule.id);
        const owner = ids.get(rule.id);
        if (owner && docs.find((d) => d.key === owner)?.series !== doc.series)
          problems.push(`${zone}: rule id ${rule.id} used by two series`);
        ids.set(rule.id, doc.key);
        if (!articles.has(rule.article)) problems.push(`${rule.id}: unknown article ${rule.article}`);
        if (!rule.id.startsWith(`${rule.article}/`))
          problems.push(`${rule.id}: id must start with its article ${rule.article}/`);
        const facts: string[] = [];
        const params: Param[] = [];
        const rowFacts: string[] = [];
        for (const c of [...(rule.conditions ?? []), ...(doc.scope?.conditions ?? [])]) {
          conditionFacts(c, facts);
          conditionParams(c, params);
        }
        if (rule.amount) amountRefs(rule.amount, facts, params, rowFacts);
        if (rule.cap) params.push(rule.cap);
        for (const f of facts) if (!isFactId(f)) problems.push(`${rule.id}: unknown fact ${f}`);
        for (const f of rowFacts)
          if (f.startsWith('!')) problems.push(`${rule.id}: unknown row field ${f.slice(1)}`);
        for (const p of params) {
          const first = p.versions[0];
          if (!first) problems.push(`${rule.id}: a parameter without a value`);
          else if (first.from > from)
            problems.push(`${rule.id}: parameter ${first.text} begins after the document`);
          for (const v of p.versions)
            if (!v.citation.startsWith(doc.citeAs))
              problems.push(`${rule.id}: ${v.text} cites ${v.citation}`);
        }
        if (rule.kind === 'payment' && !rule.amount) problems.push(`${rule.id}: a payment without an amount`);
        if (rule.kind === 'payment' && !rule.basis) problems.push(`${rule.id}: a payment without a basis`);
        if (rule.kind !== 'payment' && rule.amount) problems.push(`${rule.id}: only payments have amounts`);
        if (rule.kind === 'deferred' && !rule.deferredTo) problems.push(`${rule.id}: deferred to what?`);
        if (!rule.beneficiaries.length) problems.push(`${rule.id}: no beneficiary`);
      }
      for (const group of [...doc.enterpriseCaps, ...doc.bestOfGroups, ...doc.stacking])
        for (const id of group.rules)
          if (!seen.has(id)) problems.push(`${doc.key} ${group.id}: unknown rule ${id}`);
      for (const g of doc.bestOfGroups)
        if (g.rules.length < 2) problems.push(`${g.id}: a best-of group needs two items`);
      for (const g of doc.bestOfGroups)
        for (const id of g.rules)
          if (doc.rules.find((r) => r.id === id)?.kind !== 'payment')
            problems.push(`${g.id}: ${id} pays nothing`);
    }
    const series = new Map<string, PolicyDocument[]>();
    for (const d of docs) series.set(d.series, [...(series.get(d.series) ?? []), d]);
    for (const s of series.values())
      for (const drafts of [false, true])
        try {
          seriesIntervals(s, drafts);
        } catch (e) {
          problems.push(e instanceof AppError ? e.detail.en : String(e));
        }
  }
  return problems;
}
