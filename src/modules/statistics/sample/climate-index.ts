import { Decimal } from 'decimal.js';

/**
 * The business-climate diffusion index (景气指数) of a zone's sample enterprises for a month, from their
 * answers to the monthly questionnaire (株洲 实施意见 (十六) 加强跨境电商运营监测; 湘政发〔2023〕9号 二(二)5
 * 统计监测). Pure: no I/O. The method, for recomputing it by hand: docs/methods/business-climate-index.md.
 *
 * For each question, with N enterprises answering, U of them "up" and F "flat":
 *   index = 100 × (U / N + 0.5 × F / N)
 * so 100 means every enterprise answered up, 0 every one down, and 50 — the boom-bust line — as many up
 * as down. The composite is the arithmetic mean of the four question indexes, equal weights, taken from
 * the unrounded question indexes. Published values are rounded half-up to one decimal.
 */
export type ClimateAnswer = 'up' | 'flat' | 'down';

/** The questionnaire: this month against the last, and the expectation for next month; of orders and staff. */
export const CLIMATE_QUESTIONS = ['ordersNow', 'ordersNext', 'staffNow', 'staffNext'] as const;
export type ClimateQuestion = (typeof CLIMATE_QUESTIONS)[number];
export type ClimateAnswers = Readonly<Record<ClimateQuestion, ClimateAnswer>>;

/** The boom-bust line: above it more enterprises see growth than decline. */
export const BOOM_BUST_LINE = 50;

export interface QuestionIndex {
  up: number;
  flat: number;
  down: number;
  /** 0–100, one decimal; null when nobody answered. */
  index: number | null;
}

export interface ClimateIndex {
  /** Enterprises whose answers count. */
  respondents: number;
  questions: Record<ClimateQuestion, QuestionIndex>;
  /** Mean of the four question indexes, one decimal; null when nobody answered. */
  composite: number | null;
  /** Where the composite stands against the boom-bust line. */
  reading: 'expanding' | 'neutral' | 'contracting' | null;
}

const publish = (d: Decimal) => d.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber();

/** 100 × (U + 0.5 F) / N, exactly (as a decimal), or null without answers. */
export function diffusion(up: number, flat: number, n: number): Decimal | null {
  if (n === 0) return null;
  return new Decimal(up).times(2).plus(flat).times(50).div(n);
}

/** The index of one month from the answers of each sampled enterprise that reported it (one entry each). */
export function climateIndex(answers: readonly ClimateAnswers[]): ClimateIndex {
  const n = answers.length;
  // Σ over the questions of (2U + F): the composite is 50 × that / (4N), in whole numbers until one division.
  let score = 0;
  const questions = {} as Record<ClimateQuestion, QuestionIndex>;
  for (const q of CLIMATE_QUESTIONS) {
    const counts = { up: 0, flat: 0, down: 0 };
    for (const a of answers) counts[a[q]] += 1;
    score += 2 * counts.up + counts.flat;
    const d = diffusion(counts.up, counts.flat, n);
    questions[q] = { ...counts, index: d ? publish(d) : null };
  }
  if (n === 0) return { respondents: 0, questions, composite: null, reading: null };
  const line = CLIMATE_QUESTIONS.length * n;
  return {
    respondents: n,
    questions,
    composite: publish(new Decimal(score).times(50).div(line)),
    reading: score > line ? 'expanding' : score < line ? 'contracting' : 'neutral',
  };
}
