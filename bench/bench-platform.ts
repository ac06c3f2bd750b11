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
