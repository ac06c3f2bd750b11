import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { importEnterprises, listEnterprises, readImportFile } from '../modules/enterprise/index.js';
import { printRows, withPlatform } from './support.js';

export function registerEnterpriseCommands(program: Command): void {
  const enterprise = program.command('enterprise').description('企业备案 / enterprise filing');
  enterprise
    .command('import <file>')
    .description('批量备案（.xlsx 或 .csv）/ bulk filing from .xlsx or .csv')
    .requiredOption('--zone <zone>', 'zhuzhou | chenzhou | hengyang')
    .option('--accept-valid', 'file the good rows even when others are bad')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, o: { zone: string; acceptValid?: boolean; json?: boolean }) => {
      await withPlatform(async (p) => {
        const rows = await readImportFile(fs.readFileSync(file), path.basename(file));
        process.stderr.write(`read ${rows.length} rows from ${file}; checking and filing…\n`);
        const report = await importEnterprises(p.systemCtx('import'), {
          rows,
          zoneCode: o.zone,
          acceptValid: Boolean(o.acceptValid),
        });
        if (o.json) console.log(JSON.stringify(report, null, 2));
        else {
          for (const r of report.rows.filter((x) => x.errors.length))
            for (const e of r.errors)
              console.log(`row ${r.row}: ${e.field}: ${e.message.zh} / ${e.message.en}`);
          console.log(
            report.rolledBack
              ? `nothing imported: ${report.rejected} of ${report.total} rows have errors (use --accept-valid to file the good rows)`
              : `imported ${report.imported} of ${report.total} rows; ${report.rejected} rejected`,
          );
        }
        if (report.rejected > 0) process.exitCode = 2;
      });
    });
  enterprise
    .command('list')
    .description('备案企业列表 / list filed enterprises')
    .option('--zone <zone>')
    .option('--status <statuses>', 'comma-separated, e.g. submitted,change_submitted')
    .option('--json', 'print JSON')
    .action(async (o: { zone?: string; status?: string; json?: boolean }) => {
      await withPlatform(async (p) => {
        const rows = [];
        for (let page = 1; ; page++) {
          const r = await listEnterprises(p.systemCtx('cli'), {
            zoneCode: o.zone,
            status: o.status,
            page,
            pageSize: 100,
            sort: 'name',
          });
          rows.push(...r.items);
          if (rows.length >= r.total || !r.items.length) break;
        }
        printRows(
          rows.map((e) => ({
            id: e.id,
            zone: e.zoneCode,
            name: e.name,
            uscc: e.uscc ?? e.residentIdMasked,
            roles: e.roles.join(','),
            status: e.status,
          })),
          Boolean(o.json),
        );
      });
    });
}
