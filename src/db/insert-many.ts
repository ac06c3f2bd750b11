import { sql, type Insertable } from 'kysely';
import type { Executor } from './database.js';
import type { Database } from './schema.js';

/**
 * Inserts many rows as one JSON parameter (`jsonb_populate_recordset`) instead of a VALUES list with a
 * parameter per cell: the same SQL on PGlite and PostgreSQL, and measured about a third faster on
 * PGlite for batches of hundreds of rows. Every column of the table must be given (absent keys become
 * null, not the column default); JSON columns take the value itself, not a string of it.
 */
export async function insertMany<T extends keyof Database>(
  db: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (!rows.length) return;
  await sql`insert into ${sql.table(table)} select * from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`.execute(
    db,
  );
}
