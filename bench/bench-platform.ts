import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPlatform } from '../src/bootstrap.js';
import { testConfig } from '../src/config/config.js';
import { fixedClock } from '../src/shared/clock.js';
import { openTestPlatform, type TestPlatform } from '../test/helpers/platform.js';

/**
 * The platform a benchmark runs on: in-memory PGlite, or with BENCH_DATABASE_URL (a PostgreSQL server
 * the user may create databases on) a fresh database of its own, dropped at the end.
 */
export function benchPlatform(): Promise<TestPlatform> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return openTestPlatform('pglite');
  process.env.TEST_DATABASE_URL = url;
  return openTestPlatform('postgres');
}

/** An existing PostgreSQL database (one a benchmark kept), migrated to the latest schema and left in place. */
export async function existingPlatform(databaseUrl: string): Promise<TestPlatform> {
  const clock = fixedClock('2026-03-02T08:00:00.000Z');
  const p = await openPlatform(testConfig({ dataDir: 'memory://', databaseUrl }), { clock });
  return Object.assign(p, { clock, databaseUrl });
}

/**
 * The platform on what `cbec clearance import` writes to: PGlite persisted in a fresh data directory
 * (deleted on close), or with BENCH_DATABASE_URL a fresh PostgreSQL database as benchPlatform gives.
 */
export async function persistentPlatform(): Promise<TestPlatform> {
  if (process.env.BENCH_DATABASE_URL) return benchPlatform();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-bench-'));
  const clock = fixedClock('2026-03-02T08:00:00.000Z');
  const p = await openPlatform(testConfig({ dataDir }), { clock });
  const closeDatabase = () => p.database.close();
  return Object.assign(p, {
    clock,
    databaseUrl: undefined,
    close: async () => {
      await closeDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
