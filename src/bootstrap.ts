import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config/config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { checkReferenceTables } from './modules/clearance/reference-tables.js';
import { systemClock, type Clock } from './shared/clock.js';
import { systemActor, type Ctx } from './shared/context.js';
import { DataProtector } from './shared/crypto.js';

export interface Platform {
  config: AppConfig;
  database: DatabaseHandle;
  protector: DataProtector;
  clock: Clock;
  /** A context for work no user started (CLI, jobs, seeding). */
  systemCtx(name?: string): Ctx;
  close(): Promise<void>;
}

/**
 * The master key that protects personal data at rest: CBEC_SECRET_KEY, or a key file created once in the
 * data directory (mode 0600). It never lives in the repository.
 */
export function loadMasterKey(config: AppConfig): Buffer {
  if (config.secretKeyHex) return Buffer.from(config.secretKeyHex, 'hex');
  if (config.dataDir === 'memory://') return randomBytes(32);
  const file = path.join(config.dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

/** Checks the reference tables, opens the database, applies migrations, and wires the shared services. */
export async function openPlatform(
  config: AppConfig,
  opts: { clock?: Clock; migrate?: boolean } = {},
): Promise<Platform> {
  // A faulty reference table is the configuration's fault: it stops the start, before anything is opened.
  checkReferenceTables(config);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (opts.migrate !== false) await migrateToLatest(database.db);
  } catch (e) {
    await database.close();
    throw e;
  }
  const protector = new DataProtector(loadMasterKey(config));
  const clock = opts.clock ?? systemClock;
  return {
    config,
    database,
    protector,
    clock,
    systemCtx: (name = 'system') => ({
      db: database.db,
      actor: systemActor(name),
      clock,
      requestId: `${name}-${Date.now()}`,
      config,
      protector,
      statistics: database.statistics,
    }),
    close: () => database.close(),
  };
}
