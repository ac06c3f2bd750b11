import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  evaluate,
  formatEvaluation,
  formatPolicyList,
  listPolicies,
  runPolicyCases,
  ZONE_IDS,
  type ZoneId,
} from '../modules/policy/index.js';
import { AppError } from '../shared/app-error.js';
import { systemClock } from '../shared/clock.js';
import { parseOrThrow } from '../shared/validation.js';

/**
 * `cbec policy …`: the policy catalogue, evaluation and its case files. Pure rules: these commands
 * never open the database.
 */

const ZZone = z.enum(ZONE_IDS as [ZoneId, ...ZoneId[]]);
const ZPeriod = z.string().regex(/^20\d{2}$/, { message: 'period must be a calendar year YYYY' });
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day is YYYY-MM-DD' });

/** Prints an AppError in both languages with each bad field, and sets the exit code. */
function fail(e: unknown): void {
  if (e instanceof AppError) {
    console.error(`${e.detail.zh} / ${e.detail.en}`);
    for (const f of e.errors) console.error(`  ${f.field}: ${f.message.zh} / ${f.message.en}`);
  } else console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}

function readFacts(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw AppError.field('facts', 'unreadable', {
      zh: `无法读取事实文件：${file}`,
      en: `cannot read the facts file: ${file}`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw AppError.field('facts', 'invalid_json', {
      zh: `事实文件不是有效的 JSON：${file}`,
      en: `the facts file is not valid JSON: ${file}`,
    });
  }
}

export function registerPolicyCommands(program: Command): void {
  const policy = program.command('policy').description('奖补政策（规则即代码）/ subsidy policies as rules');

  policy
    .command('list')
    .description('列出政策文件及奖补项目 / list the policy documents and their items')
    .requiredOption('--zone <zone>', 'zhuzhou | chenzhou | hengyang')
    .option('--on <day>', 'status on this day, YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .action((o: { zone: string; on?: string; json?: boolean }) => {
      try {
        const zone = parseOrThrow(ZZone, o.zone, 'zone');
        const on = o.on ? parseOrThrow(ZDay, o.on, 'on') : systemClock.now().toISOString().slice(0, 10);
        const list = listPolicies(zone, on);
        console.log(o.json ? JSON.stringify(list, null, 2) : formatPolicyList(list));
      } catch (e) {
        fail(e);
      }
    });

  policy
    .command('evaluate')
    .description('按事实测算某年度可享受的奖补 / evaluate every item for one applicant and year')
    .requiredOption('--zone <zone>', 'zhuzhou | chenzhou | hengyang')
    .requiredOption('--period <year>', 'calendar year of the performance, YYYY')
    .requiredOption('--facts <file>', 'JSON object of facts (docs/policies.md lists the vocabulary)')
    .option('--include-drafts', 'evaluate draft documents too (an estimate, marked draft)')
    .option('--brief', 'leave out the trace')
    .option('--json', 'print JSON')
    .action(
      (o: {
        zone: string;
        period: string;
        facts: string;
        includeDrafts?: boolean;
        brief?: boolean;
        json?: boolean;
      }) => {
        try {
          const zone = parseOrThrow(ZZone, o.zone, 'zone');
          const period = parseOrThrow(ZPeriod, o.period, 'period');
          const result = evaluate(zone, period, readFacts(o.facts), {
            includeDrafts: Boolean(o.includeDrafts),
          });
          console.log(
            o.json ? JSON.stringify(result, null, 2) : formatEvaluation(result, { trace: !o.brief }),
          );
        } catch (e) {
          fail(e);
        }
      },
    );

  policy
    .command('test')
    .description('运行政策测试用例 / run the policy case files')
    .option('--zone <zone>', 'one zone only')
    .option('--json', 'print JSON')
    .action((o: { zone?: string; json?: boolean }) => {
      try {
        const zone = o.zone ? parseOrThrow(ZZone, o.zone, 'zone') : undefined;
        const outcomes = runPolicyCases(zone);
        const failed = outcomes.filter((c) => !c.passed);
        if (o.json) console.log(JSON.stringify(outcomes, null, 2));
        else {
          for (const c of failed) {
            console.log(`FAIL ${c.zone} ${c.id}: ${c.title}`);
            for (const f of c.failures) console.log(`     ${f}`);
          }
          console.log(`${outcomes.length - failed.length} passed, ${failed.length} failed`);
        }
        if (failed.length) process.exitCode = 1;
      } catch (e) {
        fail(e);
      }
    });
}
