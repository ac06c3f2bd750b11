import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openPlatform } from '../../bootstrap.js';
import { testConfig } from '../../config/config.js';
import { checkReferenceTables, positiveList, ReferenceTableError } from './reference-tables.js';

const HEADER = 'hs_code,name_zh,remark,trade_modes,edition,effective_from,valid_until';

function tempFile(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-tables-')), 'list.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe('clearance reference tables', () => {
  it('the shipped samples are read, and a valid configured list is the one in force', () => {
    const counts = checkReferenceTables({
      clearance: { positiveListFile: undefined, rateTableFile: undefined },
    });
    assert.ok(counts.positiveListEntries > 0 && counts.rateTableCodes > 0, JSON.stringify(counts));
    const file = tempFile(`${HEADER}\n33049900,其他美容品或化妆品,,,2022年第7号,2022-03-01,\n`);
    assert.equal(positiveList(file).entries.length, 1);
  });

  it("a faulty table is the configuration's fault, naming its setting, its file and every fault", () => {
    const file = tempFile(`${HEADER}\n1234,坏行,,9999,x,2020-13-01,\n`);
    assert.throws(
      () => checkReferenceTables({ clearance: { positiveListFile: file, rateTableFile: undefined } }),
      (e: unknown) => {
        assert.ok(e instanceof ReferenceTableError);
        assert.equal(e.setting, 'CBEC_POSITIVE_LIST_FILE');
        assert.equal(e.file, file);
        for (const column of ['hs_code', 'trade_modes', 'effective_from'])
          assert.match(e.message, new RegExp(`line 2: ${column}`));
        return true;
      },
    );
    const missing = path.join(os.tmpdir(), 'cbec-no-such-rates.csv');
    assert.throws(
      () => checkReferenceTables({ clearance: { positiveListFile: undefined, rateTableFile: missing } }),
      (e: unknown) =>
        e instanceof ReferenceTableError && e.setting === 'CBEC_RATE_TABLE_FILE' && /ENOENT/.test(e.message),
    );
  });

  it('the platform does not open with a faulty table', async () => {
    const file = tempFile(`${HEADER}\n`);
    const config = testConfig({ dataDir: 'memory://' });
    await assert.rejects(
      openPlatform({ ...config, clearance: { ...config.clearance, positiveListFile: file } }),
      ReferenceTableError,
    );
  });
});
