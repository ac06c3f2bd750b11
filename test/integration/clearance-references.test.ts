/**
 * The references of the clearance's rows, checked once per statement (migration 0018): a message,
 * document or parcel of an enterprise that is not filed in its zone, a parcel that is no document, an
 * event of no parcel: each statement is refused whole, through COPY (insertMany, as the ingest writes)
 * and through INSERT alike. On the referenced side, no row is deleted and no referenced key changes.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { insertMany } from '../../src/db/insert-many.js';
import { bulkIngest } from '../../src/modules/clearance/index.js';
import { importParcel, PARCEL_CODES, xmlOf } from '../helpers/ceb.js';
import { makeApprovedEnterprise, makeEnterprise } from '../helpers/factories.js';
import { countRows, databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

/** A refusal as a foreign key's: SQLSTATE 23503, naming what was refused. */
const dangling = (pattern: RegExp) => (e: Error & { code?: string; detail?: string }) =>
  e.code === '23503' && pattern.test(`${e.message} ${e.detail ?? ''}`);

for (const kind of databaseKinds()) {
  describe(`clearance rows' references, checked per statement [${kind}]`, () => {
    let p: TestPlatform;
    const db = () => p.database.db;
    let ebc: string;
    let elsewhere: string;
    before(async () => {
      p = await openTestPlatform(kind);
      ebc = await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.ebc);
      const pay = await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.pay);
      const logistics = await makeApprovedEnterprise(p, 'zhuzhou', PARCEL_CODES.logistics);
      elsewhere = await makeEnterprise(p, 'chenzhou');
      const m = importParcel(1);
      const totals = await bulkIngest(p.systemCtx('test'), [
        { enterpriseId: ebc, messages: [{ body: xmlOf('CEB311', m.order, PARCEL_CODES.ebc) }] },
        { enterpriseId: pay, messages: [{ body: xmlOf('CEB411', m.payment, PARCEL_CODES.pay) }] },
        { enterpriseId: logistics, messages: [{ body: xmlOf('CEB511', m.waybill, PARCEL_CODES.logistics) }] },
        { enterpriseId: ebc, messages: [{ body: xmlOf('CEB621', m.inventory, PARCEL_CODES.ebc) }] },
      ]);
      assert.equal(totals.accepted, 4);
    });
    after(() => p.close());

    /** Copies of a stored row of `table`, each changed by `change`: rows the table would otherwise take. */
    const copiesOf = async (
      table: 'ceb_message' | 'clearance_document' | 'parcel' | 'customs_event',
      changes: ((row: Record<string, unknown>) => Record<string, unknown>)[],
    ) => {
      const row = await db().selectFrom(table).selectAll().limit(1).executeTakeFirstOrThrow();
      return changes.map((change) => ({ ...row, ...change(row) }));
    };
    const fresh = () => ({ id: randomUUID(), guid: randomUUID().toUpperCase() });
    const newDocument = () => ({ ...fresh(), business_key: `KEY-${randomUUID()}` });

    it('takes rows whose references hold: the ingest above stored each kind', async () => {
      for (const table of ['ceb_message', 'clearance_document', 'parcel', 'customs_event'] as const)
        assert.ok((await countRows(db(), table)) > 0, table);
      const good = await copiesOf('clearance_document', [newDocument]);
      await insertMany(db(), 'clearance_document', good as never);
      assert.equal(await countRows(db(), 'clearance_document'), 5);
    });

    it('refuses a whole statement with one document of an enterprise not filed in its zone', async () => {
      const before = await countRows(db(), 'clearance_document');
      const rows = await copiesOf('clearance_document', [
        newDocument,
        () => ({ ...newDocument(), enterprise_id: randomUUID() }),
        newDocument,
      ]);
      await assert.rejects(
        insertMany(db(), 'clearance_document', rows as never),
        dangling(/clearance_document.*enterprise_id, zone_code/),
      );
      // The enterprise exists, in another zone: a document is in its enterprise's zone or nowhere.
      const otherZone = await copiesOf('clearance_document', [
        () => ({ ...newDocument(), enterprise_id: elsewhere }),
      ]);
      await assert.rejects(
        insertMany(db(), 'clearance_document', otherZone as never),
        dangling(/chenzhou|zhuzhou/),
      );
      assert.equal(await countRows(db(), 'clearance_document'), before);
    });

    it('refuses a message of an unknown enterprise, through INSERT as through COPY', async () => {
      const before = await countRows(db(), 'ceb_message');
      const [copied] = await copiesOf('ceb_message', [() => ({ ...fresh(), enterprise_id: randomUUID() })]);
      await assert.rejects(insertMany(db(), 'ceb_message', [copied] as never), dangling(/ceb_message/));
      await assert.rejects(
        db()
          .insertInto('ceb_message')
          .values(copied as never)
          .execute(),
        dangling(/ceb_message/),
      );
      assert.equal(await countRows(db(), 'ceb_message'), before);
    });

    it('refuses a parcel that is no document, and an event of no parcel', async () => {
      const parcels = await countRows(db(), 'parcel');
      const events = await countRows(db(), 'customs_event');
      const [parcel] = await copiesOf('parcel', [() => ({ id: randomUUID() })]);
      await assert.rejects(insertMany(db(), 'parcel', [parcel] as never), dangling(/clearance_document/));
      const [event] = await copiesOf('customs_event', [
        () => ({ id: randomUUID(), parcel_id: randomUUID() }),
      ]);
      await assert.rejects(insertMany(db(), 'customs_event', [event] as never), dangling(/"parcel"/));
      await assert.rejects(
        db()
          .insertInto('customs_event')
          .values(event as never)
          .execute(),
        dangling(/"parcel"/),
      );
      assert.equal(await countRows(db(), 'parcel'), parcels);
      assert.equal(await countRows(db(), 'customs_event'), events);
    });

    it('keeps what rows point at: no deletion of what is referenced, no key changed on either side', async () => {
      const refused = dangling(/are referenced|keep the rows they reference/);
      const attempts = [
        sql`update clearance_document set enterprise_id = ${elsewhere}, zone_code = 'chenzhou'`,
        sql`update clearance_document set zone_code = 'hengyang'`,
        sql`update parcel set enterprise_id = ${elsewhere}, zone_code = 'chenzhou'`,
        sql`update parcel set id = ${randomUUID()}`,
        sql`update customs_event set parcel_id = ${randomUUID()}`,
        sql`update enterprise set zone_code = 'hengyang' where id = ${ebc}`,
        sql`delete from parcel`,
        sql`delete from clearance_document`,
        sql`delete from enterprise where id = ${ebc}`,
        sql`truncate parcel cascade`,
        sql`truncate clearance_document cascade`,
      ];
      for (const attempt of attempts) await assert.rejects(attempt.execute(db()), refused);
      // What the platform does change still changes.
      await sql`update parcel set match_state = match_state, updated_at = now()`.execute(db());
      await sql`update enterprise set name = name where id = ${ebc}`.execute(db());
      assert.equal(await countRows(db(), 'parcel'), 1);
    });
  });
}
