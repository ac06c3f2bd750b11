import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TASK_CATALOGUE } from './task-catalogue.js';
import { UNIT_CODES } from './units.js';

describe('governance task catalogue', () => {
  const chenzhou = TASK_CATALOGUE.filter((t) => t.zoneCode === 'chenzhou');
  const zhuzhou = TASK_CATALOGUE.filter((t) => t.zoneCode === 'zhuzhou');

  it('holds the 34 items of 郴州 建设责任清单 and the 21 measures of 株洲 实施意见, in order, with unique keys', () => {
    assert.deepEqual(
      chenzhou.map((t) => t.number),
      Array.from({ length: 34 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      zhuzhou.map((t) => t.number),
      Array.from({ length: 21 }, (_, i) => i + 1),
    );
    assert.equal(new Set(TASK_CATALOGUE.map((t) => t.key)).size, 55);
    assert.equal(zhuzhou[16]!.article, '（十七）');
    assert.equal(chenzhou[33]!.article, '建设责任清单 十四 / 34');
  });

  it('keeps the units verbatim, lead first, each mapped to a unit code', () => {
    for (const t of TASK_CATALOGUE) {
      assert.ok(UNIT_CODES.includes(t.leadUnitCode), t.key);
      assert.equal(t.coUnits.length, t.coUnitCodes.length, t.key);
      assert.ok(!t.coUnits.includes(t.leadUnit), t.key);
    }
    const c13 = chenzhou[12]!;
    assert.equal(c13.leadUnit, '省商务厅（省政府口岸办）');
    assert.deepEqual(c13.coUnits, ['省发展改革委', '省交通运输厅', '省邮政管理局', '郴州市人民政府']);
    assert.deepEqual(
      [zhuzhou[8]!.leadUnit, zhuzhou[8]!.coUnits.at(-1)],
      ['市商务局', '人民银行株洲市分行（国家外汇管理局株洲市分局）'],
    );
    // The municipal government is named in 22 of the 34 Chenzhou items (its leading group office reports).
    assert.equal(
      chenzhou.filter((t) => t.leadUnit === '郴州市人民政府' || t.coUnits.includes('郴州市人民政府')).length,
      22,
    );
  });

  it('gives no item a time limit: the documents set none', () => {
    assert.ok(TASK_CATALOGUE.every((t) => t.dueDate === null));
    assert.match(zhuzhou[0]!.text, /^建设跨境电商产业园。/);
    assert.ok(!zhuzhou.some((t) => t.text.includes('责任单位')));
  });
});
