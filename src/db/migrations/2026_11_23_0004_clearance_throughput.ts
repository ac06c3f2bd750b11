import { sql, type Kysely } from 'kysely';

/**
 * Clearance at the national peak, and message bodies sealed at rest. Frozen once landed.
 *
 * - The hot tables' own foreign keys to `zone` go: each row already references its enterprise by
 *   (id, zone_code), and the enterprise references its zone, so the zone is held by that one key. A
 *   foreign key costs a look-up per inserted row.
 * - Retail import parcels keep the combined tax computed for them (`tax_total`, and `tax`: treatment,
 *   lines, the rate rows used).
 * - Message bodies carry buyers' ID numbers: from now on a batch's compressed body is encrypted
 *   (AES-256-GCM with the platform's key); `sealed` tells the batches written before apart.
 */
const statements: readonly string[] = [
  `alter table ceb_message drop constraint ceb_message_zone_code_fkey`,
  `alter table clearance_document drop constraint clearance_document_zone_code_fkey`,
  `alter table parcel drop constraint parcel_zone_code_fkey`,

  `alter table ceb_message_batch add column sealed boolean not null default false`,
  // Retail import: the combined tax computed when the parcel goes to customs, and how.
  `alter table parcel add column tax_total numeric(19, 2) check (tax_total >= 0)`,
  `alter table parcel add column tax jsonb`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The clearance throughput migration cannot be reverted.');
}
