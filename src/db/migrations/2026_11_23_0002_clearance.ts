import { sql, type Kysely } from 'kysely';

/**
 * Clearance: the CEB messages enterprises send (their raw bodies apart, out of the hot rows), the
 * business documents they carry, the parcels (one per inventory) with their match state and customs
 * lifecycle, and the buyers' annual quota ledger. Frozen once landed.
 */
const statements: readonly string[] = [
  // Raw bodies, compressed together per batch, in a table of their own: the hot rows stay small and a
  // batch of hundreds of messages is one row to write.
  `create table ceb_message_batch (
  id uuid primary key,
  format text not null check (format in ('xml', 'json')),
  body bytea not null,
  received_at timestamptz not null
)`,
  // One row per message received or sent; its guid makes a redelivery a no-op.
  `create table ceb_message (
  id uuid primary key,
  guid text not null,
  message_type text not null check (message_type ~ '^CEB[0-9]{3}$'),
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  direction text not null check (direction in ('inbound', 'outbound', 'response')),
  entity_count integer not null check (entity_count between 1 and 100),
  signature_present boolean not null,
  body_sha256 text not null,
  batch_id uuid not null references ceb_message_batch(id),
  body_offset integer not null check (body_offset >= 0),
  body_length integer not null check (body_length > 0),
  received_at timestamptz not null,
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create unique index ceb_message_guid_key on ceb_message (guid)`,
  `create index ceb_message_enterprise_idx on ceb_message (enterprise_id, received_at desc)`,
  // One row per business document (an order, payment, receipt, waybill, inventory…) in its latest version.
  `create table clearance_document (
  id uuid primary key,
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  kind text not null check (kind in ('order', 'payment', 'receipt', 'waybill', 'inventory')),
  flow text not null check (flow in ('import', 'export')),
  message_type text not null,
  guid text not null,
  business_key text not null,
  order_key text,
  logistics_key text,
  app_type text not null check (app_type in ('1', '2', '3')),
  deleted boolean not null default false,
  facts jsonb not null,
  content_hash text not null,
  message_id uuid not null references ceb_message(id),
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create unique index clearance_document_guid_key on clearance_document (guid)`,
  // The business key is unique per sending enterprise (customs-ceb.md §4.2, §7.2).
  `create unique index clearance_document_business_key on clearance_document (enterprise_id, kind, business_key)`,
  `create index clearance_document_order_idx on clearance_document (flow, order_key, kind) where order_key is not null`,
  `create index clearance_document_logistics_idx on clearance_document (flow, logistics_key, kind) where logistics_key is not null`,
  // A parcel is an inventory and what the match found for it; customs' answers move its status.
  `create table parcel (
  id uuid primary key references clearance_document(id),
  zone_code text not null references zone(code),
  enterprise_id uuid not null,
  flow text not null check (flow in ('import', 'export')),
  trade_mode text not null check (trade_mode in ('9610', '9710', '9810', '1210', '1239')),
  order_key text not null,
  logistics_key text not null,
  match_state text not null check (match_state in ('incomplete', 'matched', 'mismatched')),
  missing text[] not null default '{}',
  mismatches jsonb,
  customs_status text,
  customs_status_at timestamptz,
  sent_at timestamptz,
  released_at timestamptz,
  revoked_at timestamptz,
  invt_no text,
  declared_value numeric(19, 5) not null,
  currency text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  foreign key (enterprise_id, zone_code) references enterprise (id, zone_code)
)`,
  `create index parcel_zone_state_idx on parcel (zone_code, match_state, updated_at desc)`,
  `create index parcel_zone_status_idx on parcel (zone_code, customs_status, updated_at desc)`,
  `create index parcel_enterprise_idx on parcel (enterprise_id, updated_at desc)`,
  `create index parcel_released_idx on parcel (zone_code, released_at) where released_at is not null`,
  // Every status customs gave a parcel, with its time: the lifecycle, end to end.
  `create table customs_event (
  id uuid primary key,
  parcel_id uuid not null references parcel(id),
  status text not null,
  info text,
  source text not null check (source in ('platform', 'sandbox', 'file_exchange')),
  at timestamptz not null,
  recorded_at timestamptz not null
)`,
  `create index customs_event_parcel_idx on customs_event (parcel_id, at)`,
  // An answer read twice (a response file after a crash) is recorded once.
  `create unique index customs_event_answer_key on customs_event (parcel_id, source, status, at) where source <> 'platform'`,
  // Retail import annual quota per buyer: one live consumption per inventory, released on revoke or return.
  `create table buyer_quota (
  parcel_id uuid primary key references parcel(id),
  buyer_hash text not null,
  year integer not null,
  amount numeric(19, 2) not null check (amount >= 0),
  consumed_at timestamptz not null,
  released_at timestamptz
)`,
  `create index buyer_quota_buyer_idx on buyer_quota (buyer_hash, year) where released_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The clearance migration cannot be reverted.');
}
