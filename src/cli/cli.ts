import { Command } from 'commander';
import { registerAuditCommands } from './audit.js';
import { registerClearanceCommands } from './clearance.js';
import { registerEnterpriseCommands } from './enterprise.js';
import { registerPolicyCommands } from './policy.js';
import { registerReportCommands } from './report.js';
import { registerSampleCommands } from './sample.js';
import { registerServeCommands } from './serve.js';
import { registerStatsCommands } from './stats.js';
import { registerSubsidyCommands } from './subsidy.js';
import { registerUserCommands } from './user.js';

/** `cbec` — the platform's command line. Every command honours CBEC_DATA_DIR and DATABASE_URL. */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command()
    .name('cbec')
    .description('跨境电商综试区线上综合服务平台 / CBEC zone online comprehensive service platform')
    .showHelpAfterError();
  registerServeCommands(program);
  registerUserCommands(program);
  registerAuditCommands(program);
  registerEnterpriseCommands(program);
  registerClearanceCommands(program);
  registerPolicyCommands(program);
  registerSubsidyCommands(program);
  registerSampleCommands(program);
  registerStatsCommands(program);
  registerReportCommands(program);
  await program.parseAsync(argv);
}
