import { sql, type Kysely } from 'kysely';

/**
 * Automatic entitlement (免申即享): per enterprise and year, what a run over the
 * platform's data found it likely entitled to, the draft application prepared for it, and when it was
 * told and read it; and the runs themselves. Money is numeric(19,2). Frozen once landed.
 */
const statements: readonly string[] = [
  `create table subsidy_entitlement_run (
  id uuid primary key,
  zone_code text not null references zone(code),
  year integer not null check (year between 2000 and 2100),
  started_at timestamptz not null,
  finished_at timestamptz,
  enterprises integer not null default 0 check (enterprises >= 0),
  with_items integer not null default 0 check (with_items >= 0),
  by uuid,
  counts jsonb
)`,
  `create index subsidy_entitlement_run_zone_idx on subsidy_entitlement_run (zone_code, year, started_at desc)`,
  `-- One row per enterprise and year (unique): a re-run updates it, never doubles it.
create table subsidy_entitlement (
  id uuid primary key,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  year integer not null check (year between 2000 and 2100),
  run_id uuid not null references subsidy_entitlement_run(id),
  facts jsonb not null,
  items jsonb not null,
  total_max numeric(19, 2) not null check (total_max >= 0),
  notes jsonb not null,
  application_id uuid references subsidy_application(id),
  notified_at timestamptz,
  read_at timestamptz,
  created_at timestamptz not null,
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code),
  unique (enterprise_id, year)
)`,
  `create index subsidy_entitlement_zone_idx on subsidy_entitlement (zone_code, year)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The subsidy entitlement migration cannot be reverted.');
}
