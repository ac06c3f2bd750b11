import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { CATALOGUE } from '../../../policies/index.js';
import { AppError } from '../../shared/app-error.js';
import {
  checkCatalogue,
  listPolicies,
  policyDocuments,
  ruleParams,
  statusOf,
  versionFor,
} from './catalogue.js';
import { amended, amount, atLeast, defineDocument, is } from './define.js';
import { evaluate } from './evaluate.js';
import type { Catalogue, PolicyDocument } from './types.js';
import { ZONE_IDS } from './types.js';

const SOURCE_DIR = new URL('../../../policies/', import.meta.url);
const SEEDS = '/work/shared/seeds/';

/** Page breaks split some paragraphs of the sources; articles keep the text without them. */
const normalise = (s: string) => s.replace(/\s*\n\s*/g, '');
const noSpace = (s: string) => s.replace(/\s+/g, '');

/** Amounts of money in a text: 50万元, 1亿美元, 0.5元, 30%. */
const MONEY = /\d+(?:\.\d+)?(?:万|亿)?(?:元|美元)|\d+(?:\.\d+)?%/g;

function moneyTokens(text: string): string[] {
  return [...new Set(noSpace(text).match(MONEY) ?? [])];
}

/**
 * The coverage check: every amount of money in an article is read by a rule citing that article (as
 * a parameter written in the document's words), or allow-listed with a reason. Returns what is missing.
 */
function uncoveredAmounts(doc: PolicyDocument): string[] {
  const missing: string[] = [];
  for (const a of doc.articles) {
    const params = doc.rules
      .filter((r) => r.article === a.id)
      .flatMap((r) => ruleParams(doc, r.id))
      .flatMap((p) => p.versions.map((v) => noSpace(v.text)));
    const caps = [...doc.enterpriseCaps.filter((c) => c.article === a.id)].flatMap((c) =>
      c.amount.versions.map((v) => noSpace(v.text)),
    );
    const allowed = doc.amountsNotPaid.filter((n) => n.article === a.id).map((n) => noSpace(n.token));
    for (const token of moneyTokens(a.text))
      if (!params.includes(token) && !caps.includes(token) && !allowed.includes(token))
        missing.push(`${a.label}: ${token}`);
  }
  return missing;
}

describe('policy catalogue', () => {
  it('is sound: ids, facts, articles, parameters, citations, groups, versions', () => {
    assert.deepEqual(checkCatalogue(CATALOGUE), []);
  });

  for (const zone of ZONE_IDS)
    for (const doc of policyDocuments(zone)) {
      const source = fs.readFileSync(new URL(`${zone}/source.txt`, SOURCE_DIR), 'utf8');

      it(
        `${doc.citeAs}: the copy of the source is the seed file`,
        { skip: !fs.existsSync(SEEDS + doc.source.file) && 'seed not on this machine' },
        () => {
          assert.equal(source, fs.readFileSync(SEEDS + doc.source.file, 'utf8'));
        },
      );

      it(`${doc.citeAs}: every article's text is verbatim from the source`, () => {
        const body = normalise(source);
        for (const a of doc.articles)
          assert.ok(body.includes(normalise(a.text)), `${a.label} is not verbatim`);
      });

      it(`${doc.citeAs}: every amount in every article is read by a rule citing it`, () => {
        assert.deepEqual(uncoveredAmounts(doc), []);
        // And the brief's coarser form: an article mentioning money has at least one rule.
        for (const a of doc.articles)
          if (moneyTokens(a.text).length && !doc.amountsNotPaid.some((n) => n.article === a.id))
            assert.ok(
              doc.rules.some((r) => r.article === a.id),
              `${a.label} mentions money but no rule cites it`,
            );
      });

      it(`${doc.citeAs}: parameter values are read from the document's own words`, () => {
        for (const rule of doc.rules)
          for (const p of ruleParams(doc, rule.id))
            for (const v of p.versions) {
              const m = /^(\d+(?:\.\d+)?)\s*(万|亿)?(元|美元)$/.exec(v.text.trim());
              if (m && p.unit !== 'count' && p.unit !== 'm2') {
                const scale = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
                assert.equal(Number(v.value), Number(m[1]) * scale, `${rule.id}: ${v.text}`);
              }
            }
      });
    }

  it('every numbered item of the sources is an article', () => {
    const labels = (zone: keyof Catalogue) => policyDocuments(zone)[0]!.articles.map((a) => a.label);
    const zz = labels('zhuzhou');
    for (const n of [
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
      '八',
      '九',
      '十',
      '十一',
      '十二',
      '十三',
      '十四',
      '十五',
      '十六',
      '十七',
      '十八',
      '十九',
      '二十',
      '二十一',
    ])
      assert.ok(zz.includes(`（${n}）`), n);
    assert.equal(zz.length, 23); // 21 items, the preamble and the closing paragraph
    const hy = labels('hengyang');
    for (let i = 1; i <= 16; i++) assert.ok(hy.includes(`第${i}条`), String(i));
    const cz = labels('chenzhou');
    const counts: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 4, 六: 2, 七: 4 };
    for (const [part, n] of Object.entries(counts))
      assert.equal(cz.filter((l) => l.startsWith(`${part}（`)).length, n, part);
    assert.ok(cz.includes('一'));
  });

  it('the coverage check finds an amount no rule reads (it can fail)', () => {
    const doc = defineDocument({
      ...policyDocuments('hengyang')[0]!,
      key: 'test',
      articles: [
        {
          id: '1',
          label: '第1条',
          section: null,
          text: '对达到条件的企业给予10万元奖励，另给予5万元开办费。',
          rules: (a) => [
            {
              id: '1/x',
              title: { zh: 'x', en: 'x' },
              kind: 'payment',
              beneficiaries: ['enterprise'],
              basis: 'fixed',
              amount: amount.fixed(a.yuan('10万元')),
            },
          ],
        },
        { id: '2', label: '第2条', section: null, text: '按30%给予补贴。' },
      ],
    });
    assert.deepEqual(uncoveredAmounts(doc), ['第1条: 5万元', '第2条: 30%']);
  });

  it('lists the documents with their status on a day', () => {
    const cz = listPolicies('chenzhou', '2026-02-23')[0]!;
    assert.equal(cz.status, 'in_force');
    assert.equal(listPolicies('chenzhou', '2026-02-24')[0]!.status, 'expired');
    assert.equal(listPolicies('hengyang', '2024-05-06')[0]!.status, 'not_yet_in_force');
    assert.equal(listPolicies('hengyang', '2026-05-06')[0]!.status, 'in_force');
    assert.equal(listPolicies('hengyang', '2026-05-07')[0]!.status, 'expired');
    assert.equal(listPolicies('zhuzhou', '2026-01-01')[0]!.status, 'draft');
    assert.equal(statusOf(policyDocuments('hengyang')[0]!), 'issued');
    assert.equal(cz.docNumber, '郴政办发〔2021〕3号');
    assert.equal(listPolicies('zhuzhou')[0]!.docNumber, null);
    assert.ok(cz.rules.some((r) => r.id === '4.1/export' && r.citation === '郴政办发〔2021〕3号 四（一）'));
  });
});

// ── versions of a document: a new version adds a document (or a dated parameter), never edits one ──

const base = policyDocuments('hengyang')[0]!;

function version(
  key: string,
  from: string,
  until: string | null,
  amountText: string,
  amendFrom?: string,
): PolicyDocument {
  return defineDocument({
    ...base,
    key,
    citeAs: base.citeAs,
    validity: { from, until },
    articles: [
      {
        id: '16',
        label: '第16条',
        section: null,
        text: '对跨境电商企业年度缴纳社保费用总额的 10%进行补贴。',
        rules: (a) => [
          {
            id: '16/social-insurance',
            title: { zh: '社保补贴', en: 'social insurance' },
            kind: 'payment',
            beneficiaries: ['enterprise'],
            basis: 'fixed',
            conditions: [is('inCustomsCbecStatistics'), atLeast('socialInsurancePaidYuan', a.yuan('1元'))],
            amount: amount.share(
              'socialInsurancePaidYuan',
              amendFrom
                ? amended(a.rate(amountText), {
                    from: amendFrom,
                    value: '0.2',
                    text: '20%',
                    citation: a.citation,
                  })
                : a.rate(amountText),
            ),
          },
        ],
      },
    ],
  });
}

const catalogueOf = (...docs: PolicyDocument[]): Catalogue => ({ zhuzhou: [], chenzhou: [], hengyang: docs });
const facts = {
  applicantKind: 'enterprise',
  inCustomsCbecStatistics: true,
  socialInsurancePaidYuan: '1000.00',
};
const paid = (c: Catalogue, period: string) =>
  evaluate('hengyang', period, facts, { catalogue: c }).items.find(
    (i) => i.ruleId === '16/social-insurance',
  )!;

describe('policy versions', () => {
  const v1 = version('v1', '2024-05-07', '2026-05-06', '10%');
  const v2 = version('v2', '2026-05-07', null, '15%');

  it('a version follows the previous one the next day: the later governs a shared year', () => {
    const c = catalogueOf(v1, v2);
    assert.equal(paid(c, '2025').amount, '100.00');
    assert.equal(paid(c, '2025').documentKey, 'v1');
    assert.equal(paid(c, '2026').amount, '150.00');
    assert.equal(paid(c, '2026').documentKey, 'v2');
    assert.equal(paid(c, '2023').status, 'not_in_force');
    const choice = versionFor([v1, v2], 2026, false);
    assert.equal(choice.kind === 'in_force' && choice.referenceDate, '2026-12-31');
  });

  it('a gap between versions is a catalogue error', () => {
    const gap = version('v2', '2026-05-08', null, '15%');
    assert.throws(
      () => paid(catalogueOf(v1, gap), '2025'),
      (e) => e instanceof AppError && e.code === 'internal' && /gap/.test(e.detail.en),
    );
    assert.match(checkCatalogue(catalogueOf(v1, gap)).join(), /gap/);
  });

  it('an overlap between versions is a catalogue error', () => {
    const overlap = version('v2', '2026-05-06', null, '15%');
    assert.throws(
      () => paid(catalogueOf(v1, overlap), '2025'),
      (e) => e instanceof AppError && /overlap/.test(e.detail.en),
    );
  });

  it('a dated parameter: the value in force on the reference day of the period', () => {
    const c = catalogueOf(version('v1', '2024-05-07', '2027-12-31', '10%', '2026-01-01'));
    assert.equal(paid(c, '2025').amount, '100.00');
    assert.equal(paid(c, '2026').amount, '200.00');
    assert.match(
      paid(c, '2026')
        .trace.map((l) => l.zh)
        .join('\n'),
      /20%/,
    );
  });

  it('the reference day of a partial last year is the last day in force', () => {
    const choice = versionFor([base], 2026, false);
    assert.ok(choice.kind === 'in_force');
    assert.equal(choice.referenceDate, '2026-05-06');
    assert.equal(choice.daysInForce, 126);
    assert.equal(choice.partialYear, true);
    const first = versionFor([base], 2024, false);
    assert.ok(first.kind === 'in_force' && first.daysInForce === 239 && first.partialYear);
    const full = versionFor([base], 2025, false);
    assert.ok(full.kind === 'in_force' && !full.partialYear && full.daysInForce === 365);
  });
});
