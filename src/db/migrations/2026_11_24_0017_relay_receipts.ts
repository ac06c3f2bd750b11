import { sql, type Kysely } from 'kysely';

/**
 * Customs' receipt of each relayed record (a withdrawal, a return, a site's report) is awaited. Frozen
 * once landed.
 *
 * A record is answered when a receipt of customs naming it is recorded (record-customs-answers.ts). The
 * sandbox customs answers the records still awaiting one, oldest first, through this index, as it
 * answers the parcels in flight through theirs.
 */
const statements: readonly string[] = [
  `alter table customs_relay_record add column answered_at timestamptz`,
  // What was relayed before counts as answered: the sandbox does not decide old withdrawals afresh.
  `update customs_relay_record r set answered_at = q.relayed_at
     from customs_relay q where q.message_id = r.message_id and q.relayed_at is not null`,
  `create index customs_relay_record_awaiting_idx on customs_relay_record (message_id) where answered_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The relay receipts migration cannot be reverted.');
}
