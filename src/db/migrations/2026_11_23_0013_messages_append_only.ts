import { sql, type Kysely } from 'kysely';

/**
 * Received messages and their batches become append-only, and two foreign keys checked once per
 * message go. Frozen once landed.
 *
 * - `ceb_message` and `ceb_message_batch` refuse UPDATE, DELETE and TRUNCATE, as the audit log does:
 *   what an enterprise sent is a record the platform keeps as received.
 * - `clearance_document.message_id → ceb_message` and `ceb_message.batch_id → ceb_message_batch` go.
 *   Each message and its batch are written in the transaction that writes the rows pointing at them,
 *   before them (storeBatch), and can no longer be removed, so the references cannot dangle; the
 *   ingest tests check that none does. The two checks ran for every message and every document, and
 *   were measured at about 8 % of bulk ingestion on PGlite. The keys that decide what is stored
 *   (guids, business keys) and the references to enterprises stay.
 */
const statements: readonly string[] = [
  `alter table clearance_document drop constraint clearance_document_message_id_fkey`,
  `alter table ceb_message drop constraint ceb_message_batch_id_fkey`,
  `create function clearance_record_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$`,
  `create trigger ceb_message_no_update before update or delete on ceb_message
  for each row execute function clearance_record_refuse_change()`,
  `create trigger ceb_message_no_truncate before truncate on ceb_message
  for each statement execute function clearance_record_refuse_change()`,
  `create trigger ceb_message_batch_no_update before update or delete on ceb_message_batch
  for each row execute function clearance_record_refuse_change()`,
  `create trigger ceb_message_batch_no_truncate before truncate on ceb_message_batch
  for each statement execute function clearance_record_refuse_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The append-only messages migration cannot be reverted.');
}
