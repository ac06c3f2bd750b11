import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, policyDocuments } from '../policy/index.js';
import { cleanFileName, evidenceType } from './evidence-file.js';
import {
  available,
  budgetMove,
  checkApproval,
  checkBudgetTotal,
  objectionUntil,
  pinEvaluation,
  type PinnedItem,
} from './subsidy-rules.js';

/** An enterprise inside 衡政发〔2024〕4号 一、支持范围, with the example's figures (policies/hengyang/example-facts.json). */
const FACTS = {
  applicantKind: 'enterprise',
  registeredAndTaxedInZone: true,
  independentLegalPerson: true,
  hasCbecTradeRecord: true,
  inCustomsCbecStatistics: true,
  cbecExportYuan: '7200000.00',
  cbecImportExportYuan: '400000000.00',
  introducedInPeriod: true,
  platformPromotionFeeYuan: '300000.00',
  newShopAnnualFeeYuan: '200000.00',
  socialInsurancePaidYuan: '1200000.00',
};

function pin(items: { ruleId: string; amount: string | null }[], facts: Record<string, unknown> = FACTS) {
  return pinEvaluation(
    evaluate('hengyang', '2025', facts),
    policyDocuments('hengyang'),
    items,
    facts,
    '2026-03-02T08:00:00.000Z',
  );
}

function pinned(ruleId: string): PinnedItem {
  const r = pin([{ ruleId, amount: null }]);
  assert.deepEqual(r.errors, []);
  return r.pinned.items[0]!;
}

describe('pinning an evaluation at submission', () => {
  it('pins the document version, the maximum before enterprise caps, the caps and the trace', () => {
    const r = pin([
      { ruleId: '6/new-shop', amount: null },
      { ruleId: '16/social-insurance', amount: '100000' },
    ]);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.pinned.documents.map((d) => [d.key, d.referenceDate]),
      [['hzf-2024-4', '2025-12-31']],
    );
    const [shop, insurance] = r.pinned.items;
    // 6/new-shop: 50% of 200,000; the engine cut it to 50,000 for the combined cap with 6/promotion, but
    // the cap is held across the enterprise's applications at approval, so the maximum is 100,000.
    assert.equal(shop!.maximum, '100000.00');
    assert.equal(shop!.evaluatedAmount, '50000.00');
    assert.deepEqual(
      shop!.enterpriseCaps.map((c) => [c.id, c.per, c.limit, c.rules]),
      [['6/combined', 'year', '200000.00', ['6/promotion', '6/new-shop']]],
    );
    // 16: 10% of 1,200,000 = 120,000, capped at 10万 a year by 第16条.
    assert.equal(insurance!.maximum, '120000.00');
    assert.equal(insurance!.enterpriseCaps[0]!.limit, '100000.00');
    assert.ok(insurance!.trace.some((l) => l.citation === '衡政发〔2024〕4号 第16条'));
    assert.equal(r.pinned.maximumTotal, '220000.00');
  });

  it('refuses items not payable on the facts, with the engine’s reasons', () => {
    const r = pin([
      { ruleId: '8/leading', amount: null }, // excluded: 第5条 pays more (择优支持且不重复)
      { ruleId: '7/rent', amount: null }, // facts missing
      { ruleId: '1/park', amount: null }, // for park operators
      { ruleId: '5/customs-tax', amount: null }, // not money
      { ruleId: 'no/such', amount: null },
      { ruleId: '5/export', amount: '500000.01' },
    ]);
    assert.deepEqual(
      r.errors.map((e) => [e.field, e.code]),
      [
        ['items.0.ruleId', 'not_payable'],
        ['items.1.ruleId', 'undetermined'],
        ['items.2.ruleId', 'ineligible'],
        ['items.3.ruleId', 'not_payment'],
        ['items.4.ruleId', 'unknown_item'],
        ['items.5.amount', 'above_maximum'],
      ],
    );
    assert.match(r.errors[0]!.message.zh, /从优不重复/);
    assert.match(r.errors[1]!.message.en, /enteredRecognisedParkInPeriod/);
  });

  it('a document not in force for the year refuses every item', () => {
    const r = pinEvaluation(
      evaluate('hengyang', '2023', FACTS),
      policyDocuments('hengyang'),
      [{ ruleId: '6/promotion', amount: null }],
      FACTS,
      '2026-03-02T08:00:00.000Z',
    );
    assert.deepEqual(
      r.errors.map((e) => e.code),
      ['not_in_force'],
    );
  });
});

describe('checking an approval', () => {
  const promotion = pinned('6/promotion'); // maximum 150,000
  const shop = pinned('6/new-shop'); // maximum 100,000
  const insurance = pinned('16/social-insurance'); // maximum 120,000, cap 100,000
  const exportAward = pinned('5/export');

  it('approves up to the pinned maximum and refuses a fen more', () => {
    assert.deepEqual(
      checkApproval({
        pinned: [promotion],
        approved: [{ ruleId: '6/promotion', amount: '150000.00' }],
        others: [],
      }).errors,
      [],
    );
    const r = checkApproval({
      pinned: [promotion],
      approved: [{ ruleId: '6/promotion', amount: '150000.01' }],
      others: [],
    });
    assert.deepEqual(
      r.errors.map((e) => [e.field, e.code]),
      [['items.0.amount', 'above_maximum']],
    );
  });

  it('holds a yearly enterprise cap within one application', () => {
    const r = checkApproval({
      pinned: [insurance],
      approved: [{ ruleId: '16/social-insurance', amount: '100000.01' }],
      others: [],
    });
    assert.deepEqual(
      r.errors.map((e) => e.code),
      ['enterprise_cap'],
    );
    assert.match(r.errors[0]!.message.zh, /本次最多 100,000\.00 元/);
  });

  it('holds a cap over several items across the enterprise’s applications of the year (第6条: 20万)', () => {
    const others = [{ id: 'a', items: [{ ruleId: '6/promotion', amount: '150000.00' }] }];
    const over = checkApproval({
      pinned: [shop],
      approved: [{ ruleId: '6/new-shop', amount: '50000.01' }],
      others,
    });
    assert.deepEqual(
      over.errors.map((e) => e.code),
      ['enterprise_cap'],
    );
    assert.match(over.errors[0]!.message.en, /150,000\.00 yuan already approved.*at most 50,000\.00 now/);
    const at = checkApproval({
      pinned: [shop],
      approved: [{ ruleId: '6/new-shop', amount: '50000.00' }],
      others,
    });
    assert.deepEqual(at.errors, []);
    assert.equal(at.total.toFixed(2), '50000.00');
  });

  it('pays an item once a year and a best-of group once a year across applications', () => {
    const again = checkApproval({
      pinned: [promotion],
      approved: [{ ruleId: '6/promotion', amount: '1.00' }],
      others: [{ id: 'a', items: [{ ruleId: '6/promotion', amount: '10.00' }] }],
    });
    assert.ok(again.errors.some((e) => e.code === 'already_awarded'));
    const group = checkApproval({
      pinned: [exportAward],
      approved: [{ ruleId: '5/export', amount: '20000.00' }],
      others: [{ id: 'b', items: [{ ruleId: '8/leading', amount: '500000.00' }] }],
    });
    assert.deepEqual(
      group.errors.map((e) => e.code),
      ['best_of_conflict'],
    );
  });

  it('wants an amount for every item, and a total above zero', () => {
    assert.deepEqual(
      checkApproval({
        pinned: [promotion, shop],
        approved: [{ ruleId: '6/promotion', amount: '1' }],
        others: [],
      }).errors.map((e) => e.code),
      ['missing_item'],
    );
    assert.deepEqual(
      checkApproval({
        pinned: [promotion],
        approved: [{ ruleId: '6/promotion', amount: '0' }],
        others: [],
      }).errors.map((e) => e.code),
      ['nothing_approved'],
    );
    assert.deepEqual(
      checkApproval({
        pinned: [promotion],
        approved: [
          { ruleId: '6/promotion', amount: '1' },
          { ruleId: '9/store', amount: '1' },
        ],
        others: [],
      }).errors.map((e) => e.code),
      ['not_in_application'],
    );
  });

  it('bounds an amount by what the enterprise asked for', () => {
    const asked = { ...promotion, requested: '80000.00' };
    assert.deepEqual(
      checkApproval({
        pinned: [asked],
        approved: [{ ruleId: '6/promotion', amount: '80000.01' }],
        others: [],
      }).errors.map((e) => e.code),
      ['above_requested'],
    );
  });
});

describe('budget arithmetic', () => {
  it('each transition moves the amount from one column to the next', () => {
    assert.deepEqual(budgetMove('none', 'reserved'), {
      from: 'none',
      to: 'reserved',
      reserved: 1,
      committed: 0,
      disbursed: 0,
    });
    assert.deepEqual(budgetMove('reserved', 'committed'), {
      from: 'reserved',
      to: 'committed',
      reserved: -1,
      committed: 1,
      disbursed: 0,
    });
    assert.deepEqual(budgetMove('committed', 'disbursed'), {
      from: 'committed',
      to: 'disbursed',
      reserved: 0,
      committed: -1,
      disbursed: 1,
    });
    assert.equal(budgetMove('reserved', 'reserved'), null);
  });

  it('available is what is neither reserved, committed nor disbursed; a total never falls below that', () => {
    const b = { total: '100000.00', reserved: '20000.00', committed: '30000.10', disbursed: '0.90' };
    assert.equal(available(b).toFixed(2), '49999.00');
    assert.equal(checkBudgetTotal(b, '50001.00'), null);
    assert.equal(checkBudgetTotal(b, '50000.99')?.code, 'below_used');
  });
});

describe('the objection period (decision 0003)', () => {
  it('counts calendar days from the day after publication and ends at 24:00 China time', () => {
    // Monday 2026-03-02 16:00 China time; 7 days: 3 March … 9 March (Monday), ends 10 March 00:00 +08:00.
    assert.equal(
      objectionUntil(new Date('2026-03-02T08:00:00Z'), 7).toISOString(),
      '2026-03-09T16:00:00.000Z',
    );
    // Published at 23:30 China time on Monday: still Monday's date.
    assert.equal(
      objectionUntil(new Date('2026-03-02T15:30:00Z'), 7).toISOString(),
      '2026-03-09T16:00:00.000Z',
    );
    // Published at 00:30 China time on Tuesday (Monday in UTC): Tuesday's date.
    assert.equal(
      objectionUntil(new Date('2026-03-02T16:30:00Z'), 7).toISOString(),
      '2026-03-10T16:00:00.000Z',
    );
  });

  it('moves a last day on a weekend to the Monday (民法典 第二百零三条)', () => {
    // 5 days from Monday 2 March: the last day is Saturday 7 March → Monday 9 March.
    assert.equal(
      objectionUntil(new Date('2026-03-02T08:00:00Z'), 5).toISOString(),
      '2026-03-09T16:00:00.000Z',
    );
  });
});

describe('evidence files', () => {
  const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....xl/workbook.xml')]);

  it('decides the type by the content, and the name must agree', () => {
    assert.deepEqual(evidenceType('发票.pdf', pdf), { contentType: 'application/pdf' });
    assert.deepEqual(evidenceType('a.PNG', png), { contentType: 'image/png' });
    assert.deepEqual(evidenceType('台账.xlsx', xlsx), {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const renamed = evidenceType('invoice.pdf', png);
    assert.equal('error' in renamed && renamed.error.code, 'extension_mismatch');
    const script = evidenceType('x.pdf', Buffer.from('<script>alert(1)</script>'));
    assert.equal('error' in script && script.error.code, 'unsupported_type');
  });

  it('keeps only a clean base name', () => {
    assert.equal(cleanFileName('C:\\Users\\a\\..\\合同.pdf'), '合同.pdf');
    assert.equal(cleanFileName('../../etc/"pass\nwd".pdf'), 'passwd.pdf');
    assert.equal(cleanFileName(''), 'evidence');
  });
});
