import type { ColumnType } from 'kysely';

/** The dated exchange-rate table: a rate holds from valid_from ('YYYY-MM-DD') until the next one. */
export interface StatExchangeRateTable {
  currency: string;
  valid_from: string;
  cny_per_unit: ColumnType<string, string, string>;
  source: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date | string, Date | string>;
}
