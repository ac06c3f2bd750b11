import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPlatform, type Platform } from '../../src/bootstrap.js';
import { testConfig } from '../../src/config/config.js';
import type { Db } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';
import { fixedClock } from '../../src/shared/clock.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server the tests may create databases on. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export type TestPlatform = Platform & {
  clock: ReturnType<typeof fixedClock>;
  databaseUrl: string | undefined;
};

/**
 * A migrated platform on a database of its own: in-memory PGlite, or a fresh PostgreSQL database dropped
 * on close. Time is a fixed clock the test moves.
 */
export async function openTestPlatform(
  kind: DatabaseKind,
  startAt = '2026-03-02T08:00:00.000Z',
): Promise<TestPlatform> {
  const clock = fixedClock(startAt);
  if (kind === 'pglite') {
    const p = await openPlatform(testConfig({ dataDir: 'memory://' }), { clock });
    return Object.assign(p, { clock, databaseUrl: undefined });
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `cbec_test_${randomBytes(6).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`create database ${name}`);
  await adminClient.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const p = await openPlatform(testConfig({ dataDir: 'memory://', databaseUrl: url.toString() }), { clock });
  return Object.assign(p, {
    clock,
    databaseUrl: url.toString(),
    close: async () => {
      await p.database.close();
      await dropDatabase(admin, name);
    },
  });
}

/**
 * Drops a test database. FORCE ends the platform's own lingering connections, but a role that is not a
 * superuser may not end an autovacuum worker busy on the database (42501): then the plain DROP, which
 * stops autovacuum itself, is tried again for a few seconds.
 */
export async function dropDatabase(admin: string, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`drop database if exists ${name}${attempt ? '' : ' with (force)'}`);
        return;
      } catch (e) {
        const code = (e as { code?: string }).code;
        // 42501: a backend FORCE may not end; 55006: still in use (autovacuum ending, a connection closing).
        if ((code !== '42501' && code !== '55006') || attempt >= 20) throw e;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await c.end();
  }
}

/** How many rows a table holds. */
export async function countRows(db: Db, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
