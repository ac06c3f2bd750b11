import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { rowId } from './row-id.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The milliseconds a UUIDv7 carries in its first 48 bits. */
const timeOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('row ids', () => {
  it('are UUIDv7: version 7, RFC 9562 variant, the time of their making in front', () => {
    const before = Date.now();
    const id = rowId();
    assert.match(id, V7);
    assert.ok(timeOf(id) >= before && timeOf(id) <= Date.now());
  });

  it('sort by the millisecond they were made in, and never repeat', async () => {
    const first = Array.from({ length: 5000 }, rowId);
    await sleep(2);
    const later = Array.from({ length: 5000 }, rowId);
    assert.equal(new Set([...first, ...later]).size, 10_000);
    // The random part differs id to id, across the pool's refills.
    assert.equal(new Set([...first, ...later].map((id) => id.slice(-12))).size, 10_000);
    // As text too, which is how the primary key index orders them.
    const latestFirst = first.reduce((a, b) => (a > b ? a : b));
    assert.ok(later.every((b) => b > latestFirst));
    assert.ok(Math.max(...first.map(timeOf)) < Math.min(...later.map(timeOf)));
  });
});
