import { sql, type Kysely } from 'kysely';

/**
 * The customs jobs' queues. Frozen once landed.
 *
 * A table of the messages to relay to customs, queued as they are accepted (a transactional outbox),
 * and of their records' parcels, which customs' receipts name by the record's guid.
 *
 * The dispatch's and the answers' queues are partial indexes of the parcels waiting in them. Without
 * them every round of the jobs read all the parcels ever matched (they stay matched) or ever sent: the cost of a batch grew with the table, a day's million parcels at a time. A parcel leaves
 * each index as it leaves the queue, so both stay as small as the queue itself. The predicates are
 * written as the jobs' queries write their conditions (clearance.repository.ts: parcelsToDispatch,
 * parcelsInFlight), so the planner can prove that the index holds what the query asks for.
 */
const statements: readonly string[] = [
  // Messages the platform passes on to customs as they came (withdrawals, returns, the site's reports):
  // queued in the transaction that accepts them, relayed by the customs jobs, marked when written.
  `create table customs_relay (
  message_id uuid primary key references ceb_message(id),
  message_type text not null check (message_type ~ '^CEB[0-9]{3}$'),
  queued_at timestamptz not null,
  relayed_at timestamptz
)`,
  `create index customs_relay_queue_idx on customs_relay (queued_at) where relayed_at is null`,
  // Each relayed record (a withdrawal, a return, a report) and its parcels: customs' receipt names the
  // record's guid, and is recorded on the record's parcels.
  `create table customs_relay_record (
  guid text primary key,
  message_id uuid not null references customs_relay(message_id),
  parcel_ids uuid[] not null
)`,
  // Matched and not yet sent, withdrawn or refused by the platform: oldest first.
  `create index parcel_dispatch_queue_idx on parcel (updated_at)
     where match_state = 'matched' and sent_at is null and revoked_at is null and customs_status is null`,
  // With customs and not yet final (100 rejected, 700 and 899 closed, 800 released, negative: refused).
  `create index parcel_in_flight_idx on parcel (sent_at)
     where sent_at is not null
       and (customs_status is null or customs_status not in ('100', '700', '800', '899'))
       and (customs_status is null or customs_status not like '-%')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The customs job queues migration cannot be reverted.');
}
