import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** numeric: read back as a string by both drivers, never a float. */
type Numeric = ColumnType<string, string, string>;
/** jsonb: written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export interface SubsidyBudgetTable {
  id: string;
  zone_code: string;
  fund: string;
  year: number;
  total: Numeric;
  reserved: ColumnType<string, string | undefined, string>;
  committed: ColumnType<string, string | undefined, string>;
  disbursed: ColumnType<string, string | undefined, string>;
  version: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SubsidyApplicationTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  /** The applicant's name when it applied (the notice publishes it). */
  enterprise_name: string;
  year: number;
  fund: string;
  status: string;
  /** `RequestedItem[]` */
  items: Json<unknown>;
  facts: Json<unknown>;
  /** `PinnedEvaluation`, taken at submission. */
  evaluation: NullableJson<unknown>;
  /** `ApprovedItem[]`, set by the commerce bureau's approval. */
  approved_items: NullableJson<unknown>;
  approved_total: ColumnType<string | null, string | null, string | null>;
  /** The reasons of the latest return (补正) or rejection. */
  reasons: NullableJson<unknown>;
  version: ColumnType<number, number | undefined, number>;
  submitted_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SubsidyEvidenceTable {
  id: string;
  application_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  body: ColumnType<Uint8Array, Uint8Array, never>;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface SubsidyStepTable {
  id: string;
  /** int8, read as a string. */
  seq: Generated<string>;
  application_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  amount: ColumnType<string | null, string | null, never>;
  reasons: NullableJson<unknown>;
  note: string | null;
  reference: string | null;
  actor_id: string | null;
  actor_name: string | null;
  role: string | null;
  at: Timestamp;
}

export interface SubsidyNoticeTable {
  id: string;
  zone_code: string;
  title: string;
  objection_days: number;
  published_at: Timestamp;
  objection_until: Timestamp;
  status: string;
  published_by: string | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
}

export interface SubsidyNoticeItemTable {
  notice_id: string;
  application_id: string;
  enterprise_name: string;
  year: number;
  /** `NoticeItemLine[]`: the items and amounts as published. */
  items: Json<unknown>;
  approved_total: Numeric;
}

export interface SubsidyObjectionTable {
  id: string;
  notice_id: string;
  application_id: string;
  text: string;
  filed_by: string | null;
  filed_by_name: string | null;
  filed_at: Timestamp;
  resolution: string | null;
  resolution_note: string | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
}

export interface SubsidyDisbursementTable {
  id: string;
  application_id: string;
  zone_code: string;
  fund: string;
  year: number;
  amount: Numeric;
  paid_at: Timestamp;
  bank_reference: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface SubsidyEntitlementRunTable {
  id: string;
  zone_code: string;
  year: number;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  enterprises: ColumnType<number, number | undefined, number>;
  with_items: ColumnType<number, number | undefined, number>;
  /** The user who started it; null for the system. */
  by: string | null;
  /** `EntitlementCounts` */
  counts: NullableJson<unknown>;
}

export interface SubsidyEntitlementTable {
  id: string;
  zone_code: string;
  enterprise_id: string;
  year: number;
  run_id: string;
  /** The facts the platform derived (`platformFacts`), without assumptions. */
  facts: Json<unknown>;
  /** `EntitlementItem[]` */
  items: Json<unknown>;
  total_max: Numeric;
  /** `Bilingual[]`: what could not be derived and what the enterprise is asked to confirm. */
  notes: Json<unknown>;
  application_id: string | null;
  notified_at: Timestamp | null;
  read_at: Timestamp | null;
  created_at: Timestamp;
}
