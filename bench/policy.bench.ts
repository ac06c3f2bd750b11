import { performance } from 'node:perf_hooks';
import {
  evaluate,
  planEvaluation,
  evaluatePlanned,
  policyDocuments,
  ZONE_IDS,
} from '../src/modules/policy/index.js';
import { generateFacts, seededRandom } from '../src/modules/policy/test-support/generate-facts.js';

/**
 * Policy evaluation: every item of a zone's documents for N applicants with generated facts (the
 * whole vocabulary, 80 % of the facts present, values spread around the thresholds), full results
 * with their bilingual traces, facts validated with zod each time. Target: under 2 s per zone for
 * 10,000 applicants. Drafts included so Zhuzhou's draft is measured too.
 */
export async function runPolicyBench(
  applicants = Number(process.env.BENCH_APPLICANTS ?? 10_000),
  period = '2024',
): Promise<void> {
  console.log(`\n[policy] ${applicants} applicants per zone, period ${period}, full results with traces`);
  for (const zone of ZONE_IDS) {
    const ruleIds = policyDocuments(zone).flatMap((d) => d.rules.map((r) => r.id));
    const rnd = seededRandom(20_241_231);
    const facts = Array.from({ length: applicants }, () => generateFacts(rnd, ruleIds));
    // Warm-up (JIT), not counted.
    for (let i = 0; i < 500; i++) evaluate(zone, period, facts[i % facts.length], { includeDrafts: true });

    const plan = planEvaluation(zone, period, { includeDrafts: true });
    let eligible = 0;
    let traceLines = 0;
    const cpu = process.cpuUsage();
    const t = performance.now();
    for (const f of facts) {
      const e = evaluatePlanned(plan, f);
      for (const item of e.items) {
        if (item.status === 'eligible') eligible++;
        traceLines += item.trace.length;
      }
    }
    const s = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuS = (used.user + used.system) / 1e6;
    console.log(
      `  ${zone.padEnd(9)} ${ruleIds.length} items: ${s.toFixed(2)} s for ${applicants} applicants (${Math.round(applicants / s)} applicants/s, ${Math.round((applicants * ruleIds.length) / s)} item evaluations/s); CPU ${cpuS.toFixed(2)} s; ${eligible} eligible items, ${traceLines} trace lines`,
    );
    await Promise.resolve();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPolicyBench();
