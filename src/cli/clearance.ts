import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  bulkIngest,
  defaultParseWorkers,
  gatewayOf,
  ParsePool,
  runCustomsJobs,
} from '../modules/clearance/index.js';
import type { FieldError } from '../shared/app-error.js';
import { withPlatform } from './support.js';

/** Files whose warnings the text report prints; --json gives them all. */
const WARNINGS_SHOWN = 20;

/** Every .xml file under the given files and folders, in a stable order. */
function xmlFiles(inputs: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    else if (p.toLowerCase().endsWith('.xml')) out.push(p);
  };
  inputs.forEach(walk);
  return out;
}

export function registerClearanceCommands(program: Command): void {
  const clearance = program.command('clearance').description('通关 / clearance');
  clearance
    .command('import <paths...>')
    .description('批量导入报文（XML 文件或目录）/ ingest CEB message files or folders')
    .requiredOption('--enterprise <id|uscc|customs code>', 'the filed enterprise that sends the messages')
    .option('--batch <n>', 'messages per transaction (1–1000)', '500')
    .option(
      '--workers <n>',
      'parse worker threads (0: parse on the main thread; default: one per core but one)',
      String(defaultParseWorkers()),
    )
    .option('--json', 'print the final report as JSON')
    .action(
      async (paths: string[], o: { enterprise: string; batch: string; workers: string; json?: boolean }) => {
        const files = xmlFiles(paths);
        const batch = Math.max(1, Math.min(1000, Number(o.batch) || 500));
        const totals = { files: files.length, accepted: 0, duplicates: 0, refused: 0 };
        const refusals: { file: string; errors: string[] }[] = [];
        const warnings: { file: string; warnings: string[] }[] = [];
        const started = Date.now();
        await withPlatform(async (p) => {
          const ctx = p.systemCtx('clearance-import');
          const workers = Math.max(0, Math.min(16, Number(o.workers) || 0));
          const pool = workers ? new ParsePool(workers) : null;
          // Files are read a batch at a time, as the import reaches them.
          function* batches() {
            for (let i = 0; i < files.length; i += batch)
              yield {
                enterpriseId: o.enterprise,
                messages: files.slice(i, i + batch).map((f) => ({ body: fs.readFileSync(f), source: f })),
              };
          }
          let done = 0;
          try {
            await bulkIngest(ctx, batches(), {
              preparer: pool?.prepare,
              onBatch: (report, sum) => {
                const lines = (faults: FieldError[]) =>
                  faults.map((e) => `${e.field}: ${e.message.zh} / ${e.message.en}`);
                for (const m of report.messages)
                  if (m.outcome === 'refused')
                    refusals.push({ file: m.source ?? '?', errors: lines(m.errors) });
                  else if (m.warnings.length)
                    warnings.push({ file: m.source ?? '?', warnings: lines(m.warnings) });
                Object.assign(totals, {
                  accepted: sum.accepted,
                  duplicates: sum.duplicates,
                  refused: sum.refused,
                });
                done += report.messages.length;
                const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
                process.stderr.write(
                  `\r${done}/${files.length} files · accepted ${totals.accepted} · duplicates ${totals.duplicates} · refused ${totals.refused} · ${rate}/s   `,
                );
              },
            });
          } finally {
            await pool?.close();
          }
          process.stderr.write('\n');
        });
        if (o.json) console.log(JSON.stringify({ ...totals, refusals, warnings }, null, 2));
        else {
          for (const r of refusals) for (const e of r.errors) console.log(`${r.file}: ${e}`);
          // Warnings do not stop a message; a run of thousands shows the first few.
          const shown = warnings.slice(0, WARNINGS_SHOWN);
          for (const w of shown) for (const e of w.warnings) console.log(`${w.file}: warning: ${e}`);
          if (warnings.length > shown.length)
            console.log(
              `… ${warnings.length - shown.length} more files with warnings (--json lists them all)`,
            );
          console.log(
            `files ${totals.files}: accepted ${totals.accepted}, duplicates ${totals.duplicates}, refused ${totals.refused}`,
          );
        }
        if (totals.refused > 0) process.exitCode = 2;
      },
    );

  clearance
    .command('tick')
    .description(
      '转发撤单、退货、运抵和离境报文，发送已比对清单并接收海关回执（一轮）/ one round of the customs jobs: relay withdrawals, returns and site reports, send matched parcels, record answers',
    )
    .action(async () => {
      await withPlatform(async (p) => {
        const r = await runCustomsJobs(p.systemCtx('customs-jobs'), gatewayOf(p.config));
        console.log(
          `relayed ${r.relayed}, sent ${r.sent}, refused ${r.refused}, answers recorded ${r.answers}`,
        );
      });
    });
}
