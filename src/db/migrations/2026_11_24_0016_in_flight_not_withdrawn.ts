import { sql, type Kysely } from 'kysely';

/**
 * A withdrawn parcel is no longer with customs. Frozen once landed.
 *
 * The answers' queue (migration 0014) held every parcel sent and not final, withdrawn or not, so the
 * sandbox customs went on answering a withdrawn parcel, to its release: a parcel the enterprise had
 * withdrawn was counted as released trade. The queue now ends at the withdrawal, as customs' work does.
 * Its predicate is written as the answers job's query writes it (clearance.repository.ts:
 * parcelsInFlight).
 */
const statements: readonly string[] = [
  `drop index parcel_in_flight_idx`,
  `create index parcel_in_flight_idx on parcel (sent_at)
     where sent_at is not null
       and revoked_at is null
       and (customs_status is null or customs_status not in ('100', '700', '800', '899'))
       and (customs_status is null or customs_status not like '-%')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The in-flight queue migration cannot be reverted.');
}
