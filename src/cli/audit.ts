import type { Command } from 'commander';
import { verifyAuditChain } from '../modules/audit/index.js';
import { withPlatform } from './support.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('审计日志 / audit trail');
  audit
    .command('verify')
    .description('校验审计日志哈希链 / verify the hash chain')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      await withPlatform(async (p) => {
        const verdict = await verifyAuditChain(p.database.db, (n) =>
          process.stderr.write(`checked ${n} records…\n`),
        );
        if (o.json) console.log(JSON.stringify(verdict));
        else if (verdict.ok) console.log(`OK: ${verdict.checked} audit records, hash chain intact`);
        else
          console.log(
            `BROKEN at record seq ${verdict.firstBroken.seq} (${verdict.firstBroken.reason === 'hash_mismatch' ? 'its content was changed' : 'the record before it was removed or inserted'}); ${verdict.checked} records before it are intact`,
          );
        if (!verdict.ok) process.exitCode = 2;
      });
    });
}
