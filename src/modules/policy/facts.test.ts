import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { policyDocuments } from './catalogue.js';
import fc from 'fast-check';
import { checkFacts, FACTS, isValidFacts, parseFacts, ZFacts } from './facts.js';
import { factsArbitrary } from './test-support/generate-facts.js';
import type { Amount, Condition } from './types.js';
import { ZONE_IDS } from './types.js';

const DOCS = new URL('../../../docs/policies.md', import.meta.url);

function factsOfCondition(c: Condition, out: Set<string>): void {
  if (c.type === 'anyOf') c.conditions.forEach((x) => factsOfCondition(x, out));
  else out.add(c.fact);
}

function factsOfAmount(a: Amount, out: Set<string>): void {
  switch (a.shape) {
    case 'tiers':
      a.tiers.forEach((t) => t.conditions.forEach((c) => factsOfCondition(c, out)));
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
    case 'each':
      out.add(a.records);
      return;
    default:
      return;
  }
}

describe('facts vocabulary', () => {
  it('every fact has names in both languages, a unit, a period and a source', () => {
    for (const f of Object.values(FACTS)) {
      assert.ok(f.zh && f.en, f.id);
      assert.ok(['platform', 'declared'].includes(f.source), f.id);
      if (f.unit === 'records') assert.ok(Object.keys(f.fields ?? {}).length > 0, f.id);
    }
  });

  it('every fact is read by some rule (no dead vocabulary)', () => {
    const used = new Set<string>(['applicantKind', 'priorAwards', 'otherPolicyAwards']);
    for (const zone of ZONE_IDS)
      for (const doc of policyDocuments(zone)) {
        doc.scope?.conditions.forEach((c) => factsOfCondition(c, used));
        for (const r of doc.rules) {
          r.conditions?.forEach((c) => factsOfCondition(c, used));
          if (r.amount) factsOfAmount(r.amount, used);
        }
      }
    assert.deepEqual(
      Object.keys(FACTS).filter((id) => !used.has(id)),
      [],
    );
  });

  it('accepts a valid facts object and refuses what is not in the vocabulary', () => {
    assert.deepEqual(
      parseFacts({ cbecExportYuan: '1.50', parkNewCbecTenantsCount: 3, applicantKind: 'park_operator' }),
      {
        cbecExportYuan: '1.50',
        parkNewCbecTenantsCount: 3,
        applicantKind: 'park_operator',
      },
    );
    const r = checkFacts({
      cbecExportYuan: '1.505',
      overseasWarehouseLeases: [{ areaM2: '10', rentYuan: '1', extra: 1 }],
      nope: true,
    });
    assert.ok(!r.ok);
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e.code]));
    assert.equal(byField['facts.cbecExportYuan'], 'invalid_money');
    assert.equal(byField['facts.nope'], 'unknown_fact');
    assert.equal(byField['facts.overseasWarehouseLeases.0.extra'], 'unknown_fact');
    for (const e of r.errors) assert.ok(e.message.zh && e.message.en);
  });

  it('says "wrong type", not "required", for a value of the wrong type', () => {
    const r = checkFacts({ cbecExportYuan: 100 });
    assert.ok(!r.ok);
    assert.equal(r.errors[0]!.code, 'invalid_type');
    assert.match(r.errors[0]!.message.en, /string/);
  });

  it('refuses floats for money, negative counts, impossible dates', () => {
    for (const bad of [
      { cbecExportYuan: 100 },
      { newCommunityO2oStoresCount: -1 },
      { parkLeaseStartDate: '2023-02-29' },
      { priorAwards: { '5/export': 1 } },
    ])
      assert.equal(checkFacts(bad).ok, false, JSON.stringify(bad));
  });

  it('the fast check and the zod schema agree, on valid facts and on any broken value', () => {
    const ids = ['5/export', '4.1/export', '9/public-warehouse'];
    const keys = [...Object.keys(FACTS), 'notAFact'];
    const anyValue = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        '1.5',
        '1.505',
        '-1',
        '01',
        '2024-02-29',
        '2023-02-29',
        'municipal',
        'bank',
        'enterprise',
        1.5,
        -1,
        2024,
        1e10,
      ),
      fc.array(
        fc.dictionary(
          fc.constantFrom('areaM2', 'rentYuan', 'recognisedYear', 'x'),
          fc.constantFrom('10', 10, true, 2024),
        ),
        { maxLength: 3 },
      ),
      fc.dictionary(fc.constantFrom('5/export', 'x'), fc.constantFrom('1.00', 1, 'a')),
    );
    fc.assert(
      fc.property(
        factsArbitrary(ids),
        fc.constantFrom(...keys),
        anyValue,
        fc.boolean(),
        (facts, key, value, mutate) => {
          const input = mutate ? { ...facts, [key]: value } : facts;
          assert.equal(
            isValidFacts(input),
            ZFacts.safeParse(input).success,
            `${key}: ${JSON.stringify(value)}`,
          );
        },
      ),
      { numRuns: 2000 },
    );
    for (const bad of [null, [], 'x', 1]) assert.equal(isValidFacts(bad), ZFacts.safeParse(bad).success);
  });

  it('docs/policies.md documents every fact, rule, cap and group', () => {
    const doc = fs.readFileSync(DOCS, 'utf8');
    const missing: string[] = [];
    for (const id of Object.keys(FACTS)) if (!doc.includes(`\`${id}\``)) missing.push(id);
    for (const zone of ZONE_IDS)
      for (const d of policyDocuments(zone)) {
        for (const r of d.rules) if (!doc.includes(`\`${r.id}\``)) missing.push(`${zone} ${r.id}`);
        for (const c of d.enterpriseCaps) if (!doc.includes(`\`${c.id}\``)) missing.push(`${zone} ${c.id}`);
        for (const g of d.bestOfGroups) if (!doc.includes(`\`${g.id}\``)) missing.push(`${zone} ${g.id}`);
      }
    assert.deepEqual(missing, []);
  });
});
