import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  CLIMATE_QUESTIONS,
  climateIndex,
  diffusion,
  type ClimateAnswer,
  type ClimateAnswers,
} from './climate-index.js';

const answer = fc.constantFrom<ClimateAnswer>('up', 'flat', 'down');
const answers = fc.record({ ordersNow: answer, ordersNext: answer, staffNow: answer, staffNext: answer });
const mirror = (a: ClimateAnswer): ClimateAnswer => (a === 'up' ? 'down' : a === 'down' ? 'up' : 'flat');

/** n entries answering one question as given and the others flat. */
function many(spec: Partial<Record<(typeof CLIMATE_QUESTIONS)[number], ClimateAnswer[]>>): ClimateAnswers[] {
  const n = Math.max(...Object.values(spec).map((v) => v.length));
  return Array.from({ length: n }, (_, i) => ({
    ordersNow: spec.ordersNow?.[i] ?? 'flat',
    ordersNext: spec.ordersNext?.[i] ?? 'flat',
    staffNow: spec.staffNow?.[i] ?? 'flat',
    staffNext: spec.staffNext?.[i] ?? 'flat',
  }));
}
const times = (a: ClimateAnswer, n: number): ClimateAnswer[] => Array.from({ length: n }, () => a);

describe('business-climate diffusion index', () => {
  it('matches a case computed by hand (docs/methods/business-climate-index.md)', () => {
    // Ten enterprises.
    // orders now:  5 up, 3 flat, 2 down → 100 × (0.5 + 0.5 × 0.3) = 65
    // orders next: 2 up, 6 flat, 2 down → 100 × (0.2 + 0.5 × 0.6) = 50
    // staff now:   1 up, 5 flat, 4 down → 100 × (0.1 + 0.5 × 0.5) = 35
    // staff next:  4 up, 4 flat, 2 down → 100 × (0.4 + 0.5 × 0.4) = 60
    // composite (65 + 50 + 35 + 60) / 4 = 52.5: above the boom-bust line.
    const r = climateIndex(
      many({
        ordersNow: [...times('up', 5), ...times('flat', 3), ...times('down', 2)],
        ordersNext: [...times('up', 2), ...times('flat', 6), ...times('down', 2)],
        staffNow: [...times('up', 1), ...times('flat', 5), ...times('down', 4)],
        staffNext: [...times('up', 4), ...times('flat', 4), ...times('down', 2)],
      }),
    );
    assert.equal(r.respondents, 10);
    assert.deepEqual(r.questions.ordersNow, { up: 5, flat: 3, down: 2, index: 65 });
    assert.deepEqual(r.questions.ordersNext, { up: 2, flat: 6, down: 2, index: 50 });
    assert.deepEqual(r.questions.staffNow, { up: 1, flat: 5, down: 4, index: 35 });
    assert.deepEqual(r.questions.staffNext, { up: 4, flat: 4, down: 2, index: 60 });
    assert.equal(r.composite, 52.5);
    assert.equal(r.reading, 'expanding');
  });

  it('rounds half-up to one decimal, the composite from the unrounded indexes', () => {
    // Three enterprises: 2 up and 1 flat → 100 × (2/3 + 1/6) = 83.333… → 83.3;
    // 1 up, 2 down → 33.333… → 33.3; staff questions all flat → 50.
    // composite (83.333… + 33.333… + 50 + 50) / 4 = 54.1666… → 54.2 (from rounded ones: 54.15 → 54.2 too).
    const r = climateIndex(
      many({
        ordersNow: ['up', 'up', 'flat'],
        ordersNext: ['up', 'down', 'down'],
        staffNow: times('flat', 3),
      }),
    );
    assert.equal(r.questions.ordersNow.index, 83.3);
    assert.equal(r.questions.ordersNext.index, 33.3);
    assert.equal(r.questions.staffNow.index, 50);
    assert.equal(r.composite, 54.2);
    // 1 up of 8, rest down: 12.5 exactly; 3 of 8 flat, rest down: 18.75 → 18.8 (half-up).
    assert.equal(diffusion(1, 0, 8)?.toFixed(), '12.5');
    const h = climateIndex(many({ ordersNow: [...times('flat', 3), ...times('down', 5)] }));
    assert.equal(h.questions.ordersNow.index, 18.8);
  });

  it('has no value without answers', () => {
    const r = climateIndex([]);
    assert.equal(r.respondents, 0);
    assert.equal(r.composite, null);
    assert.equal(r.reading, null);
    assert.deepEqual(r.questions.staffNext, { up: 0, flat: 0, down: 0, index: null });
  });

  it('stays within 0–100, counts every answer once, and the composite lies between its parts', () => {
    fc.assert(
      fc.property(fc.array(answers, { minLength: 1, maxLength: 60 }), (list) => {
        const r = climateIndex(list);
        const parts = CLIMATE_QUESTIONS.map((q) => r.questions[q]);
        for (const p of parts) {
          assert.equal(p.up + p.flat + p.down, list.length);
          assert.ok(p.index !== null && p.index >= 0 && p.index <= 100);
        }
        const idx = parts.map((p) => p.index!);
        assert.ok(r.composite! >= Math.min(...idx) - 0.05 && r.composite! <= Math.max(...idx) + 0.05);
      }),
    );
  });

  it('is 50 when all answer flat, 100 all up, 0 all down; mirrors around the boom-bust line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), answer, (n, a) => {
        const all = Array.from({ length: n }, () => ({
          ordersNow: a,
          ordersNext: a,
          staffNow: a,
          staffNext: a,
        }));
        assert.equal(climateIndex(all).composite, { up: 100, flat: 50, down: 0 }[a]);
      }),
    );
    fc.assert(
      fc.property(fc.array(answers, { minLength: 1, maxLength: 60 }), (list) => {
        const flipped = list.map((a) => ({
          ordersNow: mirror(a.ordersNow),
          ordersNext: mirror(a.ordersNext),
          staffNow: mirror(a.staffNow),
          staffNext: mirror(a.staffNext),
        }));
        const r = climateIndex(list);
        const m = climateIndex(flipped);
        for (const q of CLIMATE_QUESTIONS) {
          const exact = diffusion(r.questions[q].up, r.questions[q].flat, list.length)!;
          const back = diffusion(m.questions[q].up, m.questions[q].flat, list.length)!;
          assert.ok(exact.plus(back).minus(100).abs().lt(1e-12));
        }
        const reading = { expanding: 'contracting', contracting: 'expanding', neutral: 'neutral' } as const;
        assert.equal(m.reading, reading[r.reading!]);
      }),
    );
  });

  it('does not depend on the order of the enterprises, and an answer turning up never lowers its index', () => {
    fc.assert(
      fc.property(
        fc.array(answers, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.constantFrom(...CLIMATE_QUESTIONS),
        (list, pick, q) => {
          const shuffled = [...list].reverse();
          assert.deepEqual(climateIndex(shuffled), climateIndex(list));
          const i = pick % list.length;
          const before = list[i]![q];
          const better: ClimateAnswer = before === 'down' ? 'flat' : 'up';
          const changed = list.map((a, j) => (j === i ? { ...a, [q]: better } : a));
          const a = climateIndex(list);
          const b = climateIndex(changed);
          assert.ok(b.questions[q].index! >= a.questions[q].index!);
          assert.ok(b.composite! >= a.composite!);
        },
      ),
    );
  });
});
