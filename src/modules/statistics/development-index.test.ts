import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal as BaseDecimal } from 'decimal.js';
import fc from 'fast-check';
import { AppError } from '../../shared/app-error.js';
import {
  computeDevelopmentIndex,
  DIMENSIONS,
  efficacyScore,
  expertWeights,
  INDEX_DIMENSIONS,
  INDEX_INDICATORS,
  INDICATOR_KEYS,
  type DevelopmentIndexResult,
  type IndexObservation,
  type IndicatorKey,
} from './development-index.js';

/** More digits than the module's 34, so the checks below add no rounding of their own. */
const Decimal = BaseDecimal.clone({ precision: 60 });

/**
 * The worked example of docs/methods/development-index.md § Worked example: two zones, three quarters, four
 * indicators (one per dimension except structure), base quarter 2024-Q1.
 */
const EXAMPLE_INDICATORS: readonly IndicatorKey[] = [
  'tradeValue',
  'tradeGrowth',
  'filedEnterprises',
  'parks',
];
const obs = (
  zoneCode: string,
  quarter: string,
  tradeValue: string | null,
  tradeGrowth: string | null,
  filedEnterprises: string | null,
  parks: string | null,
): IndexObservation => ({ zoneCode, quarter, values: { tradeValue, tradeGrowth, filedEnterprises, parks } });
const EXAMPLE: readonly IndexObservation[] = [
  obs('zhuzhou', '2024-Q1', '100000000', '-10', '20', '1'),
  obs('zhuzhou', '2024-Q2', '200000000', '10', '40', '1'),
  obs('zhuzhou', '2024-Q3', '300000000', '25', '60', '2'),
  obs('chenzhou', '2024-Q1', '300000000', '30', '30', '2'),
  obs('chenzhou', '2024-Q2', '400000000', '0', '30', '3'),
  obs('chenzhou', '2024-Q3', '500000000', '10', '40', '3'),
];
const example = (weighting: 'expert' | 'entropy', observations = EXAMPLE) =>
  computeDevelopmentIndex(observations, {
    weighting,
    baseQuarter: '2024-Q1',
    indicators: EXAMPLE_INDICATORS,
  });

const row = (r: DevelopmentIndexResult, zone: string, quarter: string) => {
  const found = r.rows.find((x) => x.zoneCode === zone && x.quarter === quarter);
  assert.ok(found, `${zone} ${quarter}`);
  return found;
};
const column = (r: DevelopmentIndexResult, pick: (x: DevelopmentIndexResult['rows'][number]) => unknown) =>
  ['zhuzhou', 'chenzhou'].flatMap((z) => ['2024-Q1', '2024-Q2', '2024-Q3'].map((q) => pick(row(r, z, q))));
const near = (actual: string | null | undefined, expected: string, tolerance = '1e-15') => {
  assert.ok(actual != null, `expected ${expected}, got ${actual}`);
  assert.ok(
    new Decimal(actual).minus(expected).abs().lte(tolerance),
    `expected ${expected} ± ${tolerance}, got ${actual}`,
  );
};

describe('development index: the indicator set', () => {
  it('documents eleven indicators in five dimensions whose weights sum to exactly 1', () => {
    assert.deepEqual(
      INDEX_INDICATORS.map((i) => i.key),
      [...INDICATOR_KEYS],
    );
    const total = INDEX_INDICATORS.reduce((s, i) => s.plus(i.weight), new Decimal(0));
    assert.equal(total.toFixed(), '1');
    const dims = INDEX_DIMENSIONS.reduce((s, d) => s.plus(d.weight), new Decimal(0));
    assert.equal(dims.toFixed(), '1');
    // Each dimension's stated weight is the sum of its indicators' weights.
    for (const d of INDEX_DIMENSIONS) {
      const within = INDEX_INDICATORS.filter((i) => i.dimension === d.key).reduce(
        (s, i) => s.plus(i.weight),
        new Decimal(0),
      );
      assert.equal(within.toFixed(), new Decimal(d.weight).toFixed(), d.key);
    }
    assert.deepEqual(
      INDEX_DIMENSIONS.map((d) => d.key),
      [...DIMENSIONS],
    );
    assert.ok(INDEX_INDICATORS.every((i) => i.direction === 'positive' && i.name.zh && i.name.en));
  });

  it('rescales the expert weights to the indicators used', () => {
    // 0.20 + 0.20 + 0.05 + 0.05 = 0.50, so 0.4, 0.4, 0.1, 0.1.
    assert.deepEqual(expertWeights(EXAMPLE_INDICATORS), {
      tradeValue: '0.4',
      tradeGrowth: '0.4',
      filedEnterprises: '0.1',
      parks: '0.1',
    });
    assert.equal(expertWeights().shopSales, '0.1');
  });

  it('scores with the efficacy coefficient, both directions', () => {
    // 60 + 40 × (15 − 10)/(30 − 10) = 70; negative: 60 + 40 × (30 − 15)/(30 − 10) = 90.
    assert.equal(efficacyScore('15', '10', '30', 'positive'), '70');
    assert.equal(efficacyScore('15', '10', '30', 'negative'), '90');
    assert.equal(efficacyScore('10', '10', '30', 'positive'), '60');
    assert.equal(efficacyScore('10', '10', '30', 'negative'), '100');
    assert.equal(efficacyScore('7', '7', '7', 'negative'), '100');
  });
});

describe('development index: the worked example, recomputed by hand', () => {
  /*
   * Ranges over all six observations:
   *   tradeValue 100 000 000 … 500 000 000 (range 400 000 000), tradeGrowth −10 … 30 (40),
   *   filedEnterprises 20 … 60 (40), parks 1 … 3 (2).
   * Scores 60 + 40 × (x − min)/range:
   *                       tradeValue  tradeGrowth  filedEnterprises  parks
   *   zhuzhou  2024-Q1        60          60             60            60
   *   zhuzhou  2024-Q2        70          80             80            60
   *   zhuzhou  2024-Q3        80          95            100            80
   *   chenzhou 2024-Q1        80         100             70            80
   *   chenzhou 2024-Q2        90          70             70           100
   *   chenzhou 2024-Q3       100          80             80           100
   */
  it('scores and ranges', () => {
    const r = example('expert');
    assert.deepEqual(r.ranges, {
      tradeValue: { min: '100000000', max: '500000000' },
      tradeGrowth: { min: '-10', max: '30' },
      filedEnterprises: { min: '20', max: '60' },
      parks: { min: '1', max: '3' },
    });
    assert.deepEqual(
      column(r, (x) => x.scores),
      [
        [60, 60, 60, 60],
        [70, 80, 80, 60],
        [80, 95, 100, 80],
        [80, 100, 70, 80],
        [90, 70, 70, 100],
        [100, 80, 80, 100],
      ].map(([a, b, c, d]) => ({
        tradeValue: `${a}.00`,
        tradeGrowth: `${b}.00`,
        filedEnterprises: `${c}.00`,
        parks: `${d}.00`,
      })),
    );
  });

  /*
   * Expert weights 0.4, 0.4, 0.1, 0.1 (0.20, 0.20, 0.05, 0.05 rescaled by 0.50):
   *   zhuzhou  Q1: 0.4×60 + 0.4×60 + 0.1×60  + 0.1×60  = 24 + 24 + 6  + 6  = 60   index 100
   *   zhuzhou  Q2: 0.4×70 + 0.4×80 + 0.1×80  + 0.1×60  = 28 + 32 + 8  + 6  = 74   index 100×74/60 = 123.33…
   *   zhuzhou  Q3: 0.4×80 + 0.4×95 + 0.1×100 + 0.1×80  = 32 + 38 + 10 + 8  = 88   index 100×88/60 = 146.66…
   *   chenzhou Q1: 0.4×80 + 0.4×100+ 0.1×70  + 0.1×80  = 32 + 40 + 7  + 8  = 87   index 100
   *   chenzhou Q2: 0.4×90 + 0.4×70 + 0.1×70  + 0.1×100 = 36 + 28 + 7  + 10 = 81   index 100×81/87 = 93.103…
   *   chenzhou Q3: 0.4×100+ 0.4×80 + 0.1×80  + 0.1×100 = 40 + 32 + 8  + 10 = 90   index 100×90/87 = 103.448…
   * Sub-indices (one indicator per dimension here, so the dimension composite is that indicator's score):
   *   scale        zhuzhou 60, 70, 80 → 100, 116.67, 133.33   chenzhou 80, 90, 100 → 100, 112.50, 125.00
   *   growth       zhuzhou 60, 80, 95 → 100, 133.33, 158.33   chenzhou 100, 70, 80 → 100, 70.00, 80.00
   *   entities     zhuzhou 60, 80, 100 → 100, 133.33, 166.67  chenzhou 70, 70, 80 → 100, 100.00, 114.29
   *   environment  zhuzhou 60, 60, 80 → 100, 100.00, 133.33   chenzhou 80, 100, 100 → 100, 125.00, 125.00
   *   structure    no indicator used → null
   */
  it('expert weighting', () => {
    const r = example('expert');
    assert.deepEqual(r.weights, {
      tradeValue: '0.4000',
      tradeGrowth: '0.4000',
      filedEnterprises: '0.1000',
      parks: '0.1000',
    });
    assert.deepEqual(
      column(r, (x) => x.composite),
      ['60.00', '74.00', '88.00', '87.00', '81.00', '90.00'],
    );
    assert.deepEqual(
      column(r, (x) => x.index),
      ['100.00', '123.33', '146.67', '100.00', '93.10', '103.45'],
    );
    const sub = (dim: (typeof DIMENSIONS)[number]) => column(r, (x) => x.dimensions[dim].index);
    assert.deepEqual(sub('scale'), ['100.00', '116.67', '133.33', '100.00', '112.50', '125.00']);
    assert.deepEqual(sub('growth'), ['100.00', '133.33', '158.33', '100.00', '70.00', '80.00']);
    assert.deepEqual(sub('entities'), ['100.00', '133.33', '166.67', '100.00', '100.00', '114.29']);
    assert.deepEqual(sub('environment'), ['100.00', '100.00', '133.33', '100.00', '125.00', '125.00']);
    assert.deepEqual(sub('structure'), [null, null, null, null, null, null]);
    assert.ok(r.rows.every((x) => x.missing.length === 0 && x.indexNote === null));
    assert.equal(r.trace.entropy, null);
    // The unrounded figures are exact here: 74/60 = 1.2333…
    assert.equal(row(r, 'zhuzhou', '2024-Q2').composite, '74.00');
    near(
      r.trace.rows.find((x) => x.zoneCode === 'zhuzhou' && x.quarter === '2024-Q2')!.index,
      '123.3333333333333333333333333333333',
      '1e-30',
    );
  });

  /*
   * Entropy weighting, n = 6, ln 6 = 1.791759469228055.
   *   column sums Σ s: tradeValue 480, tradeGrowth 485, filedEnterprises 460, parks 480.
   *   p = s / Σ s, e.g. tradeValue: 60/480 = 0.125, 70/480 = 0.1458333, 80/480 = 0.1666667 (twice),
   *     90/480 = 0.1875, 100/480 = 0.2083333.
   *   Σ p ln p: tradeValue −1.778620497333, tradeGrowth −1.777313992947, filedEnterprises −1.778854124773,
   *     parks −1.770703507627.
   *   e = −Σ p ln p / ln 6:   0.9926670001634   0.9919378261819   0.9927973901201   0.9882484440781
   *   d = 1 − e:              0.0073329998366   0.0080621738181   0.0072026098799   0.0117515559219
   *   Σ d = 0.0343493394566;  w = d / Σ d:
   *                           0.2134829942188   0.2347111748195   0.2096869981738   0.3421188327880
   * Composites S = Σ w × s:
   *   zhuzhou  60 (every score 60), 71.022793402052, 87.714407585767
   *   chenzhou 82.597353514651, 84.533224868016, 91.112036540136
   * Index 100 × S / S(Q1):
   *   zhuzhou  100, 118.371322336754, 146.190679309612
   *   chenzhou 100, 102.343745012388, 110.308663247877
   * Sub-indices: every dimension used here has one indicator, whose within-dimension weight rescales to 1,
   * so they equal the expert ones.
   */
  it('entropy weighting', () => {
    const r = example('entropy');
    const t = r.trace;
    assert.equal(t.entropy?.n, 6);
    near(t.entropy?.e.tradeValue, '0.9926670001634', '1e-13');
    near(t.entropy?.e.tradeGrowth, '0.9919378261819', '1e-13');
    near(t.entropy?.e.filedEnterprises, '0.9927973901201', '1e-13');
    near(t.entropy?.e.parks, '0.9882484440781', '1e-13');
    near(t.weights.tradeValue, '0.2134829942188', '1e-13');
    near(t.weights.tradeGrowth, '0.2347111748195', '1e-13');
    near(t.weights.filedEnterprises, '0.2096869981738', '1e-13');
    near(t.weights.parks, '0.3421188327880', '1e-13');
    assert.deepEqual(r.weights, {
      tradeValue: '0.2135',
      tradeGrowth: '0.2347',
      filedEnterprises: '0.2097',
      parks: '0.3421',
    });
    assert.deepEqual(
      column(r, (x) => x.composite),
      ['60.00', '71.02', '87.71', '82.60', '84.53', '91.11'],
    );
    assert.deepEqual(
      column(r, (x) => x.index),
      ['100.00', '118.37', '146.19', '100.00', '102.34', '110.31'],
    );
    const traced = (z: string, q: string) => t.rows.find((x) => x.zoneCode === z && x.quarter === q)!;
    near(traced('zhuzhou', '2024-Q2').composite, '71.022793402052', '1e-11');
    near(traced('chenzhou', '2024-Q3').index, '110.308663247877', '1e-11');
    assert.deepEqual(
      column(r, (x) => x.dimensions.growth.index),
      ['100.00', '133.33', '158.33', '100.00', '70.00', '80.00'],
    );
    assert.deepEqual(r.unweighted, []);
  });

  it('the trace lets anyone recompute the composite from the weights and scores', () => {
    for (const weighting of ['expert', 'entropy'] as const) {
      const r = example(weighting);
      for (const tr of r.trace.rows) {
        const s = EXAMPLE_INDICATORS.reduce(
          (acc, k) => acc.plus(new Decimal(r.trace.weights[k]!).times(tr.scores[k]!)),
          new Decimal(0),
        );
        near(tr.composite, s.toFixed(), '1e-25');
      }
    }
  });
});

describe('development index: edge cases', () => {
  it('max = min: every observation scores 100 and the entropy method gives the indicator no weight', () => {
    const flat = EXAMPLE.map((o) => ({ ...o, values: { ...o.values, parks: '2' } }));
    const expert = example('expert', flat);
    assert.deepEqual(expert.ranges.parks, { min: '2', max: '2' });
    assert.ok(expert.rows.every((x) => x.scores.parks === '100.00'));
    // zhuzhou Q1: 0.4×60 + 0.4×60 + 0.1×60 + 0.1×100 = 64.
    assert.equal(row(expert, 'zhuzhou', '2024-Q1').composite, '64.00');
    const entropy = example('entropy', flat);
    assert.equal(entropy.trace.weights.parks, '0');
    assert.equal(entropy.trace.entropy?.e.parks, '1');
    // Everything constant: equal weights, every composite 100, every index 100.
    const allFlat = EXAMPLE.map((o) => ({ ...o, values: { tradeValue: '5', parks: '2' } }));
    const r = computeDevelopmentIndex(allFlat, {
      weighting: 'entropy',
      baseQuarter: '2024-Q1',
      indicators: ['tradeValue', 'parks'],
    });
    assert.deepEqual(r.weights, { tradeValue: '0.5000', parks: '0.5000' });
    assert.ok(r.rows.every((x) => x.composite === '100.00' && x.index === '100.00'));
  });

  /*
   * chenzhou 2024-Q2 without parks. The parks range stays 1 … 3 (from the other five).
   * Expert: S = (0.4×90 + 0.4×70 + 0.1×70) / (0.4 + 0.4 + 0.1) = 71 / 0.9 = 78.888…; index 100 × 78.888…/87
   * = 90.6769; the environment sub-index of that quarter is null.
   * Entropy: parks is left out for every observation; d of the other three is unchanged, so
   * w = 0.0073329998366 / 0.0225977835347 = 0.3245008443143, 0.3567683443716, 0.3187308113141;
   * chenzhou Q1 = 0.32450×80 + 0.35677×100 + 0.31873×70 = 83.948058774290, Q2 = 76.490016886286,
   * index Q2 = 91.115885230823.
   */
  it('missing values: left out, remaining weights rescaled, reported', () => {
    const gap = EXAMPLE.map((o) =>
      o.zoneCode === 'chenzhou' && o.quarter === '2024-Q2'
        ? { ...o, values: { ...o.values, parks: null } }
        : o,
    );
    const expert = example('expert', gap);
    const c2 = row(expert, 'chenzhou', '2024-Q2');
    assert.deepEqual(c2.missing, ['parks']);
    assert.equal(c2.scores.parks, null);
    assert.equal(c2.composite, '78.89');
    assert.equal(c2.index, '90.68');
    assert.deepEqual(c2.dimensions.environment, { composite: null, index: null });
    assert.ok(c2.indexNote?.en.includes('other indicators'));
    assert.deepEqual(expert.ranges.parks, { min: '1', max: '3' });
    assert.equal(row(expert, 'chenzhou', '2024-Q3').index, '103.45');
    assert.deepEqual(row(expert, 'chenzhou', '2024-Q3').missing, []);

    const entropy = example('entropy', gap);
    assert.deepEqual(entropy.unweighted, ['parks']);
    assert.equal(entropy.weights.parks, '0.0000');
    near(entropy.trace.weights.tradeValue, '0.3245008443143', '1e-13');
    near(entropy.trace.weights.tradeGrowth, '0.3567683443716', '1e-13');
    near(entropy.trace.weights.filedEnterprises, '0.3187308113141', '1e-13');
    const e2 = row(entropy, 'chenzhou', '2024-Q2');
    assert.deepEqual(e2.missing, ['parks']);
    assert.equal(e2.composite, '76.49');
    assert.equal(e2.index, '91.12');
    // Every composite rests on the same three indicators, so there is nothing to caution about.
    assert.equal(e2.indexNote, null);
  });

  it('absent keys count as unknown; an indicator nobody knows has no range', () => {
    const r = example(
      'expert',
      EXAMPLE.map((o) => ({ ...o, values: { tradeValue: o.values.tradeValue } })),
    );
    assert.deepEqual(r.ranges.parks, { min: null, max: null });
    assert.deepEqual(row(r, 'zhuzhou', '2024-Q2').missing, ['tradeGrowth', 'filedEnterprises', 'parks']);
    // Only tradeValue is left: zhuzhou 60 → 70 is 116.67.
    assert.equal(row(r, 'zhuzhou', '2024-Q2').index, '116.67');
    assert.throws(
      () =>
        example(
          'entropy',
          EXAMPLE.map((o, i) => ({ ...o, values: { ...o.values, [EXAMPLE_INDICATORS[i % 4]!]: null } })),
        ),
      (e: unknown) => e instanceof AppError && e.errors[0]?.code === 'no_complete_indicator',
    );
  });

  it('a zone without the base quarter, or a base quarter nobody has, gets a null index with the reason', () => {
    const r = example('expert', [...EXAMPLE, obs('hengyang', '2024-Q2', '250000000', '5', '25', '1')]);
    const h = row(r, 'hengyang', '2024-Q2');
    assert.equal(h.index, null);
    assert.notEqual(h.composite, null);
    assert.match(h.indexNote!.zh, /没有基期 2024-Q1/);
    assert.deepEqual(h.dimensions.scale.index, null);
    assert.equal(row(r, 'zhuzhou', '2024-Q1').index, '100.00');

    const none = computeDevelopmentIndex(EXAMPLE, {
      weighting: 'expert',
      baseQuarter: '2023-Q4',
      indicators: EXAMPLE_INDICATORS,
    });
    assert.ok(none.rows.every((x) => x.index === null && x.indexNote?.en.includes('2023-Q4')));
    assert.deepEqual(
      column(none, (x) => x.composite),
      ['60.00', '74.00', '88.00', '87.00', '81.00', '90.00'],
    );
  });

  it('refuses fewer than 2 observations and malformed input, naming every bad field', () => {
    for (const few of [[], EXAMPLE.slice(0, 1)])
      for (const weighting of ['expert', 'entropy'] as const)
        assert.throws(
          () => computeDevelopmentIndex(few, { weighting, baseQuarter: '2024-Q1' }),
          (e: unknown) =>
            e instanceof AppError &&
            e.code === 'validation_failed' &&
            e.errors.some((f) => f.field === 'observations' && f.code === 'too_few') &&
            /at least 2 observations/.test(e.errors[0]!.message.en),
        );
    assert.throws(
      () =>
        computeDevelopmentIndex(
          [obs('zhuzhou', '2024Q1', '1.5e3', null, null, null), EXAMPLE[0]!, EXAMPLE[0]!],
          {
            weighting: 'expert',
            baseQuarter: '2024-1',
          },
        ),
      (e: unknown) =>
        e instanceof AppError &&
        [
          'baseQuarter',
          'observations[0].quarter',
          'observations[0].values.tradeValue',
          'observations[2]',
        ].every((f) => e.errors.some((x) => x.field === f)),
    );
    for (const indicators of [[], ['parks', 'parks'], ['nope']] as IndicatorKey[][])
      assert.throws(
        () => computeDevelopmentIndex(EXAMPLE, { weighting: 'expert', baseQuarter: '2024-Q1', indicators }),
        (e: unknown) => e instanceof AppError && e.errors.some((x) => x.field === 'indicators'),
      );
  });
});

describe('development index: properties', () => {
  const quarters = ['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3'];
  const zones = ['zhuzhou', 'chenzhou', 'hengyang'];
  const keys = fc.subarray([...INDICATOR_KEYS], { minLength: 1 });
  const amount = fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String);
  /** 2–12 distinct zone × quarter observations; every value known (nullable: some unknown). */
  const dataset = (nullable: boolean) =>
    fc
      .tuple(
        keys,
        fc.uniqueArray(fc.tuple(fc.constantFrom(...zones), fc.constantFrom(...quarters)), {
          minLength: 2,
          maxLength: 12,
          selector: ([z, q]) => `${z} ${q}`,
        }),
      )
      .chain(([ks, cells]) =>
        fc
          .array(
            fc.array(nullable ? fc.option(amount, { freq: 4 }) : amount, {
              minLength: ks.length,
              maxLength: ks.length,
            }),
            {
              minLength: cells.length,
              maxLength: cells.length,
            },
          )
          .map((vals) => ({
            indicators: ks,
            observations: cells.map(([zoneCode, quarter], i) => ({
              zoneCode,
              quarter,
              values: Object.fromEntries(ks.map((k, j) => [k, vals[i]![j]!])),
            })),
          })),
      );
  const weighting = fc.constantFrom('expert' as const, 'entropy' as const);
  const run = (
    d: { indicators: IndicatorKey[]; observations: IndexObservation[] },
    w: 'expert' | 'entropy',
    baseQuarter = '2024-Q1',
  ) => computeDevelopmentIndex(d.observations, { weighting: w, baseQuarter, indicators: d.indicators });

  it('the base quarter’s index is exactly 100', () => {
    fc.assert(
      fc.property(dataset(false), weighting, fc.constantFrom(...quarters), (d, w, base) => {
        const r = run(d, w, base);
        r.trace.rows.forEach((tr, i) => {
          if (tr.quarter === base) {
            assert.equal(tr.index, '100');
            assert.equal(r.rows[i]!.index, '100.00');
          }
        });
      }),
    );
  });

  it('every score lies in [60, 100], with missing values too', () => {
    fc.assert(
      fc.property(dataset(true), (d) => {
        const r = run(d, 'expert');
        for (const tr of r.trace.rows)
          for (const k of d.indicators) {
            const s = tr.scores[k];
            if (s === null || s === undefined) continue;
            assert.ok(new Decimal(s).gte(60) && new Decimal(s).lte(100), s);
          }
      }),
    );
  });

  it('scaling an indicator by a positive constant does not change the index', () => {
    const factor = fc.oneof(
      fc.integer({ min: 1, max: 1_000_000 }).map(String),
      fc.constantFrom('0.001', '6.8', '0.5'),
    );
    fc.assert(
      fc.property(dataset(false), weighting, factor, fc.nat(), (d, w, k, pick) => {
        const key = d.indicators[pick % d.indicators.length]!;
        const scaled = {
          ...d,
          observations: d.observations.map((o) => ({
            ...o,
            values: { ...o.values, [key]: new Decimal(o.values[key]!).times(k).toFixed() },
          })),
        };
        assert.deepEqual(
          run(scaled, w).trace.rows.map((x) => [x.index, x.composite]),
          run(d, w).trace.rows.map((x) => [x.index, x.composite]),
        );
      }),
    );
  });

  it('entropy weights are non-negative and sum to 1', () => {
    fc.assert(
      fc.property(dataset(false), (d) => {
        const ws = Object.values(run(d, 'entropy').trace.weights).map((x) => new Decimal(x));
        assert.ok(ws.every((x) => x.gte(0)));
        // Exact up to the 34th significant digit of each quotient d / Σ d.
        near(ws.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(), '1', '1e-30');
      }),
    );
  });

  it('a zone whose every indicator improves gets a higher composite', () => {
    const step = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(
        dataset(false),
        weighting,
        fc.array(step, { minLength: 11, maxLength: 11 }),
        (d, w, steps) => {
          // A further zone with two quarters, the second better on every indicator.
          const before = Object.fromEntries(d.indicators.map((k) => [k, d.observations[0]!.values[k]!]));
          const after = Object.fromEntries(
            d.indicators.map((k, j) => [k, new Decimal(before[k]!).plus(steps[j]!).toFixed()]),
          );
          const r = run(
            {
              ...d,
              observations: [
                ...d.observations,
                { zoneCode: 'another-zone', quarter: '2024-Q1', values: before },
                { zoneCode: 'another-zone', quarter: '2024-Q2', values: after },
              ],
            },
            w,
          );
          const c = (q: string) =>
            new Decimal(
              r.trace.rows.find((x) => x.zoneCode === 'another-zone' && x.quarter === q)!.composite!,
            );
          assert.ok(c('2024-Q2').gt(c('2024-Q1')));
          assert.ok(
            new Decimal(
              r.trace.rows.find((x) => x.zoneCode === 'another-zone' && x.quarter === '2024-Q2')!.index!,
            ).gt(100),
          );
        },
      ),
    );
  });
});
