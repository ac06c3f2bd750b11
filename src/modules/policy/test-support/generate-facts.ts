import fc from 'fast-check';
import { APPLICANT_KINDS, FACTS, LEVELS, type FactDef, type FieldDef } from '../facts.js';

/**
 * Random facts over the whole vocabulary, for the property tests (fast-check) and the benchmark (a
 * seeded generator). Money is built from whole fen with integer arithmetic: no float ever makes an
 * amount. Values are spread around the documents' thresholds (10万 … 10亿 yuan, 100 … 3000 m²).
 */

const fenToYuan = (fen: bigint): string => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

/** Draws from a seeded generator (mulberry32), so a benchmark run is repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

/** Yuan on a log scale from 1 to 10亿, as a decimal string with fen. */
function yuan(rnd: () => number): string {
  const exp = rnd() * 9;
  return fenToYuan(BigInt(Math.floor(10 ** exp * 100)));
}

function valueOf(unit: FieldDef['unit'] | FactDef['unit'], rnd: () => number): unknown {
  switch (unit) {
    case 'yuan':
      return yuan(rnd);
    case 'm2':
      return fenToYuan(BigInt(Math.floor(rnd() * 400_000)));
    case 'count':
      return Math.floor(10 ** (rnd() * 6));
    case 'year':
      return 2019 + Math.floor(rnd() * 8);
    case 'date':
      return `${2019 + Math.floor(rnd() * 8)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    case 'boolean':
      return rnd() < 0.85;
    case 'level':
      return pick(rnd, LEVELS);
    case 'applicant_kind':
      return rnd() < 0.7 ? 'enterprise' : pick(rnd, APPLICANT_KINDS);
    default:
      return undefined;
  }
}

/** One applicant's facts: each fact present with probability `density`. */
export function generateFacts(
  rnd: () => number,
  ruleIds: readonly string[],
  density = 0.8,
): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const def of Object.values(FACTS)) {
    if (def.id !== 'applicantKind' && rnd() > density) continue;
    if (def.unit === 'records') {
      const rows: Record<string, unknown>[] = [];
      const n = Math.floor(rnd() * 4);
      for (let i = 0; i < n; i++) {
        const row: Record<string, unknown> = {};
        for (const [k, field] of Object.entries(def.fields ?? {})) row[k] = valueOf(field.unit, rnd);
        rows.push(row);
      }
      facts[def.id] = rows;
    } else if (def.unit === 'awards') {
      const awards: Record<string, string> = {};
      for (const id of ruleIds) if (rnd() < 0.05) awards[id] = yuan(rnd);
      facts[def.id] = awards;
    } else facts[def.id] = valueOf(def.unit, rnd);
  }
  return facts;
}

/** The same, as a fast-check arbitrary (shrinking by seed). */
export function factsArbitrary(
  ruleIds: readonly string[],
  density = 0.8,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.integer().map((seed) => generateFacts(seededRandom(seed), ruleIds, density));
}
