import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Platform } from '../bootstrap.js';
import {
  monthlyReportData,
  monthlyReportPdf,
  monthlyReportWorkbook,
  ZMonthlyReportQuery,
} from '../modules/statistics/index.js';
import { fieldErrorsFromZod } from '../shared/validation.js';
import { withPlatform } from './support.js';

const FORMATS = { '.xlsx': 'Excel', '.pdf': 'PDF' } as const;
type Extension = keyof typeof FORMATS;

/**
 * Writes a zone's monthly report to a file, Excel or PDF by the extension, as the system actor of the
 * zone (the scheduled report the leading group office reads). Exported for tests.
 */
export async function runMonthlyReport(
  p: Platform,
  args: { zone: string; month: string; out: string },
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<{ file: string; bytes: number }> {
  const { ext, file } = checkArgs(args);
  const system = p.systemCtx('report-monthly');
  const ctx = { ...system, actor: { ...system.actor!, zoneCode: args.zone } };
  log(`汇总数据 gathering figures: ${args.zone} ${args.month}…`);
  const data = await monthlyReportData(ctx, { zoneCode: args.zone, month: args.month });
  log(`生成 writing ${FORMATS[ext]}…`);
  const bytes =
    ext === '.xlsx'
      ? await monthlyReportWorkbook(data)
      : await monthlyReportPdf(data, { chromiumPath: p.config.chromiumPath });
  await fs.writeFile(file, bytes);
  return { file, bytes: bytes.length };
}

/** Bad arguments are told before the database is opened. */
function checkArgs(args: { zone: string; month: string; out: string }): { ext: Extension; file: string } {
  const problems: string[] = [];
  const parsed = ZMonthlyReportQuery.safeParse({ zoneCode: args.zone, month: args.month });
  if (!parsed.success)
    for (const f of fieldErrorsFromZod(parsed.error.issues))
      problems.push(`--${f.field === 'zoneCode' ? 'zone' : f.field}: ${f.message.zh} / ${f.message.en}`);
  const ext = path.extname(args.out).toLowerCase();
  if (!(ext in FORMATS))
    problems.push('--out: 文件扩展名应为 .xlsx 或 .pdf / the file must end in .xlsx or .pdf');
  if (problems.length) throw new Error(problems.join('\n'));
  return { ext: ext as Extension, file: path.resolve(args.out) };
}

export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('报告 / reports');
  report
    .command('monthly')
    .description(
      '综试区月度运行报告（按扩展名生成 Excel 或 PDF）/ the zone’s monthly report, Excel or PDF by the extension',
    )
    .requiredOption('--zone <code>', 'zone (zhuzhou, chenzhou, hengyang)')
    .requiredOption('--month <yyyy-mm>', 'the report month')
    .requiredOption('--out <file>', 'the file to write: .xlsx or .pdf')
    .action(async (o: { zone: string; month: string; out: string }) => {
      checkArgs(o);
      const dir = path.dirname(path.resolve(o.out));
      const stat = await fs.stat(dir).catch(() => null);
      if (!stat?.isDirectory()) throw new Error(`--out: 目录不存在 / no such directory: ${dir}`);
      await withPlatform(async (p) => {
        const r = await runMonthlyReport(p, o);
        console.log(`wrote ${r.file} (${(r.bytes / 1024).toFixed(1)} KB)`);
      });
    });
}
