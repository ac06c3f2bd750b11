import { sql, type Kysely } from 'kysely';

/**
 * Indexes the statistics benchmark asked for (docs/benchmarks.md § Statistics): provincial readers filter
 * the monthly sums by month without a zone, and the province's drill-down reads released parcels by time
 * or by enterprise without a zone. Frozen once landed.
 */
const statements: readonly string[] = [
  `create index trade_stat_month_month_idx on trade_stat_month (month, zone_code)`,
  `create index parcel_released_at_idx on parcel (released_at) where released_at is not null`,
  `-- An enterprise's customs code is the zone's alone: this index serves the zone's readers too, so the one
-- led by the zone (migration 0008) is dropped rather than kept beside it on every release.
create index parcel_ebc_released_at_idx on parcel (ebc_code, released_at) where released_at is not null`,
  `drop index parcel_ebc_released_idx`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The statistics indexes migration cannot be reverted.');
}
