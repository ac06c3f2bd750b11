import type { Ctx, Role } from '../shared/context.js';
import { USCC_CHARSET, residentIdCheckDigit, usccCheckCharacter } from '../shared/identifiers/index.js';
import {
  approveFiling,
  addShop,
  createFiling,
  returnFiling,
  submitFiling,
  updateFiling,
} from '../modules/enterprise/index.js';
import { insertUser } from '../modules/identity/index.js';
import { listUsers } from '../modules/identity/index.js';
import { seedGovernanceTasks } from '../modules/governance/index.js';
import { seedDemoSamples } from './demo-samples.js';
import { seedDemoTrade } from './demo-trade.js';
import type { EnterpriseRole } from '../modules/enterprise/index.js';

/** Demo accounts' password. It exists only in demo mode (README: "Demo accounts"). */
export const DEMO_PASSWORD = 'Cbec@demo2026';

interface DemoZone {
  code: 'zhuzhou' | 'chenzhou' | 'hengyang';
  prefix: 'zz' | 'cz' | 'hy';
  city: string;
  customsRegion: string;
  districts: string[];
  park: string;
}

const ZONES: DemoZone[] = [
  {
    code: 'zhuzhou',
    prefix: 'zz',
    city: '株洲',
    customsRegion: '4302',
    districts: ['430211', '430281', '430202', '430203'],
    park: '株洲跨境电商产业园',
  },
  {
    code: 'chenzhou',
    prefix: 'cz',
    city: '郴州',
    customsRegion: '4310',
    districts: ['431002', '431003', '431081', '431021'],
    park: '郴州跨境电商产业园',
  },
  {
    code: 'hengyang',
    prefix: 'hy',
    city: '衡阳',
    customsRegion: '4304',
    districts: ['430408', '430405', '430481', '430482'],
    park: '衡阳综合保税区跨境电商产业园',
  },
];

const BUREAU_ROLES: [Role, string, string][] = [
  ['commerce', 'commerce', '商务局'],
  ['finance', 'finance', '财政局'],
  ['customs', 'customs', '海关'],
  ['tax', 'tax', '税务局'],
  ['fx', 'fx', '外汇管理局'],
  ['market_regulation', 'market', '市场监管局'],
  ['postal', 'postal', '邮政管理局'],
  ['leading_group', 'leading', '综试区领导小组办公室'],
  ['admin', 'admin', '平台管理员'],
  ['auditor', 'auditor', '审计员'],
];

/** Fictional enterprises: one per role at least; the subject code carries "DEM" so none is a real company's. */
const ENTERPRISES: { name: string; roles: EnterpriseRole[]; shops?: [string, string, string][] }[] = [
  {
    name: '湘瓷跨境电子商务有限公司',
    roles: ['ebc'],
    shops: [
      ['Amazon', 'Xiangci Home', '502'],
      ['AliExpress', 'Xiangci Ceramics', '344'],
    ],
  },
  {
    name: '远帆国际贸易有限公司',
    roles: ['ebc', 'overseas_warehouse'],
    shops: [['Shopee', 'Yuanfan Outdoor', '112']],
  },
  { name: '云链跨境电商平台有限公司', roles: ['ebp'] },
  { name: '速达国际物流有限公司', roles: ['logistics'] },
  { name: '汇通支付服务有限公司', roles: ['payment'] },
  { name: '诚信报关服务有限公司', roles: ['declaring_agent'] },
  { name: '海外仓储运营有限公司', roles: ['overseas_warehouse', 'logistics'] },
  { name: '跨境电商产业园运营有限公司', roles: ['park_operator', 'incubator'] },
  { name: '跨境电商人才培训学校有限公司', roles: ['training'] },
  { name: '农商银行股份有限公司', roles: ['bank_insurer'] },
  { name: '一达通综合服务有限公司', roles: ['service_provider', 'declaring_agent'] },
  { name: '硬质合金工具出口有限公司', roles: ['ebc'], shops: [['TikTok Shop', 'Carbide Tools Pro', '303']] },
  { name: '电子元器件跨境贸易有限公司', roles: ['ebc'] },
  { name: '新锐电商科技有限公司', roles: ['ebc'] },
  { name: '湘南农特产品电商有限公司', roles: ['ebc'] },
];

export function demoUscc(district: string, zoneIndex: number, n: number): string {
  const first17 = `91${district}MADEM${zoneIndex}${String(n).padStart(3, '0')}`;
  if ([...first17].some((c) => !USCC_CHARSET.includes(c))) throw new Error(`bad demo USCC ${first17}`);
  return first17 + usccCheckCharacter(first17);
}

export function demoResidentId(district: string, n: number): string {
  const first17 = `${district}1990${String((n % 12) + 1).padStart(2, '0')}15${String(900 + n).slice(-3)}`;
  return first17 + residentIdCheckDigit(first17);
}

/**
 * Demo data for the three zones through the platform's own use cases (so history and audit trail are
 * real): every bureau role, enterprises of every role in every filing state, individual sellers, shops.
 * Returns false when the demo data is already there.
 */
export async function seedDemo(systemCtx: Ctx, log: (line: string) => void = () => {}): Promise<boolean> {
  const existing = await listUsers(systemCtx, { q: 'zz-commerce' });
  if (existing.items.some((u) => u.username === 'zz-commerce')) return false;

  const user = (
    ctx: Ctx,
    username: string,
    displayName: string,
    role: Role,
    zoneCode: string | null,
    enterpriseId?: string,
  ) => insertUser(ctx, { username, displayName, password: DEMO_PASSWORD, role, zoneCode, enterpriseId });

  for (const [role, suffix, name] of [
    ['admin', 'admin', '省级平台管理员'],
    ['auditor', 'auditor', '省级审计员'],
    ['commerce', 'commerce', '省商务厅'],
  ] as const) {
    await user(systemCtx, `hn-${suffix}`, name, role, null);
  }

  for (const [zi, zone] of ZONES.entries()) {
    const officers: Partial<Record<Role, Ctx>> = {};
    for (const [role, suffix, title] of BUREAU_ROLES) {
      const u = await user(systemCtx, `${zone.prefix}-${suffix}`, `${zone.city}市${title}`, role, zone.code);
      officers[role] = { ...systemCtx, actor: { ...u, userId: u.id, via: 'session' } };
    }
    const commerce = officers.commerce!;
    const ids: string[] = [];
    for (const [i, e] of ENTERPRISES.entries()) {
      const district = zone.districts[i % zone.districts.length]!;
      const created = await createFiling(commerce, {
        kind: 'enterprise',
        name: `${zone.city}${e.name}`,
        uscc: demoUscc(district, zi + 1, i + 1),
        roles: e.roles,
        customsCode: `${zone.customsRegion}96D${String(i + 1).padStart(3, '0')}`,
        district,
        park: i % 3 === 0 ? zone.park : null,
        address: `湖南省${zone.city}市示范路${i + 1}号`,
        contactName: `联系人${i + 1}`,
        contactPhone: `1380731${String(zi).padStart(2, '0')}${String(i + 1).padStart(2, '0')}`,
        contactEmail: `contact${i + 1}@${zone.prefix}.demo.invalid`,
      });
      ids.push(created.id);
      for (const [platform, shopName, country] of e.shops ?? []) {
        await addShop(commerce, created.id, {
          platform,
          shopName,
          url: `https://shop.demo.invalid/${zone.prefix}/${encodeURIComponent(shopName.toLowerCase().replace(/\s+/g, '-'))}`,
          siteCountry: country,
        });
      }
      // States across the flow: most approved, two awaiting review, one returned, two drafts.
      if (i <= 11) {
        await submitFiling(commerce, created.id);
        await approveFiling(commerce, created.id);
      } else if (i === 12) {
        await submitFiling(commerce, created.id);
        await returnFiling(commerce, created.id, { reason: '经营地址与营业执照不一致，请核对后重新提交' });
      } else if (i === 13) {
        await submitFiling(commerce, created.id);
      }
    }
    // Individual sellers (个人电商), one approved and one awaiting review.
    for (const n of [1, 2]) {
      const district = zone.districts[n]!;
      const created = await createFiling(commerce, {
        kind: 'individual',
        name: `${zone.city}个人卖家${n}`,
        residentId: demoResidentId(district, zi * 10 + n),
        roles: ['ebc'],
        district,
        address: `湖南省${zone.city}市示范路${100 + n}号`,
        contactName: `个人卖家${n}`,
        contactPhone: `1398731${String(zi).padStart(2, '0')}${String(n).padStart(2, '0')}`,
      });
      await submitFiling(commerce, created.id);
      if (n === 1) await approveFiling(commerce, created.id);
      await addShop(commerce, created.id, {
        platform: 'Etsy',
        shopName: `${zone.prefix.toUpperCase()} Handmade ${n}`,
        url: `https://shop.demo.invalid/${zone.prefix}/handmade-${n}`,
        siteCountry: '502',
      });
    }
    // ent1 runs an approved e-commerce enterprise; ent2 a draft still to be completed and submitted.
    await user(
      systemCtx,
      `${zone.prefix}-ent1`,
      `${zone.city}湘瓷跨境电商 业务员`,
      'enterprise',
      zone.code,
      ids[0],
    );
    const draft = await createFiling(commerce, {
      kind: 'enterprise',
      name: `${zone.city}星辰跨境电子商务有限公司`,
      uscc: demoUscc(zone.districts[0]!, zi + 1, 99),
      roles: ['ebc'],
    });
    await updateFiling(commerce, draft.id, { park: zone.park });
    await user(
      systemCtx,
      `${zone.prefix}-ent2`,
      `${zone.city}星辰跨境电商 业务员`,
      'enterprise',
      zone.code,
      draft.id,
    );
    log(`${zone.code}: ${ENTERPRISES.length + 3} enterprises, ${BUREAU_ROLES.length + 2} users`);
  }
  // The responsibility lists as tasks, so the leading group office's board is not empty on day one.
  const tasks = await seedGovernanceTasks(systemCtx);
  log(`governance: ${tasks.inserted} of ${tasks.total} responsibility-list tasks loaded`);
  await seedDemoSamples(systemCtx, log);
  await seedDemoTrade(systemCtx, log);
  return true;
}
