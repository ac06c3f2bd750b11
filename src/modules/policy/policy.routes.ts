import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../../http/app.js';
import type { Bilingual } from '../../shared/app-error.js';
import { parseOrThrow } from '../../shared/validation.js';
import { policyDocuments, statusOf } from './catalogue.js';
import { Dec, grouped } from './decimal.js';
import { evaluate } from './evaluate.js';
import {
  APPLICANT_KIND_NAMES,
  APPLICANT_KINDS,
  FACTS,
  isFactId,
  LEVEL_NAMES,
  LEVELS,
  UNIT_NAMES,
  type FactDef,
  type FactId,
  type FactPeriod,
  type FactSource,
  type FactUnit,
} from './facts.js';
import { ZCalculatorInput, ZPoliciesQuery } from './policy.schemas.js';
import type { Evaluation } from './result.js';
import {
  ZONE_IDS,
  type Amount,
  type Condition,
  type Param,
  type PolicyDocument,
  type Rule,
  type ZoneId,
} from './types.js';

/**
 * The public policy calculator: anyone, without an account, reads a zone's policy
 * documents and their items, the facts vocabulary, and evaluates figures for a year, with the reasons,
 * the trace and the articles quoted. Nothing is stored and nothing changes, so these routes need no
 * login: the auth hook leaves a request without credentials anonymous, and no handler here asks for an
 * actor. The engine is pure; this file only shapes its data for HTTP.
 */
export const policyRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['policy'];

    app.get(
      '/public/policies',
      {
        schema: {
          tags,
          summary: '奖补政策文件及项目 / Policy documents and their items (public)',
          description:
            'The documents of a zone (文号, title, issuer, stage, status on `on` — default today in China —, validity, articles verbatim) and their items (id, article, kind, basis, title, beneficiaries, facts read, amount in the document’s words).',
          querystring: ZPoliciesQuery,
          security: [],
        },
      },
      async (req) => {
        const q = parseOrThrow(ZPoliciesQuery, req.query);
        return policiesView(q.zone, q.on ?? chinaDay(baseCtx(req).clock.now()));
      },
    );

    app.get(
      '/public/policies/facts',
      {
        schema: {
          tags,
          summary: '事实词汇 / The facts vocabulary (public)',
          description:
            'Every fact a rule may read: id, Chinese and English name, unit, period, source, group, the fields of list facts, and which items of which zone read it.',
          security: [],
        },
      },
      async () => factsView(),
    );

    app.post(
      '/public/policy-calculator',
      {
        schema: {
          tags,
          summary: '政策计算器 / Policy calculator (public)',
          description:
            'Evaluates every item of the zone’s policies for one applicant and one calendar year: status, reasons, tier, amounts (yuan, decimal strings), caps, best-of decisions, a bilingual trace citing the articles, and the cited articles verbatim. Bad facts answer 400 naming each field (`facts.<id>`). Nothing is stored.',
          body: ZCalculatorInput,
          security: [],
        },
      },
      async (req) => {
        // Fastify leaves an empty body undefined: the schema then says the body is required.
        const input = parseOrThrow(ZCalculatorInput, req.body);
        const evaluation = evaluate(input.zone, String(input.year), input.facts, {
          includeDrafts: input.includeDrafts ?? false,
        });
        return calculatorView(evaluation);
      },
    );
  };

// ── days ──

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in China (UTC+8) at an instant: documents take effect on Chinese days. */
export function chinaDay(at: Date): string {
  return CHINA_DAY.format(at);
}

// ── documents and items ──

export interface AmountSummary extends Bilingual {
  readonly shape: Amount['shape'];
}

/** The value of a parameter on a day (the latest version begun by then; else the first), in words. */
function paramText(p: Param, on: string): Bilingual {
  let v = p.versions[0]!;
  for (const candidate of p.versions) if (candidate.from <= on) v = candidate;
  const n = new Dec(v.value);
  const figure = grouped(n.toFixed());
  switch (p.unit) {
    case 'yuan':
      return { zh: v.text, en: `${v.text} (${figure} yuan)` };
    case 'usd':
      return { zh: v.text, en: `${v.text} (USD ${figure})` };
    case 'rate':
      return { zh: v.text, en: `${v.text} (${n.times(100).toFixed()}%)` };
    case 'm2':
      return { zh: v.text, en: `${v.text} (${figure} m²)` };
    case 'yuan_per_m2_month':
      return { zh: v.text, en: `${v.text} (${figure} yuan per m² per month)` };
    case 'yuan_per_m2':
      return { zh: v.text, en: `${v.text} (${figure} yuan per m²)` };
    case 'yuan_per_unit':
      return { zh: v.text, en: `${v.text} (${figure} yuan each)` };
    case 'count':
      return { zh: v.text, en: `${v.text} (${figure})` };
  }
}

/** A fact's name, or a row field's name inside a list fact. */
function nameOf(id: string, rows?: FactDef): Bilingual {
  const field = rows?.fields?.[id];
  if (field) return { zh: field.zh, en: field.en };
  return isFactId(id) ? { zh: FACTS[id].zh, en: FACTS[id].en } : { zh: id, en: id };
}

/** The amount shape in the document's words, Chinese and English: enough to see what an item pays. */
export function amountSummary(a: Amount, on: string, rows?: FactDef): AmountSummary {
  const p = (x: Param) => paramText(x, on);
  const n = (id: string) => nameOf(id, rows);
  switch (a.shape) {
    case 'fixed':
      return { shape: a.shape, ...p(a.amount) };
    case 'tiers':
      return {
        shape: a.shape,
        zh: `分档，取达到的最高档：${a.tiers.map((t) => `${t.label.zh} → ${p(t.amount).zh}`).join('；')}`,
        en: `tiers, the highest reached pays: ${a.tiers.map((t) => `${t.label.en} → ${p(t.amount).en}`).join('; ')}`,
      };
    case 'share':
      return {
        shape: a.shape,
        zh: `${n(a.base).zh} × ${p(a.rate).zh}`,
        en: `${p(a.rate).en} of ${n(a.base).en}`,
      };
    case 'per_unit':
      return {
        shape: a.shape,
        zh: `${p(a.rate).zh} × ${n(a.quantity).zh}`,
        en: `${p(a.rate).en} × ${n(a.quantity).en}`,
      };
    case 'lease_schedule':
      return {
        shape: a.shape,
        zh: `${n(a.area).zh} × 月数（自${n(a.leaseStart).zh}起）：${a.rates.map((r, i) => `第${i + 1}年 ${p(r).zh}`).join('、')}`,
        en: `${n(a.area).en} × months from ${n(a.leaseStart).en}: ${a.rates.map((r, i) => `lease year ${i + 1} ${p(r).en}`).join(', ')}`,
      };
    case 'year_schedule':
      return {
        shape: a.shape,
        zh: `自${n(a.startYear).zh}起：${a.amounts.map((x, i) => `第${i + 1}年 ${p(x).zh}`).join('、')}`,
        en: `from ${n(a.startYear).en}: ${a.amounts.map((x, i) => `year ${i + 1} ${p(x).en}`).join(', ')}`,
      };
    case 'lpr_interest':
      return {
        shape: a.shape,
        zh: `贷款本金 × 放款日一年期 LPR × ${p(a.share).zh} × 计息天数 ÷ 360，不超过实付利息`,
        en: `principal × 1-year LPR on the drawdown day × ${p(a.share).en} × interest days ÷ 360, at most the interest paid`,
      };
    case 'each': {
      const def = isFactId(a.records) ? FACTS[a.records] : undefined;
      const inner = amountSummary(a.amount, on, def);
      const cap = a.cap ? p(a.cap) : null;
      return {
        shape: a.shape,
        zh: `${a.label.zh}：${inner.zh}${cap ? `，每项最高 ${cap.zh}` : ''}`,
        en: `${a.label.en}: ${inner.en}${cap ? `, at most ${cap.en} each` : ''}`,
      };
    }
  }
}

function conditionFacts(c: Condition, out: Set<string>): void {
  if (c.type === 'anyOf') for (const child of c.conditions) conditionFacts(child, out);
  else out.add(c.fact);
}

/** The facts an amount reads (a list fact counts as one: its rows' fields belong to it). */
function amountFacts(a: Amount, out: Set<string>): void {
  switch (a.shape) {
    case 'fixed':
      return;
    case 'tiers':
      for (const t of a.tiers) for (const c of t.conditions) conditionFacts(c, out);
      return;
    case 'share':
      out.add(a.base);
      return;
    case 'per_unit':
      out.add(a.quantity);
      return;
    case 'lease_schedule':
      out.add(a.area).add(a.leaseStart);
      return;
    case 'year_schedule':
      out.add(a.startYear);
      return;
    case 'lpr_interest':
      out.add(a.principal).add(a.startDate).add(a.days).add(a.interestPaid);
      return;
    case 'each':
      out.add(a.records);
      return;
  }
}

/** The facts one item reads itself (its document's scope and the applicant kind come on top). */
function itemFacts(doc: PolicyDocument, rule: Rule): FactId[] {
  const out = new Set<string>();
  for (const c of rule.conditions ?? []) conditionFacts(c, out);
  if (rule.amount) amountFacts(rule.amount, out);
  // Earlier awards: one-off items and caps over all years read them (D11, D12, D13).
  if (rule.oneOff || doc.enterpriseCaps.some((cap) => cap.per === 'total' && cap.rules.includes(rule.id)))
    out.add('priorAwards');
  if (doc.otherPoliciesBestOf && rule.kind === 'payment') out.add('otherPolicyAwards');
  return [...out].filter(isFactId);
}

/** Facts every item of a document reads: who applies, and the document's 支持范围. */
function documentFacts(doc: PolicyDocument): FactId[] {
  const out = new Set<string>(['applicantKind']);
  for (const c of doc.scope?.conditions ?? []) conditionFacts(c, out);
  return [...out].filter(isFactId);
}

export interface ArticleView {
  readonly citation: string;
  readonly documentKey: string;
  readonly id: string;
  readonly label: string;
  readonly section: string | null;
  /** Verbatim from the document. */
  readonly text: string;
}

function articleView(doc: PolicyDocument, a: PolicyDocument['articles'][number]): ArticleView {
  return {
    citation: `${doc.citeAs} ${a.label}`,
    documentKey: doc.key,
    id: a.id,
    label: a.label,
    section: a.section,
    text: a.text,
  };
}

function documentView(doc: PolicyDocument, on: string) {
  const label = (id: string) => doc.articles.find((a) => a.id === id)?.label ?? id;
  return {
    key: doc.key,
    series: doc.series,
    docNumber: doc.docNumber,
    title: doc.title,
    citeAs: doc.citeAs,
    issuer: doc.issuer,
    stage: doc.stage,
    status: statusOf(doc, on),
    validity: doc.validity,
    validityNote: doc.validityNote,
    draftAssumedFrom: doc.draftAssumedFrom ?? null,
    /** Read by every item: the applicant kind and the document's 支持范围, if it has one. */
    commonFacts: documentFacts(doc),
    scope: doc.scope ? { citation: doc.scope.citation, facts: documentFacts(doc).slice(1) } : null,
    items: doc.rules.map((r) => ({
      id: r.id,
      article: r.article,
      articleLabel: label(r.article),
      citation: r.citation,
      kind: r.kind,
      basis: r.basis ?? null,
      title: r.title,
      beneficiaries: r.beneficiaries,
      oneOff: r.oneOff ?? false,
      facts: itemFacts(doc, r),
      amount: r.amount ? amountSummary(r.amount, on) : null,
      cap: r.cap ? paramText(r.cap, on) : null,
      deferredTo: r.deferredTo ?? null,
      note: r.note ?? null,
    })),
    enterpriseCaps: doc.enterpriseCaps.map((c) => ({
      id: c.id,
      citation: c.citation,
      label: c.label,
      items: c.rules,
      amount: paramText(c.amount, on),
      per: c.per,
    })),
    bestOfGroups: doc.bestOfGroups.map((g) => ({
      id: g.id,
      citation: g.citation,
      items: g.rules,
      reason: g.reason,
    })),
    articles: doc.articles.map((a) => articleView(doc, a)),
  };
}

export function policiesView(zone: ZoneId, on: string) {
  return { zone, on, documents: policyDocuments(zone).map((d) => documentView(d, on)) };
}

// ── the facts vocabulary ──

/**
 * Groups for forms, by the fact that opens each section of the vocabulary (facts.ts keeps related
 * facts together): a fact added inside a section joins its group without a change here.
 */
const GROUPS = [
  { id: 'applicant', from: 'applicantKind', zh: '申请主体情况', en: 'About the applicant' },
  { id: 'trade', from: 'cbecExportYuan', zh: '跨境电商贸易', en: 'Cross-border e-commerce trade' },
  {
    id: 'parks',
    from: 'parkRecognisedInPeriod',
    zh: '园区、产业带与孵化',
    en: 'Parks, industry belts and incubators',
  },
  { id: 'stores', from: 'o2oStoreAreaM2', zh: 'O2O 体验店', en: 'O2O experience stores' },
  {
    id: 'costs',
    from: 'firstYearIncubationFeeYuan',
    zh: '费用、认证与其他',
    en: 'Costs, certifications and other',
  },
  {
    id: 'logistics',
    from: 'localCbecLogisticsOrdersCount',
    zh: '物流与海外仓',
    en: 'Logistics and overseas warehouses',
  },
  { id: 'finance', from: 'crossBorderFinanceLoans', zh: '金融与保险', en: 'Finance and insurance' },
  { id: 'talent', from: 'inHouseTrainingCostYuan', zh: '人才与培训', en: 'Talent and training' },
  {
    id: 'innovation',
    from: 'nationallyReplicatedProjectsCount',
    zh: '创新与展会',
    en: 'Innovation and exhibitions',
  },
] as const satisfies readonly { id: string; from: FactId; zh: string; en: string }[];

const PERIOD_NAMES: Record<FactPeriod, Bilingual> = {
  year: { zh: '当年（所测算的公历年度）', en: 'the calendar year evaluated' },
  year_end: { zh: '年末状态', en: 'the state at the end of the year' },
  in_year: { zh: '当年发生', en: 'happened in the year' },
  before_year: { zh: '此前年度', en: 'before the year' },
  first_park_year: { zh: '进驻园区后首年（12个月）', en: 'the twelve months after entering the park' },
  record: { zh: '每行一条', en: 'one row each' },
  declared_once: { zh: '固定属性（日期、合同等）', en: 'a fixed attribute (a date, a contract)' },
};

const SOURCE_NAMES: Record<FactSource, Bilingual> = {
  platform: { zh: '平台数据', en: 'from the platform’s data' },
  declared: { zh: '申请人申报（需佐证材料）', en: 'declared by the applicant, with evidence' },
};

export interface FactUse {
  readonly zone: ZoneId;
  readonly documentKey: string;
  /** The items that read the fact. */
  readonly items: readonly string[];
  /** Read by every item of the document (the applicant kind, the 支持范围). */
  readonly everyItem: boolean;
}

let factsCache: ReturnType<typeof buildFactsView> | undefined;

export function factsView() {
  factsCache ??= buildFactsView();
  return factsCache;
}

function buildFactsView() {
  const uses = new Map<string, FactUse[]>();
  for (const zone of ZONE_IDS)
    for (const doc of policyDocuments(zone)) {
      const every = new Set<string>(documentFacts(doc));
      const byFact = new Map<string, string[]>();
      for (const rule of doc.rules)
        for (const f of new Set([...every, ...itemFacts(doc, rule)]))
          byFact.set(f, [...(byFact.get(f) ?? []), rule.id]);
      for (const [f, items] of byFact)
        uses.set(f, [...(uses.get(f) ?? []), { zone, documentKey: doc.key, items, everyItem: every.has(f) }]);
    }
  let group: string = GROUPS[0].id;
  const facts = Object.values(FACTS).map((def) => {
    group = GROUPS.find((g) => g.from === def.id)?.id ?? group;
    return {
      id: def.id,
      zh: def.zh,
      en: def.en,
      unit: def.unit,
      period: def.period,
      source: def.source,
      note: def.note ?? null,
      group,
      fields: def.fields
        ? Object.entries(def.fields).map(([id, f]) => ({ id, zh: f.zh, en: f.en, unit: f.unit }))
        : null,
      usedBy: uses.get(def.id) ?? [],
    };
  });
  return {
    groups: GROUPS.map(({ id, zh, en }) => ({ id, zh, en })),
    units: UNIT_NAMES as Readonly<Record<FactUnit, Bilingual>>,
    periods: PERIOD_NAMES,
    sources: SOURCE_NAMES,
    levels: LEVELS.map((value) => ({ value, ...LEVEL_NAMES[value] })),
    applicantKinds: APPLICANT_KINDS.map((value) => ({ value, ...APPLICANT_KIND_NAMES[value] })),
    facts,
  };
}

// ── the calculator's answer ──

/**
 * The evaluation as the engine gives it, plus `year` and the articles it cites, verbatim: each item's
 * own article and every article a reason, cap, best-of decision or trace line cites.
 */
export function calculatorView(e: Evaluation) {
  const cited = new Set<string>();
  for (const line of e.trace) if (line.citation) cited.add(line.citation);
  for (const item of e.items) {
    cited.add(item.citation);
    for (const r of item.reasons) if (r.citation) cited.add(r.citation);
    for (const c of item.caps) cited.add(c.citation);
    if (item.bestOf) cited.add(item.bestOf.citation);
    for (const line of item.trace) if (line.citation) cited.add(line.citation);
  }
  // In the documents' order, so the texts read as the documents do.
  const articles = policyDocuments(e.zone).flatMap((doc) =>
    doc.articles.map((a) => articleView(doc, a)).filter((a) => cited.has(a.citation)),
  );
  return { ...e, year: e.period, articles };
}
