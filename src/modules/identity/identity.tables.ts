import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AppUserTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  zone_code: string | null;
  enterprise_id: string | null;
  password_hash: string;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: Timestamp | null;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface IdempotencyKeyTable {
  key: string;
  user_id: string;
  request_hash: string;
  status_code: number;
  response: unknown;
  created_at: Timestamp;
}
