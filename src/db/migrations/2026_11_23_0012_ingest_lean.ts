import { sql, type Kysely } from 'kysely';

/**
 * Four index entries fewer for every parcel received. Frozen once landed.
 *
 * - `ceb_message_enterprise_idx` goes: nothing reads the messages by enterprise (a message is found by
 *   its guid, or through its document), and each message received paid for an entry in it.
 */
const statements: readonly string[] = [`drop index ceb_message_enterprise_idx`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The lean ingest migration cannot be reverted.');
}
