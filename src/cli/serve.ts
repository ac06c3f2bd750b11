import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { openPlatform } from '../bootstrap.js';
import { migrateToLatest } from '../db/migrator.js';
import { seedDemo } from '../demo/demo-data.js';
import { buildApp } from '../http/app.js';
import { gatewayOf, scheduleCustomsJobs } from '../modules/clearance/index.js';
import { withPlatform } from './support.js';
import { projectRoot } from '../shared/project-files.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('启动平台 / serve the web UI and the API')
    .option('--no-demo', 'do not load demo data into an empty embedded database')
    .action(async (opts: { demo: boolean }) => {
      const config = loadConfig();
      const platform = await openPlatform(config);
      // Demo data: on an empty embedded database by default; on a PostgreSQL server only when asked.
      const wantDemo = config.demo ?? (opts.demo && !config.databaseUrl);
      if (wantDemo && (await seedDemo(platform.systemCtx('seed'), (l) => console.log(`demo: ${l}`))))
        console.log('demo: data loaded (accounts in README "Demo accounts")');
      const app = await buildApp({ ...platform, webDir: path.join(projectRoot, 'web/dist') });
      // The customs jobs: matched parcels go to customs, customs' answers come back, every 2 seconds.
      const stopJobs = scheduleCustomsJobs(
        () => platform.systemCtx('customs-jobs'),
        gatewayOf(config),
        2000,
        (e) => app.log.error({ err: e }, 'customs jobs failed'),
      );
      const close = async () => {
        stopJobs();
        await app.close();
        await platform.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      const address = await app.listen({ port: config.port, host: config.host });
      console.log(
        `cbec-zone: serving ${address} (database: ${platform.database.kind}${config.databaseUrl ? '' : ` at ${config.dataDir}`})`,
      );
    });

  program
    .command('migrate')
    .description('应用数据库迁移 / apply database migrations')
    .action(async () => {
      await withPlatform(
        async (p) => {
          const applied = await migrateToLatest(p.database.db);
          console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        },
        { migrate: false },
      );
    });

  program
    .command('seed')
    .description('加载演示数据 / load data')
    .requiredOption('--demo', 'the demo data of the three zones')
    .action(async () => {
      await withPlatform(async (p) => {
        const loaded = await seedDemo(p.systemCtx('seed'), (l) => console.log(l));
        console.log(loaded ? 'demo data loaded' : 'demo data already present');
      });
    });
}
