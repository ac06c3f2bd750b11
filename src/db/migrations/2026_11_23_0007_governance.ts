import { sql, type Kysely } from 'kysely';

/**
 * Governance: the responsibility catalogue of the implementation plans (tasks with
 * their lead and co-responsible units, due dates, status and progress), the units' progress reports with an
 * optional evidence file, and the figures bureaus report for the goals (talents trained, leading
 * enterprises recognised…). Frozen once landed.
 */
const statements: readonly string[] = [
  `-- One task per catalogue item and zone (unique key): seeding twice inserts nothing new.
-- Due dates are China calendar days kept as 'YYYY-MM-DD' text: both drivers return the same string
-- (node-postgres turns a date column into a local-time Date). Overdue is computed, never stored.
create table governance_task (
  id uuid primary key,
  zone_code text not null references zone(code),
  task_key text not null check (length(task_key) between 1 and 60),
  document text not null,
  article text not null,
  number integer not null check (number > 0),
  heading text not null,
  text text not null,
  lead_unit text not null,
  lead_unit_code text not null,
  co_units text[] not null default '{}',
  co_unit_codes text[] not null default '{}',
  due_date text check (due_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  status text not null check (status in ('not_started', 'in_progress', 'completed')),
  progress_percent integer not null default 0 check (progress_percent between 0 and 100),
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  -- A completed task is complete.
  check (status <> 'completed' or progress_percent = 100),
  unique (zone_code, task_key)
)`,
  `create index governance_task_zone_idx on governance_task (zone_code, lead_unit_code, status)`,
  `-- Progress reports of the responsible units. Append-only by use; the evidence file, if any, is kept
-- with its SHA-256 (all evidence columns set together or none).
create table governance_report (
  id uuid primary key,
  seq bigint generated always as identity,
  task_id uuid not null references governance_task(id),
  zone_code text not null references zone(code),
  unit_code text not null,
  text text not null check (length(text) between 1 and 4000),
  percent integer not null check (percent between 0 and 100),
  from_status text not null,
  to_status text not null,
  evidence_name text check (length(evidence_name) between 1 and 200),
  evidence_type text,
  evidence_size integer check (evidence_size > 0),
  evidence_sha256 text check (evidence_sha256 ~ '^[0-9a-f]{64}$'),
  evidence_body bytea,
  reported_by uuid,
  reported_by_name text,
  role text not null,
  at timestamptz not null,
  check ((evidence_body is null) = (evidence_sha256 is null)
    and (evidence_body is null) = (evidence_name is null)
    and (evidence_body is null) = (evidence_size is null)
    and (evidence_body is null) = (evidence_type is null))
)`,
  `create index governance_report_task_idx on governance_report (task_id, seq)`,
  `-- Figures reported by bureaus for a zone, an indicator and a period (a calendar year). Append-only: a
-- correction is a newer row, the latest of a period counts.
create table governance_indicator_value (
  id uuid primary key,
  seq bigint generated always as identity,
  zone_code text not null references zone(code),
  indicator text not null,
  period integer not null check (period between 2000 and 2100),
  value numeric(19, 2) not null check (value >= 0),
  source_note text not null check (length(source_note) between 1 and 1000),
  reported_by uuid,
  reported_by_name text,
  role text not null,
  at timestamptz not null
)`,
  `create index governance_indicator_value_idx on governance_indicator_value (zone_code, indicator, period, seq)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement at a time: PGlite's extended protocol runs a single statement per query.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The governance migration cannot be reverted.');
}
