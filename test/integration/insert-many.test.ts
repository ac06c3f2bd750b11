/**
 * insertMany writes the same rows on both databases, as COPY text: from a Blob on PGlite, from STDIN on
 * PostgreSQL.
 * The values that COPY text and array literals must escape, nulls against defaults, JSON given as text,
 * and a constraint violation that leaves nothing behind. updateMany, its sibling, on the same values.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { insertMany, RawJson, updateMany } from '../../src/db/insert-many.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

const TRICKY = [
  'tab\there',
  'new\nline',
  'back\\slash',
  'cr\rlf\r\n',
  '\\N',
  'quote"s\'',
  '汉字 ✓ 𠮷',
  '',
  ' NULL ',
];

for (const kind of databaseKinds()) {
  describe(`insertMany [${kind}]`, () => {
    let p: TestPlatform;
    const db = () => p.database.db;
    before(async () => {
      p = await openTestPlatform(kind);
      await sql`create table many_probe (
        id integer primary key,
        t text,
        n numeric(19, 5),
        b boolean,
        at timestamptz,
        j jsonb,
        a text[],
        bin bytea,
        d text default 'the default'
      )`.execute(db());
    });
    after(() => p.close());

    it('reads back every value as written: escapes, arrays, JSON (also as text), bytes, times', async () => {
      const at = new Date('2026-03-02T08:00:00.123Z');
      const rows = TRICKY.map((t, i) => ({
        id: i + 1,
        t,
        n: i % 2 ? '12345678901234.12345' : i,
        b: i % 2 === 0,
        // Mostly one time, as a batch's rows share theirs; some others, and the same time as another Date.
        at: i % 3 === 1 ? new Date(at.getTime() + i * 1000) : i % 3 === 2 ? new Date(at.getTime()) : at,
        j: i === 3 ? new RawJson(JSON.stringify({ raw: t })) : { s: t, list: [t, null, 1.5], nested: { t } },
        a: [t, 'a,b', '{braces}', 'NULL', null, 'q"\\'],
        bin: Buffer.from([0, 1, 92, 9, 10, 255, i]),
        d: t,
      }));
      await insertMany(db(), 'many_probe' as never, rows as never);
      const back = await sql<
        Record<string, unknown>
      >`select id, t, n::text as n, b, at, j, a, bin, d from many_probe order by id`.execute(db());
      assert.equal(back.rows.length, TRICKY.length);
      back.rows.forEach((r, i) => {
        const w = rows[i]!;
        assert.equal(r.t, w.t, `text ${i}`);
        assert.equal(r.n, i % 2 ? '12345678901234.12345' : `${i}.00000`);
        assert.equal(r.b, w.b);
        assert.equal((r.at as Date).toISOString(), w.at.toISOString());
        assert.deepEqual(
          r.j,
          i === 3 ? { raw: TRICKY[3] } : { s: w.t, list: [w.t, null, 1.5], nested: { t: w.t } },
        );
        assert.deepEqual(r.a, w.a);
        assert.deepEqual(Buffer.from(r.bin as Uint8Array), w.bin);
        assert.equal(r.d, w.t);
      });
    });

    it('an absent key is null, not the column default, on both databases', async () => {
      await insertMany(db(), 'many_probe' as never, [{ id: 100, t: 'x' }] as never);
      const r = await sql<{
        d: string | null;
        j: unknown;
      }>`select d, j from many_probe where id = 100`.execute(db());
      assert.deepEqual(r.rows[0], { d: null, j: null });
    });

    it('a column added after the first insert is written too; a key that is no column is ignored', async () => {
      await insertMany(db(), 'many_probe' as never, [{ id: 400, t: 'before' }] as never);
      await sql`alter table many_probe add column later text`.execute(db());
      await insertMany(
        db(),
        'many_probe' as never,
        [{ id: 401, t: 'after', later: 'kept', nope: 1 }] as never,
      );
      const r = await sql<{
        later: string | null;
      }>`select later from many_probe where id in (400, 401) order by id`.execute(db());
      assert.deepEqual(
        r.rows.map((x) => x.later),
        [null, 'kept'],
      );
    });

    it('a duplicate key refuses the statement whole, and its transaction stores nothing', async () => {
      await assert.rejects(
        db()
          .transaction()
          .execute(async (tx) => {
            await insertMany(tx, 'many_probe' as never, [{ id: 200, t: 'kept?' }] as never);
            await insertMany(tx, 'many_probe' as never, [{ id: 201 }, { id: 1 }] as never);
          }),
        (e: Error & { code?: string }) => e.code === '23505',
      );
      const r = await sql<{
        n: number;
      }>`select count(*)::int as n from many_probe where id between 200 and 299`.execute(db());
      assert.equal(r.rows[0]!.n, 0);
      // The connection is usable afterwards.
      await insertMany(db(), 'many_probe' as never, [{ id: 300 }] as never);
    });

    it('several at once on one transaction: each waits its turn on the connection, all are stored', async () => {
      await db()
        .transaction()
        .execute((tx) =>
          Promise.all(
            [500, 510, 520].map((from) =>
              insertMany(
                tx,
                'many_probe' as never,
                Array.from({ length: 10 }, (_, i) => ({ id: from + i, t: `${from}` })) as never,
              ),
            ),
          ),
        );
      const r = await sql<{
        n: number;
      }>`select count(*)::int as n from many_probe where id between 500 and 529`.execute(db());
      assert.equal(r.rows[0]!.n, 30);
    });

    it('started together on one transaction, they run in the order started; the first failure is the one reported', async () => {
      await sql`create table many_child (id integer primary key, parent integer not null references many_probe (id))`.execute(
        db(),
      );
      // Each later statement needs the rows of the one before (the reference), so the order shows.
      await db()
        .transaction()
        .execute((tx) =>
          Promise.all([
            insertMany(tx, 'many_probe' as never, [{ id: 600 }, { id: 601 }] as never),
            insertMany(tx, 'many_child' as never, [{ id: 1, parent: 600 }] as never),
            insertMany(tx, 'many_child' as never, [{ id: 2, parent: 601 }] as never),
          ]),
        );
      const r = await sql<{ n: number }>`select count(*)::int as n from many_child`.execute(db());
      assert.equal(r.rows[0]!.n, 2);
      await assert.rejects(
        db()
          .transaction()
          .execute((tx) =>
            Promise.all([
              insertMany(tx, 'many_probe' as never, [{ id: 602 }, { id: 600 }] as never),
              insertMany(tx, 'many_child' as never, [{ id: 3, parent: 602 }] as never),
            ]),
          ),
        // The duplicate key, not the aborted transaction the second statement then met (25P02).
        (e: Error & { code?: string }) => e.code === '23505',
      );
      const left = await sql<{ n: number }>`select count(*)::int as n from many_probe where id = 602`.execute(
        db(),
      );
      assert.equal(left.rows[0]!.n, 0);
    });

    it('updateMany sets each row its own values, by id, in one statement; refuses rows that disagree', async () => {
      const at = new Date('2026-03-02T08:00:00.000Z');
      const base = [201, 202, 203, 204].map((id) => ({
        id,
        t: 'before',
        n: 1,
        b: false,
        at,
        j: null,
        a: [],
        bin: null,
        d: 'd',
      }));
      await insertMany(db(), 'many_probe' as never, base as never);
      const later = new Date('2026-03-03T09:30:00.456Z');
      await updateMany(
        db(),
        'many_probe' as never,
        [
          { id: 201, t: TRICKY[0], n: '0.00001', a: ['x', null, 'a,b'], j: { k: TRICKY[6] }, at: later },
          { id: 203, t: TRICKY[4], n: '-7', a: [], j: new RawJson('[1,"二"]'), at: later },
          // No such row: nothing happens.
          { id: 299, t: 'ghost', n: '1', a: [], j: null, at: later },
        ] as never,
      );
      const back = await sql<
        Record<string, unknown>
      >`select id, t, n::text as n, a, j, at, d from many_probe where id between 200 and 299 order by id`.execute(
        db(),
      );
      assert.deepEqual(
        back.rows.map((r) => [r.id, r.t, r.n, r.a, r.j, (r.at as Date).toISOString(), r.d]),
        [
          [201, TRICKY[0], '0.00001', ['x', null, 'a,b'], { k: TRICKY[6] }, later.toISOString(), 'd'],
          [202, 'before', '1.00000', [], null, at.toISOString(), 'd'],
          [203, TRICKY[4], '-7.00000', [], [1, '二'], later.toISOString(), 'd'],
          [204, 'before', '1.00000', [], null, at.toISOString(), 'd'],
        ],
      );
      for (const [rows, error] of [
        [
          [
            { id: 202, t: 'x' },
            { id: 204, n: '2' },
          ],
          /the same columns/,
        ],
        [
          [
            { id: 202, t: 'x' },
            { id: 202, t: 'y' },
          ],
          /given twice/,
        ],
      ] as const)
        await assert.rejects(updateMany(db(), 'many_probe' as never, rows as never), error);
      const untouched = await sql<{ t: string }>`select t from many_probe where id in (202, 204)`.execute(
        db(),
      );
      assert.deepEqual(
        untouched.rows.map((r) => r.t),
        ['before', 'before'],
      );
    });

    it('updateMany: a refused update changes nothing, and what it sent is never applied later', async () => {
      await sql`create table many_probe_strict (id integer primary key, v text not null)`.execute(db());
      await insertMany(
        db(),
        'many_probe_strict' as never,
        [
          { id: 1, v: 'a' },
          { id: 2, v: 'b' },
        ] as never,
      );
      // Outside a transaction: on PGlite the rows reach the scratch table before the update fails.
      await assert.rejects(updateMany(db(), 'many_probe_strict' as never, [{ id: 1, v: null }] as never));
      await updateMany(db(), 'many_probe_strict' as never, [{ id: 2, v: 'c' }] as never);
      const back = await sql<{
        id: number;
        v: string;
      }>`select id, v from many_probe_strict order by id`.execute(db());
      assert.deepEqual(
        back.rows.map((r) => [r.id, r.v]),
        [
          [1, 'a'],
          [2, 'c'],
        ],
      );
    });
  });
}
