import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface GovernanceTaskTable {
  id: string;
  zone_code: string;
  /** Stable key of the catalogue item (`chenzhou-04`). */
  task_key: string;
  document: string;
  article: string;
  number: number;
  heading: string;
  text: string;
  /** Verbatim unit names of the document; codes from `units.ts`. */
  lead_unit: string;
  lead_unit_code: string;
  co_units: string[];
  co_unit_codes: string[];
  /** China calendar day 'YYYY-MM-DD'. */
  due_date: string | null;
  status: string;
  progress_percent: ColumnType<number, number | undefined, number>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GovernanceReportTable {
  id: string;
  /** int8, read as a string. */
  seq: Generated<string>;
  task_id: string;
  zone_code: string;
  unit_code: string;
  text: string;
  percent: number;
  from_status: string;
  to_status: string;
  evidence_name: string | null;
  evidence_type: string | null;
  evidence_size: number | null;
  evidence_sha256: string | null;
  evidence_body: ColumnType<Uint8Array | null, Uint8Array | null, never>;
  reported_by: string | null;
  reported_by_name: string | null;
  role: string;
  at: Timestamp;
}

export interface GovernanceIndicatorValueTable {
  id: string;
  seq: Generated<string>;
  zone_code: string;
  indicator: string;
  period: number;
  /** numeric: a string from both drivers. */
  value: ColumnType<string, string, string>;
  source_note: string;
  reported_by: string | null;
  reported_by_name: string | null;
  role: string;
  at: Timestamp;
}
