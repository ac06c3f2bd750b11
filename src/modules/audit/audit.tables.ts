import type { ColumnType } from 'kysely';

export interface AuditLogTable {
  /** bigint: read back as a string by both drivers. */
  seq: ColumnType<string, string | number, never>;
  at: ColumnType<Date, Date, never>;
  actor_id: string | null;
  actor_name: string | null;
  role: string | null;
  zone_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}
