import { sql, type Kysely } from 'kysely';

/**
 * A document's facts are kept as the JSON text the parse made (`json`), no longer taken apart into
 * `jsonb`. Frozen once landed.
 *
 * - The facts are written once per version and read whole (by the match, the customs jobs, the parcel
 *   page). The statistics read the parcel's own columns (ebc_code, goods_stat), and the one query that
 *   still looks inside the facts, an export inventory's summary flag, runs once per summary. Taking
 *   every document apart on the way in, and putting it together again for every read, cost the server
 *   about a tenth of its time in a bulk import (docs/benchmarks.md § Clearance).
 * - The text stored is then the canonical text the document's content hash was made from.
 */
const statements: readonly string[] = [
  `alter table clearance_document alter column facts type json using facts::json`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The document facts migration cannot be reverted.');
}
