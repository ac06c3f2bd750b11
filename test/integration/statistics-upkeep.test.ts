/**
 * StatisticsUpkeep on both databases: a table written in bulk is analysed once enough rows were
 * written to it, not before (what the last analysis found, pg_class.reltuples, is what the planner
 * scales its estimates by); a failure is a warning, never the writer's error; and the ingest tells it
 * what each batch wrote.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { insertMany } from '../../src/db/insert-many.js';
import { StatisticsUpkeep } from '../../src/db/statistics-upkeep.js';
import { bulkIngest } from '../../src/modules/clearance/index.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../helpers/ceb.js';
import { makeApprovedEnterprise } from '../helpers/factories.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

for (const kind of databaseKinds()) {
  describe(`statistics upkeep [${kind}]`, () => {
    let p: TestPlatform;
    const db = () => p.database.db;
    before(async () => {
      p = await openTestPlatform(kind);
      await sql`create table upkeep_probe (id integer primary key, guid text not null unique)`.execute(db());
    });
    after(() => p.close());

    /** What the last analysis found of a table (negative: never analysed). */
    const estimated = async (table: string) =>
      Number(
        (
          await sql<{
            n: number;
          }>`select reltuples::float8 as n from pg_class where oid = to_regclass(${table})`.execute(db())
        ).rows[0]!.n,
      );
    const write = (from: number, count: number) =>
      insertMany(
        db(),
        'upkeep_probe' as never,
        Array.from({ length: count }, (_, i) => ({ id: from + i, guid: `G-${from + i}` })) as never,
      );
    it('analyses a table once the rows written reach the least, then once they reach its share', async () => {
      const upkeep = new StatisticsUpkeep(db(), { minRows: 1_000, share: 0.25 });
      await write(0, 20_000);
      assert.ok((await estimated('upkeep_probe')) <= 0, 'not analysed yet');
      upkeep.wrote('upkeep_probe', 999);
      await upkeep.settled();
      assert.ok((await estimated('upkeep_probe')) <= 0, 'below the least rows: not analysed');
      upkeep.wrote('upkeep_probe', 1);
      await upkeep.settled();
      assert.equal(await estimated('upkeep_probe'), 20_000);

      await write(20_000, 4_000);
      upkeep.wrote('upkeep_probe', 4_000);
      await upkeep.settled();
      assert.equal(await estimated('upkeep_probe'), 20_000, 'less than a quarter of 20,000: not yet');
      await write(24_000, 1_000);
      upkeep.wrote('upkeep_probe', 1_000);
      await upkeep.settled();
      assert.equal(await estimated('upkeep_probe'), 25_000);
    });

    it('warns and goes on when a table cannot be analysed', async () => {
      const warnings: string[] = [];
      const onWarning = (w: Error) => warnings.push(w.message);
      process.on('warning', onWarning);
      try {
        const upkeep = new StatisticsUpkeep(db(), { minRows: 1, share: 0.25 });
        assert.doesNotThrow(() => upkeep.wrote('no_such_table', 10));
        await upkeep.settled();
        await new Promise((resolve) => setImmediate(resolve));
        assert.ok(
          warnings.some((w) => /no_such_table/.test(w)),
          warnings.join('\n'),
        );
      } finally {
        process.off('warning', onWarning);
      }
    });

    it('is told by the ingest what each batch wrote', async () => {
      const ebc = await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.ebc);
      const upkeep = new StatisticsUpkeep(db(), { minRows: 10, share: 0.25 });
      const ctx = { ...p.systemCtx('test'), statistics: upkeep };
      const orders = Array.from({ length: 12 }, (_, n) => ({
        body: xmlOf('CEB311', importParcel(n).order, PARCEL_CODES.ebc),
      }));
      const totals = await bulkIngest(ctx, [{ enterpriseId: ebc, messages: orders }]);
      assert.equal(totals.accepted, 12);
      await upkeep.settled();
      assert.equal(await estimated('ceb_message'), 12);
    });
  });
}
