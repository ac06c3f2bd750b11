import { sql, type Kysely } from 'kysely';

/**
 * Export summary declarations (清单核放、汇总申报): each groups released inventories of a period; an
 * inventory belongs to at most one (primary key). Frozen once landed.
 */
const statements: readonly string[] = [
  `create table summary_declaration (
  id uuid primary key,
  zone_code text not null references zone(code),
  period_from date not null,
  period_to date not null check (period_to > period_from),
  summary_flag text not null check (summary_flag in ('1', '2')),
  group_key text not null,
  head jsonb not null,
  items jsonb not null,
  inventory_count integer not null check (inventory_count > 0),
  created_by uuid,
  created_at timestamptz not null
)`,
  `create index summary_declaration_zone_idx on summary_declaration (zone_code, period_from desc)`,
  `create table summary_inventory (
  parcel_id uuid primary key references parcel(id),
  summary_id uuid not null references summary_declaration(id),
  invt_no text not null
)`,
  `create index summary_inventory_summary_idx on summary_inventory (summary_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The summary declaration migration cannot be reverted.');
}
