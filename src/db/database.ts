import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { CopyingClient } from './copy-client.js';
import type { Database } from './schema.js';
import { StatisticsUpkeep } from './statistics-upkeep.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or a transaction on it: repositories take this so use cases choose. */
export type Executor = Kysely<Database>;

// bigint (int8) and numeric stay strings: counts, sequence numbers and money never pass through floats.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Keeps the statistics of the tables written in bulk up to date (statistics-upkeep.ts). */
  readonly statistics: StatisticsUpkeep;
  close(): Promise<void>;
}

/** The handle of an opened Kysely: its statistics upkeep, and a close that waits for an analysis under way. */
function handle(db: Db, kind: DatabaseHandle['kind']): DatabaseHandle {
  const statistics = new StatisticsUpkeep(db);
  return {
    db,
    kind,
    statistics,
    close: async () => {
      await statistics.settled();
      await db.destroy();
    },
  };
}

/**
 * Opens the platform's database: a PostgreSQL server when a URL is given, otherwise an embedded PGlite
 * database persisted under `dataDir` (or in memory when dataDir is 'memory://', for tests).
 * The same migrations and SQL run on both.
 */
export async function openDatabase(opts: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    // JIT compilation costs more than it saves on the platform's short queries (150–740 ms per statement
    // over the parcel table in the statistics benchmark): off for the platform's sessions.
    // CopyingClient: insertMany's rows go as COPY (insert-many.ts).
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      options: '-c jit=off',
      Client: CopyingClient,
    });
    // An idle connection the server ends (restart, administrator) is dropped by the pool and the next
    // query opens another: a warning, not a crash of the process.
    pool.on('error', (e) => process.emitWarning(`PostgreSQL idle connection lost: ${e.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return handle(db, 'postgres');
  }
  let client: PGlite;
  if (opts.dataDir === 'memory://') {
    client = new PGlite();
  } else {
    const dir = path.join(opts.dataDir, 'pglite');
    fs.mkdirSync(dir, { recursive: true });
    client = new PGlite(dir);
  }
  await client.waitReady;
  // A new WAL segment is not filled with zeroes first: PGlite's file system grows a file by copying it,
  // and zero-filling 16 MB segments eight kilobytes at a time cost bulk ingestion 2–4 % (measured).
  // Recovery reads WAL records by their checksums, not by the zeroes after them.
  // Set for the one session PGlite runs (its `postgresqlconf` option would replace the whole file).
  await client.exec('set wal_init_zero = off');
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return handle(db, 'pglite');
}
