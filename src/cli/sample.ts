import type { Command } from 'commander';
import type { Platform } from '../bootstrap.js';
import {
  remindLateReporters,
  ZRemindLateInput,
  type RemindLateResult,
} from '../modules/statistics/sample/index.js';
import { parseOrThrow } from '../shared/validation.js';
import { withPlatform } from './support.js';

/**
 * Reminds every late sampled enterprise of a zone's month, on behalf of the zone's commerce bureau (the
 * unit that keeps the sample list, 株洲 实施意见 (十六)). Idempotent per China day. Exported for tests.
 */
export async function runSampleRemind(
  p: Platform,
  args: { zone: string; month: string },
): Promise<RemindLateResult> {
  const input = parseOrThrow(ZRemindLateInput, { zoneCode: args.zone, month: args.month });
  const system = p.systemCtx('sample-remind');
  const ctx = {
    ...system,
    actor: { ...system.actor!, role: 'commerce' as const, zoneCode: input.zoneCode ?? null },
  };
  return remindLateReporters(ctx, input, 'cli');
}

export function registerSampleCommands(program: Command): void {
  const sample = program.command('sample').description('样本企业 / sample enterprises');
  sample
    .command('remind')
    .description('催报逾期未报的样本企业（同一天不重复）/ remind every late sampled enterprise (once a day)')
    .requiredOption('--zone <code>', 'zone (zhuzhou, chenzhou, hengyang)')
    .requiredOption('--month <yyyy-mm>', 'the report month')
    .option('--json', 'print the result as JSON')
    .action(async (o: { zone: string; month: string; json?: boolean }) => {
      await withPlatform(async (p) => {
        const r = await runSampleRemind(p, o);
        if (o.json) {
          console.log(JSON.stringify(r, null, 2));
          return;
        }
        for (const e of r.enterprises)
          console.log(`${e.sent ? 'reminded' : 'already reminded today'}  ${e.enterpriseName}`);
        console.log(
          `${r.zoneCode} ${r.month} (${r.today}): ${r.late} late, ${r.sent} reminded now, ${r.late - r.sent} already reminded today`,
        );
      });
    });
}
