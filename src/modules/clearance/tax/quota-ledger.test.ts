import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Dec, sum } from './decimal.js';
import {
  applyQuotaEvent,
  balance,
  consumeWithinLimit,
  EMPTY_LEDGER,
  replayQuotaEvents,
  type ConsumeEvent,
  type QuotaEvent,
  type QuotaLedger,
} from './quota-ledger.js';

const consume = (inventoryKey: string, amount: string, buyerKey = 'A', year = 2024): ConsumeEvent => ({
  type: 'consume',
  inventoryKey,
  buyerKey,
  year,
  amount,
});
const release = (inventoryKey: string): QuotaEvent => ({ type: 'release', inventoryKey });

function run(events: QuotaEvent[]): { ledger: QuotaLedger; effects: string[] } {
  let ledger = EMPTY_LEDGER;
  const effects: string[] = [];
  for (const e of events) {
    const r = applyQuotaEvent(ledger, e);
    ledger = r.ledger;
    effects.push(r.effect);
  }
  return { ledger, effects };
}

describe('annual quota ledger: examples', () => {
  it('counts each inventory once, whatever the resends', () => {
    const { ledger, effects } = run([
      consume('I1', '1000'),
      consume('I1', '1000.00'),
      consume('I2', '230.59'),
    ]);
    assert.deepEqual(effects, ['counted', 'duplicate_ignored', 'counted']);
    assert.equal(balance(ledger, 'A', 2024), '1230.59');
    assert.equal(balance(ledger, 'A', 2023), '0.00');
    assert.equal(balance(ledger, 'B', 2024), '0.00');
  });

  it('a release gives the amount back once; a second release changes nothing', () => {
    const { ledger, effects } = run([
      consume('I1', '1000'),
      consume('I2', '500'),
      release('I1'),
      release('I1'),
    ]);
    assert.deepEqual(effects, ['counted', 'counted', 'released', 'release_repeated_ignored']);
    assert.equal(balance(ledger, 'A', 2024), '500.00');
  });

  it('a release is final, even when it arrives before its consume', () => {
    const { ledger, effects } = run([release('I1'), consume('I1', '1000'), consume('I1', '1000')]);
    assert.deepEqual(effects, [
      'release_before_consume',
      'consume_after_release_ignored',
      'duplicate_ignored',
    ]);
    assert.equal(balance(ledger, 'A', 2024), '0.00');
  });

  it('a resend with another amount, buyer or year is a conflict: reported, ignored, the first stays', () => {
    const { ledger, effects } = run([
      consume('I1', '1000'),
      consume('I1', '999'),
      consume('I1', '1000', 'B'),
      consume('I1', '1000', 'A', 2025),
    ]);
    assert.deepEqual(effects, ['counted', 'conflict_ignored', 'conflict_ignored', 'conflict_ignored']);
    assert.equal(balance(ledger, 'A', 2024), '1000.00');
  });

  it('the guard refuses a consume that would take the year above the limit, never a resend', () => {
    let ledger = replayQuotaEvents([consume('I1', '25000')]);
    const over = consumeWithinLimit(ledger, consume('I2', '1000.01'), '26000');
    assert.equal(over.effect, 'refused_over_limit');
    assert.equal(over.balanceAfter, '25000.00');
    const exactly = consumeWithinLimit(ledger, consume('I2', '1000'), '26000');
    assert.equal(exactly.effect, 'counted');
    assert.equal(exactly.balanceAfter, '26000.00');
    ledger = exactly.ledger;
    const resend = consumeWithinLimit(ledger, consume('I2', '1000'), '26000');
    assert.equal(resend.effect, 'duplicate_ignored');
  });

  it('leaves the ledger it was given untouched', () => {
    const before = replayQuotaEvents([consume('I1', '10')]);
    applyQuotaEvent(before, release('I1'));
    assert.equal(balance(before, 'A', 2024), '10.00');
  });
});

/** Inventories with their fate: consumed some times, released some times (or never), for some buyer. */
const inventories = fc.uniqueArray(
  fc.record({
    key: fc.string({ minLength: 1, maxLength: 6 }),
    buyerKey: fc.constantFrom('A', 'B', 'C'),
    year: fc.constantFrom(2023, 2024),
    amount: fc
      .integer({ min: 0, max: 2_600_000 })
      .map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`),
    consumes: fc.integer({ min: 0, max: 3 }),
    releases: fc.integer({ min: 0, max: 3 }),
  }),
  { selector: (i) => i.key, maxLength: 25 },
);

type Inventory = {
  key: string;
  buyerKey: string;
  year: number;
  amount: string;
  consumes: number;
  releases: number;
};
const eventsOf = (invs: Inventory[]): QuotaEvent[] =>
  invs.flatMap((i) => [
    ...Array.from({ length: i.consumes }, () => consume(i.key, i.amount, i.buyerKey, i.year)),
    ...Array.from({ length: i.releases }, () => release(i.key)),
  ]);
/** The model: Σ amounts of inventories consumed at least once and never released. */
const live = (invs: Inventory[], buyerKey: string, year: number) =>
  sum(
    invs
      .filter((i) => i.consumes > 0 && i.releases === 0 && i.buyerKey === buyerKey && i.year === year)
      .map((i) => new Dec(i.amount)),
  );
const BUYERS = ['A', 'B', 'C'];
const YEARS = [2023, 2024];

describe('annual quota ledger: properties', () => {
  it('any interleaving of duplicates and releases gives the balance of the live consumptions', () => {
    fc.assert(
      fc.property(
        inventories.chain((invs) =>
          fc.tuple(
            fc.constant(invs),
            fc.shuffledSubarray(eventsOf(invs), { minLength: eventsOf(invs).length }),
          ),
        ),
        ([invs, events]) => {
          const ledger = replayQuotaEvents(events);
          for (const b of BUYERS)
            for (const y of YEARS) assert.ok(new Dec(balance(ledger, b, y)).eq(live(invs, b, y)));
        },
      ),
    );
  });

  it('two interleavings of the same events agree, and the balance is never negative on the way', () => {
    fc.assert(
      fc.property(
        inventories.chain((invs) => {
          const all = eventsOf(invs);
          return fc.tuple(
            fc.shuffledSubarray(all, { minLength: all.length }),
            fc.shuffledSubarray(all, { minLength: all.length }),
          );
        }),
        ([one, two]) => {
          let ledger = EMPTY_LEDGER;
          for (const e of one) {
            ledger = applyQuotaEvent(ledger, e).ledger;
            for (const b of BUYERS) for (const y of YEARS) assert.ok(new Dec(balance(ledger, b, y)).gte(0));
          }
          const other = replayQuotaEvents(two);
          for (const b of BUYERS)
            for (const y of YEARS) assert.equal(balance(ledger, b, y), balance(other, b, y));
        },
      ),
    );
  });

  it('a release applied twice leaves the same ledger as once', () => {
    fc.assert(
      fc.property(inventories, fc.string({ minLength: 1, maxLength: 6 }), (invs, key) => {
        const base = replayQuotaEvents(eventsOf(invs));
        const once = applyQuotaEvent(base, release(key)).ledger;
        const twice = applyQuotaEvent(once, release(key)).ledger;
        assert.deepEqual(twice.entries, once.entries);
      }),
    );
  });

  it('checked before applying, consumption never takes a year above the limit', () => {
    fc.assert(
      fc.property(
        inventories.chain((invs) =>
          fc.shuffledSubarray(eventsOf(invs), { minLength: eventsOf(invs).length }),
        ),
        (events) => {
          let ledger = EMPTY_LEDGER;
          for (const e of events) {
            ledger =
              e.type === 'consume'
                ? consumeWithinLimit(ledger, e, '26000').ledger
                : applyQuotaEvent(ledger, e).ledger;
            for (const b of BUYERS)
              for (const y of YEARS) assert.ok(new Dec(balance(ledger, b, y)).lte(26000));
          }
        },
      ),
    );
  });
});
