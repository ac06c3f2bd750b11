import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { groupSummaries, type SummaryInventory } from './group-summaries.js';

const goods = fc.record({
  gcode: fc.constantFrom('8209009000', '6912001000', '8517130000'),
  gname: fc.constantFrom('硬质合金刀片', '陶瓷餐具', '手机'),
  gmodel: fc.constantFrom('1|0|刀片|无品牌', '2|0|瓷|无品牌'),
  country: fc.constantFrom('502', '303', '344'),
  currency: fc.constantFrom('142', '502'),
  unit: fc.constantFrom('007', '035'),
  qty: fc.integer({ min: 1, max: 50 }).map(String),
  totalPrice: fc.integer({ min: 1, max: 100_000 }).map((n) => new Decimal(n).dividedBy(100).toFixed(2)),
});

const inventory = fc.record({
  parcelId: fc.uuid(),
  invtNo: fc.stringMatching(/^4900\d{4}E\d{9}$/),
  customsCode: fc.constantFrom('4900', '4908'),
  portCode: fc.constantFrom('4908', '4900'),
  agentCode: fc.constantFrom('4302980B01', '4302980B02'),
  agentName: fc.constant('申报企业'),
  ebcCode: fc.constantFrom('4302960A01', '4302960A02'),
  ebcName: fc.constant('电商企业'),
  ownerCode: fc.constantFrom('4302960M01', '4302960M02'),
  trafMode: fc.constantFrom('4', '5'),
  country: fc.constantFrom('502', '303'),
  tradeMode: fc.constant('9610'),
  goods: fc.array(goods, { minLength: 1, maxLength: 4 }),
}) satisfies fc.Arbitrary<SummaryInventory>;

const inventories = fc.uniqueArray(inventory, { selector: (i) => i.parcelId, maxLength: 60 });

describe('summary declaration grouping', () => {
  it('puts every inventory in exactly one summary, with nothing left out (property)', () => {
    fc.assert(
      fc.property(inventories, fc.constantFrom('1' as const, '2' as const), (invs, flag) => {
        const groups = groupSummaries(invs, flag);
        const placed = groups.flatMap((g) => g.parcelIds);
        assert.equal(placed.length, invs.length);
        assert.deepEqual([...placed].sort(), invs.map((i) => i.parcelId).sort());
      }),
    );
  });

  it('keeps quantities and values: merged lines add up to the inventories’ lines (property)', () => {
    fc.assert(
      fc.property(inventories, (invs) => {
        const groups = groupSummaries(invs, '2');
        const total = (xs: { totalPrice: string }[]) =>
          xs.reduce((s, x) => s.plus(x.totalPrice), new Decimal(0)).toFixed();
        assert.equal(total(groups.flatMap((g) => g.items)), total(invs.flatMap((i) => i.goods)));
        assert.equal(
          groups.flatMap((g) => g.items).reduce((n, i) => n + i.lines, 0),
          invs.flatMap((i) => i.goods).length,
        );
      }),
    );
  });

  it('groups only inventories that share every head key, and is independent of input order (property)', () => {
    fc.assert(
      fc.property(inventories, (invs) => {
        const groups = groupSummaries(invs, '1');
        const byId = new Map(invs.map((i) => [i.parcelId, i]));
        for (const g of groups)
          for (const id of g.parcelIds) {
            const i = byId.get(id)!;
            assert.deepEqual(
              [i.customsCode, i.portCode, i.agentCode, i.ebcCode, i.trafMode, i.country],
              [
                g.head.customsCode,
                g.head.portCode,
                g.head.agentCode,
                g.head.ebcCode,
                g.head.trafMode,
                g.head.country,
              ],
            );
          }
        assert.deepEqual(groupSummaries([...invs].reverse(), '1'), groups);
      }),
    );
  });

  it('summaryFlag 2 splits by producer where 1 does not', () => {
    const base: SummaryInventory = {
      parcelId: 'a',
      invtNo: '49002026E000000001',
      customsCode: '4900',
      portCode: '4908',
      agentCode: 'B',
      agentName: 'B',
      ebcCode: 'E',
      ebcName: 'E',
      ownerCode: 'M1',
      trafMode: '5',
      country: '502',
      tradeMode: '9610',
      goods: [
        {
          gcode: '8209009000',
          gname: '刀片',
          gmodel: 'x',
          country: '502',
          currency: '142',
          unit: '007',
          qty: '2',
          totalPrice: '10.00',
        },
      ],
    };
    const other = { ...base, parcelId: 'b', invtNo: '49002026E000000002', ownerCode: 'M2' };
    assert.equal(groupSummaries([base, other], '1').length, 1);
    assert.equal(groupSummaries([base, other], '2').length, 2);
    const [g] = groupSummaries([base, { ...other, ownerCode: 'M1' }], '1');
    assert.deepEqual(
      g!.items.map((i) => [i.qty, i.totalPrice, i.lines]),
      [['4', '20', 2]],
    );
  });
});
