import { sql, type Kysely } from 'kysely';

/**
 * The seller's parcels. Frozen once landed.
 *
 * An enterprise user reads the parcels it sent, and those of which its enterprise is the e-commerce
 * enterprise (ebcCode, the seller whose goods they are), whoever declared them: a declaring agent sends
 * most sellers' inventories. The sender's parcels have their index (parcel_enterprise_idx); this one
 * gives the seller's, newest first, as the list reads them.
 */
const statements: readonly string[] = [
  `create index parcel_ebc_idx on parcel (ebc_code, updated_at desc) where ebc_code is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("The seller's parcel index migration cannot be reverted.");
}
