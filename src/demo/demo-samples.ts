import type { Ctx } from '../shared/context.js';
import { getEnterprise, listRegisterFacts } from '../modules/enterprise/index.js';
import { listUsers } from '../modules/identity/index.js';
import {
  addMonths,
  addSampleEnterprise,
  fileMonthlyReport,
  lastEndedMonth,
  type ClimateAnswer,
} from '../modules/statistics/sample/index.js';

/** Sampled demo enterprises per zone, and the ended months they report. */
const PER_ZONE = 4;
const MONTHS = 6;

/** A small deterministic spread of figures, so every run of the demo shows the same page. */
const spread = (seed: number, n: number) => ((seed * 2654435761) >>> 0) % n;
const ANSWERS: ClimateAnswer[] = ['up', 'up', 'flat', 'flat', 'down'];

/**
 * Demo sample enterprises: in each zone the commerce bureau puts a handful of approved enterprises with
 * filed shops (and one platform) on the sample list six months back, and each files its monthly report
 * for the last six ended months through the platform's use case — on the 5th of the following month,
 * in time, as the demo's past. The last of each zone has not filed the latest month (a late or awaited
 * report to remind), and the first corrected one month. The enterprise of the `…-ent1` demo account is
 * left off the list, for the bureau to add.
 */
export async function seedDemoSamples(systemCtx: Ctx, log: (line: string) => void = () => {}): Promise<void> {
  const now = systemCtx.clock.now();
  const last = lastEndedMonth(now);
  const first = addMonths(last, -(MONTHS - 1));
  const users = (await listUsers(systemCtx, { pageSize: 100, role: 'commerce' })).items;
  const entUsers = (await listUsers(systemCtx, { pageSize: 100, role: 'enterprise' })).items;
  for (const officer of users.filter((u) => u.zoneCode !== null)) {
    const zoneCode = officer.zoneCode!;
    const commerce: Ctx = { ...systemCtx, actor: { ...officer, userId: officer.id, via: 'session' } };
    const ent1 = entUsers.find((u) => u.zoneCode === zoneCode && u.username.endsWith('-ent1'));
    const facts = await listRegisterFacts(commerce, zoneCode);
    const chosen = facts
      .filter((f) => f.approved && f.enterpriseId !== ent1?.enterpriseId)
      // Sellers and platforms: the enterprises whose online sales the sample watches.
      .filter((f) => f.shopsOpen > 0 || f.roles.includes('ebc') || f.roles.includes('ebp'))
      .sort((a, b) => b.shopsOpen - a.shopsOpen || a.name.localeCompare(b.name, 'zh'))
      .slice(0, PER_ZONE);
    let reports = 0;
    for (const [i, e] of chosen.entries()) {
      await addSampleEnterprise(commerce, { enterpriseId: e.enterpriseId, fromMonth: first });
      const shops = e.shopsOpen;
      const reporter = {
        ...systemCtx,
        actor: {
          userId: systemCtx.actor!.userId,
          username: 'demo-reporter',
          displayName: `${e.name} 填报员`,
          role: 'enterprise' as const,
          zoneCode,
          enterpriseId: e.enterpriseId,
          via: 'system' as const,
        },
      };
      const shopIds = await shopIdsOf(reporter, e.enterpriseId, shops);
      for (let k = 0; k < MONTHS; k++) {
        const month = addMonths(first, k);
        if (i === chosen.length - 1 && month === last) continue;
        const seed = (i + 1) * 97 + k * 13 + zoneCode.length;
        const filedAt = new Date(Math.min(Date.parse(`${addMonths(month, 1)}-05T02:00:00Z`), now.getTime()));
        const ctx = { ...reporter, clock: { now: () => filedAt } };
        const value = 400000 + spread(seed, 900000);
        const input = {
          month,
          onlineValue: `${value}.${String(spread(seed + 1, 100)).padStart(2, '0')}`,
          orders: 800 + spread(seed + 2, 3000),
          activeShops: Math.max(1, shops),
          staff: 20 + spread(seed + 3, 40),
          cbecStaff: 8 + spread(seed + 4, 12),
          climate: {
            ordersNow: ANSWERS[spread(seed + 5, ANSWERS.length)]!,
            ordersNext: ANSWERS[spread(seed + 6, ANSWERS.length)]!,
            staffNow: ANSWERS[spread(seed + 7, ANSWERS.length)]!,
            staffNext: ANSWERS[spread(seed + 8, ANSWERS.length)]!,
          },
          shops: shopIds.map((shopId, n) => ({
            shopId,
            salesValue: `${Math.floor((value * (n + 1)) / (shopIds.length + 2))}.00`,
            orders: 300 + spread(seed + 9 + n, 900),
          })),
        };
        await fileMonthlyReport(ctx, input);
        reports++;
        if (i === 0 && k === MONTHS - 2) {
          await fileMonthlyReport(ctx, {
            ...input,
            onlineValue: `${value + 12000}.00`,
            correctionReason: '补记月末平台结算款',
          });
          reports++;
        }
      }
    }
    log(`${zoneCode}: ${chosen.length} sample enterprises, ${reports} monthly reports`);
  }
}

/** The enterprise's open shops, read as the enterprise itself. */
async function shopIdsOf(ctx: Ctx, enterpriseId: string, expected: number): Promise<string[]> {
  if (expected === 0) return [];
  const e = await getEnterprise(ctx, enterpriseId);
  return e.shops.filter((s) => s.status !== 'closed').map((s) => s.id);
}
