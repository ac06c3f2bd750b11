import { AppError } from '../../shared/app-error.js';
import { evaluate } from './evaluate.js';
import type { Evaluation, ItemStatus } from './result.js';
import type { ZoneId } from './types.js';
import { ZONE_IDS } from './types.js';
import { CASES } from '../../../policies/index.js';

/** What a case expects of one item; only the fields given are checked. */
export interface ExpectedItem {
  readonly status: ItemStatus;
  /** The final amount in yuan ("200000.00"), or null for none. */
  readonly amount?: string | null;
  /** The tier reached (1-based), or null for none. */
  readonly tier?: number | null;
  readonly bestOf?: 'paid' | 'excluded' | null;
}

/**
 * A test case as data: facts, a period and the expected result per item. Cases sit beside the rules
 * (policies/<zone>/cases.ts) and are run by the tests and by `cbec policy test`.
 */
export interface PolicyCase {
  readonly id: string;
  /** What the case checks, citing the article (“衡政发〔2024〕4号 第5条: 超过50万美元 is strict”). */
  readonly title: string;
  readonly period: string;
  readonly includeDrafts?: boolean;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly expect: Readonly<Record<string, ExpectedItem>>;
  readonly expectTotal?: string;
  /** The evaluation must throw an AppError with this code (e.g. validation_failed). */
  readonly expectError?: string;
}

export interface CaseOutcome {
  readonly zone: ZoneId;
  readonly id: string;
  readonly title: string;
  readonly passed: boolean;
  readonly failures: readonly string[];
}

/** Compares one evaluation with a case's expectations; returns what differs. */
export function checkCase(c: PolicyCase, evaluation: Evaluation): string[] {
  const failures: string[] = [];
  for (const [ruleId, want] of Object.entries(c.expect)) {
    const got = evaluation.items.find((i) => i.ruleId === ruleId);
    if (!got) {
      failures.push(`${ruleId}: no such item`);
      continue;
    }
    const why = got.reasons.map((r) => r.en).join('; ');
    if (got.status !== want.status)
      failures.push(`${ruleId}: status ${got.status}, expected ${want.status}${why ? ` (${why})` : ''}`);
    if (want.amount !== undefined && got.amount !== want.amount)
      failures.push(`${ruleId}: amount ${got.amount ?? 'null'}, expected ${want.amount ?? 'null'}`);
    if (want.tier !== undefined && (got.tier?.index ?? null) !== want.tier)
      failures.push(`${ruleId}: tier ${got.tier?.index ?? 'null'}, expected ${want.tier ?? 'null'}`);
    if (want.bestOf !== undefined && (got.bestOf?.decision ?? null) !== want.bestOf)
      failures.push(
        `${ruleId}: best-of ${got.bestOf?.decision ?? 'null'}, expected ${want.bestOf ?? 'null'}`,
      );
  }
  if (c.expectTotal !== undefined && evaluation.total !== c.expectTotal)
    failures.push(`total ${evaluation.total}, expected ${c.expectTotal}`);
  return failures;
}

export function runCase(zone: ZoneId, c: PolicyCase): CaseOutcome {
  let failures: string[];
  try {
    const evaluation = evaluate(zone, c.period, c.facts, { includeDrafts: c.includeDrafts ?? false });
    failures = c.expectError ? [`expected error ${c.expectError}, got a result`] : checkCase(c, evaluation);
  } catch (e) {
    const code = e instanceof AppError ? e.code : 'exception';
    failures =
      c.expectError === code
        ? []
        : [
            `threw ${code}: ${e instanceof AppError ? `${e.detail.en} ${e.errors.map((f) => `${f.field} ${f.code}`).join(', ')}` : String(e)}`,
          ];
  }
  return { zone, id: c.id, title: c.title, passed: failures.length === 0, failures };
}

/** Runs the case files of one zone, or of all zones: pass or fail per case. */
export function runPolicyCases(zone?: ZoneId): CaseOutcome[] {
  const zones = zone ? [zone] : ZONE_IDS;
  return zones.flatMap((z) => CASES[z].map((c) => runCase(z, c)));
}

export function policyCases(zone: ZoneId): readonly PolicyCase[] {
  return CASES[zone];
}
