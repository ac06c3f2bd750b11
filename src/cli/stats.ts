import type { Command } from 'commander';
import { countReleasedTrade } from '../modules/clearance/index.js';
import { listExchangeRates, recordExchangeRate } from '../modules/statistics/index.js';
import { withPlatform } from './support.js';

export function registerStatsCommands(program: Command): void {
  const stats = program.command('stats').description('统计监测 / statistics monitoring');
  stats
    .command('refresh')
    .description(
      '将已放行清单计入月度统计（幂等）/ add released inventories to the monthly sums (idempotent)',
    )
    .action(async () => {
      await withPlatform(async (p) => {
        const tty = process.stderr.isTTY;
        const started = performance.now();
        const n = await countReleasedTrade(p.systemCtx('stats-refresh'), {
          onProgress: (done) =>
            process.stderr.write(`${tty ? '\r' : ''}计入 counted ${done}${tty ? '' : '\n'}`),
        });
        if (tty && n) process.stderr.write('\n');
        console.log(`counted ${n} released inventories in ${Math.round(performance.now() - started)} ms`);
      });
    });
  const rate = stats.command('rate').description('折算汇率表 / the dated exchange-rate table');
  rate
    .command('list')
    .option('--json', 'print as JSON')
    .action(async (o: { json?: boolean }) => {
      await withPlatform(async (p) => {
        const rows = await listExchangeRates(p.systemCtx('stats-rate'));
        if (o.json) return console.log(JSON.stringify(rows, null, 2));
        for (const r of rows) console.log(`${r.currency}  ${r.validFrom}  ${r.cnyPerUnit}  ${r.source}`);
      });
    });
  rate
    .command('set')
    .description('登记自某日起适用的汇率 / record a rate in force from a day')
    .requiredOption('--currency <code>', 'customs currency code, e.g. 502 (USD)')
    .requiredOption('--from <yyyy-mm-dd>', 'the first day the rate holds')
    .requiredOption('--rate <cny>', 'RMB per unit of the currency')
    .requiredOption('--source <text>', 'where the rate comes from')
    .action(async (o: { currency: string; from: string; rate: string; source: string }) => {
      await withPlatform(async (p) => {
        const r = await recordExchangeRate(p.systemCtx('stats-rate'), {
          currency: o.currency,
          validFrom: o.from,
          cnyPerUnit: o.rate,
          source: o.source,
        });
        console.log(`${r.currency} from ${r.validFrom}: ${r.cnyPerUnit}`);
      });
    });
}
