import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { policyDocuments } from './catalogue.js';
import { Dec } from './decimal.js';
import { evaluate } from './evaluate.js';
import type { Evaluation } from './result.js';
import { factsArbitrary } from './test-support/generate-facts.js';
import type { Condition, PolicyDocument, Rule, ZoneId } from './types.js';
import { ZONE_IDS } from './types.js';

const PERIODS = ['2021', '2023', '2024', '2025', '2026'];
const ruleIdsOf = (zone: ZoneId) => policyDocuments(zone).flatMap((d) => d.rules.map((r) => r.id));
const run = (zone: ZoneId, period: string, facts: unknown): Evaluation =>
  evaluate(zone, period, facts, { includeDrafts: true });
const NUM_RUNS = 150;
const IN_SCOPE = {
  registeredAndTaxedInZone: true,
  independentLegalPerson: true,
  hasCbecTradeRecord: true,
  inCustomsCbecStatistics: true,
};

/** Numeric facts a tier table compares with ≥ or > only: raising them may only move the tier up. */
function risingFacts(rule: Rule): string[] {
  if (rule.amount?.shape !== 'tiers') return [];
  const out = new Set<string>();
  const falling = new Set<string>();
  const visit = (c: Condition) => {
    if (c.type === 'anyOf') c.conditions.forEach(visit);
    else if (c.type === 'compare') (c.op === '>' || c.op === '>=' ? out : falling).add(c.fact);
  };
  for (const t of rule.amount.tiers) t.conditions.forEach(visit);
  return [...out].filter((f) => !falling.has(f));
}

const tierRules = (doc: PolicyDocument) => doc.rules.filter((r) => risingFacts(r).length > 0);

describe('policy evaluation: properties', () => {
  for (const zone of ZONE_IDS) {
    const ids = ruleIdsOf(zone);
    const doc = policyDocuments(zone)[0]!;

    it(`${zone}: more of a threshold fact never lowers the tier reached`, () => {
      const cases = tierRules(doc).flatMap((r) =>
        risingFacts(r).map((f) => ({ rule: r.id, fact: f, applicantKind: r.beneficiaries[0]! })),
      );
      assert.ok(cases.length > 0);
      let compared = 0;
      fc.assert(
        fc.property(
          factsArbitrary(ids, 1),
          fc.constantFrom(...cases),
          fc.bigInt({ min: 0n, max: 10n ** 11n - 1n }),
          fc.bigInt({ min: 0n, max: 10n ** 11n - 1n }),
          (generated, { rule, fact, applicantKind }, a, b) => {
            // The rule's own applicant inside the scope, so the tiers are what decides.
            const facts: Record<string, unknown> = {
              ...generated,
              ...IN_SCOPE,
              applicantKind,
              priorAwards: {},
              otherPolicyAwards: {},
            };
            const [lo, hi] = a <= b ? [a, b] : [b, a];
            const isCount = typeof facts[fact] === 'number' || fact.endsWith('Count');
            const val = (x: bigint) =>
              isCount ? Number(x % 10_000_000n) : `${x / 100n}.${String(x % 100n).padStart(2, '0')}`;
            const low = run(zone, '2024', { ...facts, [fact]: val(lo) }).items.find(
              (i) => i.ruleId === rule,
            )!;
            const high = run(zone, '2024', { ...facts, [fact]: val(hi) }).items.find(
              (i) => i.ruleId === rule,
            )!;
            const vLo = isCount ? Number(val(lo)) : lo;
            const vHi = isCount ? Number(val(hi)) : hi;
            if (vLo > vHi) return; // the count wrapped: not an ordered pair
            if (low.status === 'eligible' && low.tier) {
              compared++;
              assert.equal(high.status === 'eligible' || high.status === 'ineligible', true);
              if (high.status === 'eligible')
                assert.ok((high.tier?.index ?? 0) >= low.tier.index, `${rule} ${fact}`);
              else
                assert.ok(
                  high.reasons.every((r) => r.code !== 'no_tier_reached'),
                  `${rule} ${fact}: lost its tier`,
                );
            }
            if (low.status === 'eligible' && high.status === 'eligible' && low.computed && high.computed)
              assert.ok(
                new Dec(high.computed).greaterThanOrEqualTo(low.computed),
                `${rule} ${fact}: amount fell`,
              );
          },
        ),
        { numRuns: NUM_RUNS },
      );
      assert.ok(compared > NUM_RUNS / 10, `only ${compared} runs reached a tier`);
    });

    it(`${zone}: no amount exceeds its item cap, row caps or the enterprise caps`, () => {
      fc.assert(
        fc.property(factsArbitrary(ids), fc.constantFrom(...PERIODS), (facts, period) => {
          const e = run(zone, period, facts);
          for (const item of e.items) {
            for (const cap of item.caps)
              assert.ok(new Dec(cap.after).lessThanOrEqualTo(cap.limit), `${item.ruleId} ${cap.id}`);
            const rule = doc.rules.find((r) => r.id === item.ruleId)!;
            if (item.amount && rule.cap)
              assert.ok(new Dec(item.amount).lessThanOrEqualTo(rule.cap.versions[0]!.value));
          }
          const prior = (facts.priorAwards ?? {}) as Record<string, string>;
          for (const cap of doc.enterpriseCaps) {
            const paid = e.items
              .filter((i) => cap.rules.includes(i.ruleId) && i.amount)
              .reduce((s, i) => s.plus(i.amount!), new Dec(0));
            const earlier =
              cap.per === 'total'
                ? cap.rules.reduce((s, id) => s.plus(prior[id] ?? 0), new Dec(0))
                : new Dec(0);
            const limit = Dec.max(new Dec(cap.amount.versions[0]!.value).minus(earlier), 0);
            assert.ok(paid.lessThanOrEqualTo(limit), `${cap.id}: ${paid.toFixed()} > ${limit.toFixed()}`);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it(`${zone}: a best-of group pays at most one item`, () => {
      fc.assert(
        fc.property(factsArbitrary(ids), fc.constantFrom(...PERIODS), (facts, period) => {
          const e = run(zone, period, facts);
          for (const g of doc.bestOfGroups) {
            const paying = e.items.filter(
              (i) => g.rules.includes(i.ruleId) && i.amount && new Dec(i.amount).greaterThan(0),
            );
            assert.ok(paying.length <= 1, `${g.id}: ${paying.map((p) => p.ruleId).join(', ')}`);
          }
        }),
        { numRuns: NUM_RUNS },
      );
    });

    it(`${zone}: amounts are exact decimal strings and the total is their sum`, () => {
      fc.assert(
        fc.property(factsArbitrary(ids), fc.constantFrom(...PERIODS), (facts, period) => {
          const e = run(zone, period, facts);
          let fen = 0n;
          for (const item of e.items) {
            if (item.amount === null) continue;
            assert.match(item.amount, /^\d+\.\d{2}$/);
            assert.equal(item.status, 'eligible');
            if (item.kind === 'payment') fen += BigInt(item.amount.replace('.', ''));
          }
          assert.equal(e.total, `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it('a share is base × rate cut to the fen, checked in integer fen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 10n }), (fen) => {
        const base = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        const e = evaluate('hengyang', '2024', {
          applicantKind: 'enterprise',
          registeredAndTaxedInZone: true,
          independentLegalPerson: true,
          hasCbecTradeRecord: true,
          inCustomsCbecStatistics: true,
          supervisionEquipmentInvestmentYuan: base,
          socialInsurancePaidYuan: base,
        });
        const half = fen / 2n; // 第4条 50 %, truncated
        const site = e.items.find((i) => i.ruleId === '4/supervision-site')!;
        const expectSite = half > 50_000_000n ? 50_000_000n : half; // 50万 = 50,000,000 fen
        if (expectSite === 0n) assert.equal(site.status, 'ineligible');
        else assert.equal(site.amount, `${expectSite / 100n}.${String(expectSite % 100n).padStart(2, '0')}`);
        const tenth = fen / 10n; // 第16条 10 %, truncated, 10万 a year
        const ins = e.items.find((i) => i.ruleId === '16/social-insurance')!;
        const expectIns = tenth > 10_000_000n ? 10_000_000n : tenth;
        if (expectIns === 0n) assert.equal(ins.status, 'ineligible');
        else assert.equal(ins.amount, `${expectIns / 100n}.${String(expectIns % 100n).padStart(2, '0')}`);
      }),
      { numRuns: 300 },
    );
  });
});
