import type { Executor } from '../../db/database.js';

/** All of the statistics module's own SQL: the dated exchange-rate table. */
export const statisticsRepository = {
  async rates(db: Executor) {
    return db
      .selectFrom('stat_exchange_rate')
      .select(['currency', 'valid_from', 'cny_per_unit', 'source', 'recorded_at'])
      .orderBy('currency')
      .orderBy('valid_from', 'desc')
      .execute();
  },

  async findRate(db: Executor, currency: string, validFrom: string) {
    return db
      .selectFrom('stat_exchange_rate')
      .selectAll()
      .where('currency', '=', currency)
      .where('valid_from', '=', validFrom)
      .executeTakeFirst();
  },

  async upsertRate(
    db: Executor,
    row: {
      currency: string;
      valid_from: string;
      cny_per_unit: string;
      source: string;
      recorded_by: string | null;
      recorded_at: Date;
    },
  ) {
    await db
      .insertInto('stat_exchange_rate')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['currency', 'valid_from']).doUpdateSet({
          cny_per_unit: row.cny_per_unit,
          source: row.source,
          recorded_by: row.recorded_by,
          recorded_at: row.recorded_at,
        }),
      )
      .execute();
  },
};
