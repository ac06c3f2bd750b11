import type { Command } from 'commander';
import { runEntitlement } from '../modules/subsidy/index.js';
import { withPlatform } from './support.js';

export function registerSubsidyCommands(program: Command): void {
  const subsidy = program.command('subsidy').description('奖补 / subsidies');
  subsidy
    .command('entitle')
    .description('免申即享：按平台数据测算各企业可享奖补并预填申请 / automatic entitlement run')
    .requiredOption('--zone <code>', 'zone (zhuzhou, chenzhou, hengyang)')
    .requiredOption('--year <yyyy>', 'the year the awards are for')
    .option('--json', 'print the run summary as JSON')
    .action(async (o: { zone: string; year: string; json?: boolean }) => {
      await withPlatform(async (p) => {
        const tty = process.stderr.isTTY;
        const summary = await runEntitlement(
          p.systemCtx('subsidy-entitle'),
          { zoneCode: o.zone, year: o.year },
          {
            // One progress line, rewritten in place on a terminal, one line per batch otherwise.
            onProgress: ({ done, total }) =>
              process.stderr.write(`${tty ? '\r' : ''}企业 enterprises ${done}/${total}${tty ? '' : '\n'}`),
          },
        );
        if (tty) process.stderr.write('\n');
        if (o.json) {
          console.log(JSON.stringify(summary, null, 2));
          return;
        }
        const c = summary.counts;
        console.log(
          [
            `run ${summary.runId}  ${summary.zoneCode} ${summary.year}`,
            `enterprises ${c.enterprises}, with items ${c.withItems} (eligible ${c.eligibleItems}, undetermined ${c.undeterminedItems})`,
            `total maximum ${c.totalMax} yuan; drafts prepared ${c.draftsPrepared} (with a draft ${c.withDraft}); notified ${c.notified}; removed ${c.removed}`,
            `read ${summary.stages.readMs} ms, evaluate ${summary.stages.evaluateMs} ms, write ${summary.stages.writeMs} ms`,
          ].join('\n'),
        );
      });
    });
}
