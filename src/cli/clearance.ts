import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  batchesBySender,
  bulkIngest,
  checkReferenceTables,
  declaredSender,
  declaredType,
  defaultParseWorkers,
  gatewayOf,
  isCebMessageType,
  isEnterpriseMessage,
  ParsePool,
  runCustomsJobs,
  senderOf,
} from '../modules/clearance/index.js';
import { loadConfig } from '../config/config.js';
import { AppError, type FieldError } from '../shared/app-error.js';
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

/** A message whose declared sender is not a filed enterprise allowed to send. */
function notFiled(code: string, e: unknown): FieldError {
  if (!(e instanceof AppError)) throw e;
  return {
    field: 'BaseTransfer.copCode',
    code: 'not_filed',
    message: {
      zh: `传输企业 ${code} 不是平台上备案通过的企业：${e.detail.zh}`,
      en: `The sender ${code} is not an enterprise filed and approved on the platform: ${e.detail.en}`,
    },
  };
}

/**
 * A file that names no sender (no BaseTransfer.copCode). Customs' answers carry none: they are not
 * imported but read by the file exchange. Any other message has nobody to come from without --enterprise.
 */
function noSender(type: string | null): FieldError {
  if (type && isCebMessageType(type) && !isEnterpriseMessage(type))
    return {
      field: '(root)',
      code: 'not_accepted',
      message: {
        zh: `${type} 不是企业发送的报文，不能导入；海关回执由文件交换从收件箱读取（CBEC_EXCHANGE_DIR 的 inbox/）`,
        en: `${type} is not a message enterprises send and is not imported; the file exchange reads customs' answers from its inbox (CBEC_EXCHANGE_DIR/inbox/)`,
      },
    };
  return {
    field: 'BaseTransfer.copCode',
    code: 'required',
    message: {
      zh: '报文没有传输企业代码（BaseTransfer.copCode），无法确定发送企业；可用 --enterprise 指定',
      en: 'The message names no sender (BaseTransfer.copCode); name one with --enterprise',
    },
  };
}

export function registerClearanceCommands(program: Command): void {
  const clearance = program.command('clearance').description('通关 / clearance');
  clearance
    .command('import <paths...>')
    .description(
      '批量导入报文文件（进度条、最终报告；中断后重跑只收余下的）/ bulk import of CEB message files, with progress and a final report; a re-run after a crash takes the rest exactly once',
    )
    .option(
      '--enterprise <id|uscc|customs code>',
      "the filed enterprise that sends every message; without it, each message's sender is the filed enterprise its BaseTransfer.copCode names",
    )
    .option('--batch <n>', 'messages per transaction (1–1000)', '500')
    .option(
      '--workers <n>',
      'parse worker threads (0: parse on the main thread; default: one per core but one)',
      String(defaultParseWorkers()),
    )
    .option('--json', 'print the final report as JSON')
    .action(
      async (paths: string[], o: { enterprise?: string; batch: string; workers: string; json?: boolean }) => {
        const files = xmlFiles(paths);
        const batch = Math.max(1, Math.min(1000, Number(o.batch) || 500));
        const totals = { files: files.length, accepted: 0, duplicates: 0, refused: 0 };
        const refusals: { file: string; errors: string[] }[] = [];
        const warnings: { file: string; warnings: string[] }[] = [];
        const started = Date.now();
        const lines = (faults: FieldError[]) =>
          faults.map((e) => `${e.field}: ${e.message.zh} / ${e.message.en}`);
        let done = 0;
        // Refused before the import: the file names no sender the platform knows.
        let unsent = 0;
        const progress = () => {
          const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
          process.stderr.write(
            `\r${done}/${files.length} files · accepted ${totals.accepted} · duplicates ${totals.duplicates} · refused ${totals.refused} · ${rate}/s   `,
          );
        };
        await withPlatform(async (p) => {
          const ctx = p.systemCtx('clearance-import');
          const workers = Math.max(0, Math.min(16, Number(o.workers) || 0));
          const pool = workers ? new ParsePool(workers) : null;
          const read = (f: string) => ({ body: fs.readFileSync(f), source: f });
          // Each declared sender looked up once: its id, or why its messages cannot be taken.
          const senders = new Map<string, Promise<{ id: string } | { error: FieldError }>>();
          const senderFor = (code: string) => {
            let s = senders.get(code);
            if (!s)
              senders.set(
                code,
                (s = senderOf(ctx, code).then(
                  (identity) => ({ id: identity.id }),
                  (e: unknown) => ({ error: notFiled(code, e) }),
                )),
              );
            return s;
          };
          async function* messages() {
            for (const f of files) {
              const message = read(f);
              const code = declaredSender(message.body);
              const sender = code ? await senderFor(code) : { error: noSender(declaredType(message.body)) };
              if ('id' in sender) yield { enterpriseId: sender.id, message };
              else {
                refusals.push({ file: f, errors: lines([sender.error]) });
                unsent++;
                done++;
              }
            }
          }
          // Files are read a batch at a time, as the import reaches them.
          function* batches() {
            for (let i = 0; i < files.length; i += batch)
              yield {
                enterpriseId: o.enterprise!,
                messages: files.slice(i, i + batch).map(read),
              };
          }
          try {
            const final = await bulkIngest(
              ctx,
              o.enterprise ? batches() : batchesBySender(messages(), batch),
              {
                preparer: pool?.prepare,
                onBatch: (report, sum) => {
                  for (const m of report.messages)
                    if (m.outcome === 'refused')
                      refusals.push({ file: m.source ?? '?', errors: lines(m.errors) });
                    else if (m.warnings.length)
                      warnings.push({ file: m.source ?? '?', warnings: lines(m.warnings) });
                  Object.assign(totals, {
                    accepted: sum.accepted,
                    duplicates: sum.duplicates,
                    refused: sum.refused + unsent,
                  });
                  done += report.messages.length;
                  progress();
                },
              },
            );
            totals.refused = final.refused + unsent;
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
    .command('check-tables')
    .description(
      '检查正面清单和税率表（CSV）/ check a positive list and a tax rate table (CSV) before configuring them',
    )
    .option(
      '--positive-list <file>',
      'the positive list to check (default: CBEC_POSITIVE_LIST_FILE, or the sample)',
    )
    .option('--rate-table <file>', 'the rate table to check (default: CBEC_RATE_TABLE_FILE, or the sample)')
    .action((o: { positiveList?: string; rateTable?: string }) => {
      const { clearance: configured } = loadConfig();
      const r = checkReferenceTables({
        clearance: {
          positiveListFile: o.positiveList ? path.resolve(o.positiveList) : configured.positiveListFile,
          rateTableFile: o.rateTable ? path.resolve(o.rateTable) : configured.rateTableFile,
        },
      });
      console.log(
        `positive list: ${r.positiveListEntries} entries; rate table: ${r.rateTableCodes} HS codes`,
      );
    });

  clearance
    .command('tick')
    .description(
      '转发撤单、退货、运抵和离境报文，发送已比对清单并接收海关回执（一轮）/ one round of the customs jobs: relay withdrawals, returns and site reports, send matched parcels, record answers',
    )
    .action(async () => {
      await withPlatform(async (p) => {
        const r = await runCustomsJobs(p.systemCtx('customs-jobs'), gatewayOf(p.config));
        console.log(
          `relayed ${r.relayed}, sent ${r.sent}, refused ${r.refused}, answers recorded ${r.answers}` +
            (r.unmatched ? `, answers naming nothing of the platform's ${r.unmatched} (set aside)` : ''),
        );
      });
    });
}
