import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { listRegisterFacts } from '../../src/modules/enterprise/index.js';
import { makeApprovedEnterprise, makeEnterprise } from '../helpers/factories.js';
import { databaseKinds, openTestPlatform, type TestPlatform } from '../helpers/platform.js';

for (const kind of databaseKinds()) {
  describe(`the register's facts for policy runs [${kind}]`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await openTestPlatform(kind);
    });
    after(() => p.close());

    it('lists the zone’s filings with their state and open shops; other zones and enterprise users get nothing', async () => {
      const approved = await makeApprovedEnterprise(p, 'zhuzhou', '4302960E01');
      const draft = await makeEnterprise(p, 'zhuzhou');
      await makeApprovedEnterprise(p, 'chenzhou', '4302960E02');
      const now = new Date();
      const shop = (status: string, n: number) => ({
        id: randomUUID(),
        zone_code: 'zhuzhou',
        enterprise_id: approved,
        platform: 'Amazon',
        shop_name: `店铺${n}`,
        url: 'https://example.com/shop',
        site_country: '502',
        status,
        created_at: now,
        updated_at: now,
      });
      await p.database.db
        .insertInto('shop')
        .values([shop('active', 1), shop('active', 2), shop('closed', 3)])
        .execute();

      const facts = await listRegisterFacts(p.systemCtx('run'), 'zhuzhou');
      const byId = new Map(facts.map((f) => [f.enterpriseId, f]));
      assert.equal(facts.length, 2);
      assert.deepEqual(
        [byId.get(approved)?.approved, byId.get(approved)?.shopsOpen, byId.get(approved)?.customsCode],
        [true, 2, '4302960E01'],
      );
      assert.deepEqual([byId.get(draft)?.approved, byId.get(draft)?.shopsOpen], [false, 0]);

      const base = p.systemCtx('run');
      const as = (role: 'enterprise' | 'commerce', zoneCode: string) => ({
        ...base,
        actor: {
          ...base.actor!,
          role,
          zoneCode,
          enterpriseId: role === 'enterprise' ? approved : null,
          via: 'session' as const,
        },
      });
      await assert.rejects(listRegisterFacts(as('enterprise', 'zhuzhou'), 'zhuzhou'), { code: 'forbidden' });
      await assert.rejects(listRegisterFacts(as('commerce', 'chenzhou'), 'zhuzhou'), { code: 'not_found' });
      assert.equal((await listRegisterFacts(as('commerce', 'zhuzhou'), 'zhuzhou')).length, 2);
    });
  });
}
