import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  auditHash,
  canonicalJson,
  inCanonicalOrder,
  ChainVerifier,
  GENESIS_HASH,
  type HashedAuditFields,
} from './audit-hash.js';

function chain(n: number): (HashedAuditFields & { hash: string })[] {
  const out: (HashedAuditFields & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields: HashedAuditFields = {
      seq: String(i),
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      actorId: null,
      actorName: 'tester',
      role: 'commerce',
      zoneCode: 'zhuzhou',
      action: 'enterprise.approve',
      entityType: 'enterprise',
      entityId: `e${i}`,
      before: { status: 'submitted' },
      after: { status: 'approved', n: i },
      requestId: `r${i}`,
      prevHash: prev,
    };
    const hash = auditHash(fields);
    out.push({ ...fields, hash });
    prev = hash;
  }
  return out;
}

function verify(records: (HashedAuditFields & { hash: string })[]) {
  const v = new ChainVerifier();
  for (const r of records) {
    const broken = v.push(r);
    if (broken) return broken;
  }
  return { ok: v.checked };
}

describe('audit hash chain', () => {
  it('canonical JSON ignores key order at every depth', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } }),
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('canonical JSON is the sorted-key serialisation, byte for byte (property)', () => {
    // The definition, written plainly: what every stored hash was computed with.
    const plain = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
      if (Array.isArray(v)) return `[${v.map(plain).join(',')}]`;
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${plain(o[k])}`).join(',')}}`;
    };
    assert.equal(
      canonicalJson({ b: [1, 'x'], a: { '10': true, '9': null, c: undefined } }),
      '{"a":{"10":true,"9":null},"b":[1,"x"]}',
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, any) => {
        assert.equal(canonicalJson(json), plain(json));
        assert.equal(canonicalJson(any), plain(any));
        // Parsed back, the keys are in sorted order where the object's own order allows (integer-like
        // keys come first, ascending): the fast path writes the same text.
        const sorted: unknown = JSON.parse(plain(json));
        assert.equal(canonicalJson(sorted), plain(json));
      }),
      { numRuns: 300 },
    );
  });

  it('canonical JSON takes V8’s serialiser only where it writes the same text', () => {
    assert.equal(inCanonicalOrder({ a: 1, b: [{ c: null, d: 'x' }], e: undefined }), true);
    assert.equal(inCanonicalOrder({ b: 1, a: 2 }), false);
    assert.equal(inCanonicalOrder({ a: { d: 1, c: 2 } }), false);
    // Integer-like keys are enumerated first whatever their text order: '9' before '10'.
    assert.equal(inCanonicalOrder({ '10': 1, '9': 2 }), false);
    // A toJSON (a Date's) or a hole would be written otherwise by JSON.stringify.
    assert.equal(inCanonicalOrder({ a: new Date(0) }), false);
    assert.equal(inCanonicalOrder([1, , 3]), false); // eslint-disable-line no-sparse-arrays
  });

  it('an intact chain verifies', () => {
    assert.deepEqual(verify(chain(20)), { ok: 20 });
  });

  it('any edited field of any record is found at that record (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom('actorName', 'action', 'entityId', 'zoneCode', 'at'),
        (i, field) => {
          const records = chain(10);
          const r = records[i]!;
          (r as unknown as Record<string, unknown>)[field] =
            `${String((r as unknown as Record<string, unknown>)[field])}x`;
          assert.deepEqual(verify(records), { seq: String(i + 1), reason: 'hash_mismatch' });
        },
      ),
    );
  });

  it('a deleted record is found at the record after it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), (i) => {
        const records = chain(10);
        records.splice(i, 1);
        assert.deepEqual(verify(records), { seq: String(i + 2), reason: 'prev_hash_mismatch' });
      }),
    );
  });

  it('an edited before/after value is found even when its hash is recomputed without relinking', () => {
    const records = chain(5);
    const r = records[2]!;
    r.after = { status: 'returned' };
    r.hash = auditHash({ ...r, hash: undefined } as unknown as HashedAuditFields);
    assert.deepEqual(verify(records), { seq: '4', reason: 'prev_hash_mismatch' });
  });
});
