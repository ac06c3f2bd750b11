import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface EnterpriseTable {
  id: string;
  zone_code: string;
  kind: 'enterprise' | 'individual';
  uscc: string | null;
  resident_id_hash: string | null;
  resident_id_enc: string | null;
  resident_id_masked: string | null;
  name: string;
  roles: string[];
  customs_code: string | null;
  district: string | null;
  park: string | null;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  status: string;
  pending: unknown;
  return_reason: string | null;
  version: ColumnType<number, number | undefined, number>;
  submitted_at: Timestamp | null;
  approved_at: Timestamp | null;
  reviewed_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ShopTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  platform: string;
  shop_name: string;
  url: string;
  site_country: string;
  status: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FilingEventTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  changes: unknown;
  actor_id: string | null;
  actor_name: string | null;
  at: Timestamp;
}
