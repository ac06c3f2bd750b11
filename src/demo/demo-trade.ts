import { createHash } from 'node:crypto';
import { fixedClock, type Clock } from '../shared/clock.js';
import { districtsOf } from '../shared/code-tables.js';
import type { Ctx } from '../shared/context.js';
import { residentIdCheckDigit } from '../shared/identifiers/index.js';
import { listRegisterFacts, type RegisterFacts } from '../modules/enterprise/index.js';
import { insertUser, listUsers, type UserView } from '../modules/identity/index.js';
import {
  buildSummaryDeclarations,
  ingestMessages,
  listParcels,
  produceCebMessage,
  runCustomsJobs,
} from '../modules/clearance/index.js';
// The sandbox customs with a fate per parcel (the clearance front door only builds it from the configuration).
import { sandboxGateway } from '../modules/clearance/gateway/sandbox-gateway.js';
import { recordExchangeRate } from '../modules/statistics/index.js';
import { DEMO_PASSWORD } from './demo-data.js';

/*
 * Two years of demo trade for the three zones, sent as the enterprises send it: CEB messages from the
 * demo's filed enterprises (e-commerce enterprises, the platform, the payment, logistics and declaring
 * enterprises) through the clearance use case, released by the sandbox customs inside each month, and
 * summed by the customs jobs' statistics step. Every figure follows from a seeded generator, so two seeds
 * give the same figures. A zone here is a scaled-down zone: a few thousand parcels, B2B and
 * overseas-warehouse shipments carrying most of the value.
 */

/** Months of history: the 24 calendar months that ended before today (China time). */
const MONTHS = 24;

type ZoneCode = 'zhuzhou' | 'chenzhou' | 'hengyang';
type Kind = 'e9610' | 'e9710' | 'e9810' | 'i9610' | 'i1210';
type ExportGoods =
  'carbide' | 'porcelain' | 'festive' | 'tshirt' | 'bag' | 'microwave' | 'silver' | 'tea' | 'connector';
type ImportGoods = 'formula' | 'skincare' | 'wine' | 'earphones' | 'handbag';

interface ZoneProfile {
  city: string;
  prefix: string;
  /** Parcels in an ordinary month at the start of the two years. */
  base: number;
  mix: Record<Kind, number>;
  /** How much each kind of goods sells from this zone (醴陵 porcelain and 硬质合金 in Zhuzhou, 郴州 silver). */
  goods: Partial<Record<ExportGoods, number>>;
}

/** Chenzhou the largest, Hengyang the smallest; the bonded zones of Chenzhou and Hengyang import more. */
const ZONES: Record<ZoneCode, ZoneProfile> = {
  zhuzhou: {
    city: '株洲',
    prefix: 'ZZ',
    base: 26,
    mix: { e9610: 76, e9710: 10, e9810: 4, i9610: 7, i1210: 3 },
    goods: { carbide: 5, porcelain: 4, tshirt: 3, bag: 2, festive: 2, microwave: 1, connector: 1 },
  },
  chenzhou: {
    city: '郴州',
    prefix: 'CZ',
    base: 35,
    mix: { e9610: 74, e9710: 7, e9810: 5, i9610: 8, i1210: 6 },
    goods: { silver: 4, microwave: 3, festive: 3, connector: 3, tea: 2, tshirt: 2, bag: 2, carbide: 2 },
  },
  hengyang: {
    city: '衡阳',
    prefix: 'HY',
    base: 18,
    mix: { e9610: 72, e9710: 6, e9810: 4, i9610: 8, i1210: 10 },
    goods: { tshirt: 4, bag: 3, festive: 3, microwave: 3, tea: 2, porcelain: 1, carbide: 1 },
  },
};

/** Calendar seasonality, January first: the Spring Festival dip, the Q4 peak (Black Friday, Christmas). */
const SEASON = [0.95, 0.7, 0.9, 0.95, 1, 1.05, 0.95, 1, 1.1, 1.2, 1.45, 1.35];

interface GoodsSpec {
  gcode: string;
  name: string;
  gmodel: string;
  unit: string;
  /** Unit price range in cents (US dollars for exports, yuan for imports). */
  price: [number, number];
  grams: number;
  /** Quantity ranges of a retail parcel and of a B2B shipment. */
  retail: [number, number];
  bulk: [number, number];
}

/** Hunan export goods: 10-digit HS codes, prices in US cents. */
const EXPORT_GOODS: Record<ExportGoods, GoodsSpec> = {
  carbide: {
    gcode: '8209009000',
    name: '硬质合金数控刀片',
    gmodel: '0|0|硬质合金|无品牌|CNMG120408',
    unit: '011',
    price: [250, 800],
    grams: 10,
    retail: [5, 30],
    bulk: [4000, 20000],
  },
  porcelain: {
    gcode: '6911101000',
    name: '醴陵釉下五彩瓷餐具',
    gmodel: '0|0|瓷|无品牌|餐具套装',
    unit: '006',
    price: [1500, 8000],
    grams: 3000,
    retail: [1, 2],
    bulk: [300, 1200],
  },
  festive: {
    gcode: '9505900000',
    name: '圣诞节装饰用品',
    gmodel: '0|0|塑料|无品牌|圣诞挂饰',
    unit: '011',
    price: [150, 1200],
    grams: 150,
    retail: [2, 10],
    bulk: [4000, 16000],
  },
  tshirt: {
    gcode: '6109100010',
    name: '棉制针织T恤衫',
    gmodel: '0|0|针织|棉100%|无品牌',
    unit: '011',
    price: [400, 1500],
    grams: 200,
    retail: [1, 5],
    bulk: [2000, 10000],
  },
  bag: {
    gcode: '4202920000',
    name: '纺织面料双肩背包',
    gmodel: '0|0|涤纶|无品牌|背包',
    unit: '011',
    price: [800, 4000],
    grams: 600,
    retail: [1, 3],
    bulk: [600, 4000],
  },
  microwave: {
    gcode: '8516500000',
    name: '家用微波炉',
    gmodel: '0|0|家用|无品牌|20升',
    unit: '001',
    price: [4500, 12000],
    grams: 12000,
    retail: [1, 1],
    bulk: [200, 1000],
  },
  silver: {
    gcode: '7113119000',
    name: '925银饰品',
    gmodel: '0|0|925银|无品牌|项链',
    unit: '011',
    price: [1500, 9000],
    grams: 30,
    retail: [1, 4],
    bulk: [400, 3000],
  },
  tea: {
    gcode: '0902109000',
    name: '绿茶',
    gmodel: '0|0|绿茶|未发酵|每包不超过3千克',
    unit: '035',
    price: [2000, 6000],
    grams: 1000,
    retail: [1, 3],
    bulk: [400, 2000],
  },
  connector: {
    gcode: '8536690000',
    name: '电子连接器',
    gmodel: '0|0|电压不超过1000伏|无品牌|接插件',
    unit: '007',
    price: [20, 200],
    grams: 5,
    retail: [20, 200],
    bulk: [40000, 200000],
  },
};

/** Retail import goods on the (sample) positive list, prices in fen; each line's legal units for the tax. */
const IMPORT_GOODS: Record<
  ImportGoods,
  GoodsSpec & { unit1: string; perUnit1: [number, number]; origins: string[] }
> = {
  formula: {
    gcode: '1901101000',
    name: '婴幼儿配方奶粉',
    gmodel: '900克/罐，1段',
    unit: '122',
    unit1: '035',
    perUnit1: [9, 10],
    price: [16000, 38000],
    grams: 1100,
    retail: [1, 6],
    bulk: [1, 6],
    origins: ['304', '609', '309', '601'],
  },
  skincare: {
    gcode: '3304990099',
    name: '护肤精华液',
    gmodel: '50毫升/瓶',
    unit: '142',
    unit1: '096',
    perUnit1: [50, 1],
    price: [20000, 90000],
    grams: 150,
    retail: [1, 3],
    bulk: [1, 3],
    origins: ['305', '133', '116'],
  },
  wine: {
    gcode: '2204210000',
    name: '干红葡萄酒',
    gmodel: '750毫升/瓶',
    unit: '142',
    unit1: '095',
    perUnit1: [75, 100],
    price: [9000, 40000],
    grams: 1400,
    retail: [1, 6],
    bulk: [1, 6],
    origins: ['305', '601', '307'],
  },
  earphones: {
    gcode: '8518300000',
    name: '无线蓝牙耳机',
    gmodel: '入耳式，蓝牙5.3',
    unit: '007',
    unit1: '007',
    perUnit1: [1, 1],
    price: [40000, 180000],
    grams: 200,
    retail: [1, 1],
    bulk: [1, 1],
    origins: ['116', '133', '502'],
  },
  handbag: {
    gcode: '4202210000',
    name: '皮革面手提包',
    gmodel: '牛皮，中号',
    unit: '011',
    unit1: '011',
    perUnit1: [1, 1],
    price: [150000, 420000],
    grams: 1200,
    retail: [1, 1],
    bulk: [1, 1],
    origins: ['307', '305'],
  },
};
const IMPORT_WEIGHTS: Record<ImportGoods, number> = {
  formula: 5,
  skincare: 4,
  wine: 2,
  earphones: 2,
  handbag: 1,
};
/** Combined retail import tax the platforms collect (70 % of VAT 13 %, plus consumption tax where due). */
const TAX_PER_MILLE: Record<ImportGoods, number> = {
  formula: 91,
  skincare: 231,
  wine: 179,
  earphones: 91,
  handbag: 91,
};

/** Destinations of B2C exports (customs country codes), with their weights and a port of arrival. */
const DESTINATIONS: [country: string, weight: number, pod: string, marketplace: string][] = [
  ['502', 30, 'LAX', 'Amazon'],
  ['303', 10, 'LHR', 'Amazon'],
  ['304', 9, 'FRA', 'Amazon'],
  ['344', 9, 'SVO', 'AliExpress'],
  ['116', 7, 'NRT', 'Rakuten'],
  ['305', 6, 'CDG', 'Cdiscount'],
  ['133', 5, 'ICN', 'Coupang'],
  ['601', 5, 'SYD', 'eBay'],
  ['410', 5, 'GRU', 'Mercado Libre'],
  ['122', 5, 'KUL', 'Shopee'],
  ['112', 4, 'CGK', 'Lazada'],
  ['501', 4, 'YVR', 'Walmart'],
  ['307', 3, 'MXP', 'Temu'],
  ['136', 3, 'BKK', 'TikTok Shop'],
];
/** Overseas warehouses of 9810 exports: country, port, name (the booking's ebpName). */
const WAREHOUSES: [country: string, pod: string, name: string][] = [
  ['502', 'LAX', '洛杉矶海外仓'],
  ['304', 'HAM', '汉堡海外仓'],
  ['303', 'FXT', '费利克斯托海外仓'],
  ['116', 'TYO', '东京海外仓'],
];

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'];
const GIVEN = [...'伟芳娜敏静丽强磊洋艳勇军杰娟涛婷'];

// ── deterministic randomness ──

function hash32(s: string): number {
  return createHash('sha256').update(s).digest().readUInt32BE(0);
}

/** mulberry32, a small seeded generator: choices, counts and whole cents, never a float amount. */
function generator(seed: string) {
  let a = hash32(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  return { next, int, pick, weighted };
}
type Generator = ReturnType<typeof generator>;

/** A 36-character upper-case guid fixed by its parts, so the demo's messages are the same on every seed. */
function guidOf(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('|')).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Cents as a decimal string: exact, no float ever holds money. */
const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
/** Grams as kilograms. */
const kg = (grams: number) => `${Math.floor(grams / 1000)}.${String(grams % 1000).padStart(3, '0')}`;

// ── dates (China time, UTC+8) ──

const CHINA_MS = 8 * 3600_000;
const pad2 = (n: number) => String(n).padStart(2, '0');
/** A China wall-clock time of the month as an instant. */
const chinaTime = (month: string, day: number, hour: number, minute = 0) =>
  new Date(Date.parse(`${month}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:00+08:00`));
/** yyyyMMddHHmmss of an instant in China time. */
const cebTime = (d: Date) => new Date(d.getTime() + CHINA_MS).toISOString().replace(/\D/g, '').slice(0, 14);
const cebDay = (d: Date) => cebTime(d).slice(0, 8);

/** The `count` calendar months (yyyy-MM) that ended before `now` in China, oldest first. */
/** The month after a `yyyy-mm`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad2(m + 1)}`;
}

function endedMonths(now: Date, count: number): string[] {
  const china = new Date(now.getTime() + CHINA_MS);
  const current = china.getUTCFullYear() * 12 + china.getUTCMonth();
  return Array.from({ length: count }, (_, i) => {
    const m = current - count + i;
    return `${Math.floor(m / 12)}-${pad2((m % 12) + 1)}`;
  });
}

// ── the parties ──

interface Party {
  code: string;
  name: string;
  /** The context of the enterprise's demo user, when it sends messages. */
  ctx?: Ctx;
}

interface Seller extends Party {
  goods: [ExportGoods, number][];
  /** Its share of the zone's parcels. */
  weight: number;
  b2b: boolean;
  importer: boolean;
}

interface ZoneParties {
  zone: ZoneCode;
  profile: ZoneProfile;
  sellers: Seller[];
  platform: Party & { ctx: Ctx };
  pay: Party & { ctx: Ctx };
  logistics: Party & { ctx: Ctx };
  agent: Party & { ctx: Ctx };
  /** The bonded warehouse operator of 1210 imports (区内企业): named in the inventory, sends nothing. */
  bondedArea: Party;
  buyers: Buyer[];
}

/**
 * What each demo e-commerce enterprise sells, by a word of its name, and its weight in each zone's trade:
 * the carbide tool exporter leads Zhuzhou, the general trader Chenzhou and Hengyang. Others sell general
 * goods.
 */
const SELLER_LINES: {
  word: string;
  goods: ExportGoods[];
  weight: Record<ZoneCode, number>;
  importer: boolean;
}[] = [
  {
    word: '硬质合金',
    goods: ['carbide'],
    weight: { zhuzhou: 6, chenzhou: 1.5, hengyang: 1 },
    importer: false,
  },
  {
    word: '远帆',
    goods: ['festive', 'bag', 'tshirt', 'microwave', 'porcelain'],
    weight: { zhuzhou: 4, chenzhou: 5, hengyang: 4 },
    importer: true,
  },
  {
    word: '电子元器件',
    goods: ['connector', 'microwave'],
    weight: { zhuzhou: 1.5, chenzhou: 3, hengyang: 1 },
    importer: false,
  },
  {
    word: '新锐',
    goods: ['tshirt', 'bag', 'festive', 'silver'],
    weight: { zhuzhou: 2, chenzhou: 3, hengyang: 3 },
    importer: true,
  },
  {
    word: '湘南农特',
    goods: ['tea'],
    weight: { zhuzhou: 0.3, chenzhou: 0.8, hengyang: 0.8 },
    importer: false,
  },
];

/**
 * The zone's enterprises that take part, from the register: e-commerce enterprises with a customs code
 * (except the one of the `…-ent1` account, left as a first-time exporter for the demo's walkthroughs), and
 * one approved enterprise of each other part. Each approved sender gets a demo account of its own.
 */
async function partiesOf(systemCtx: Ctx, zone: ZoneCode): Promise<ZoneParties | null> {
  const users = (await listUsers(systemCtx, { zoneCode: zone, pageSize: 100 })).items;
  const commerceUser = users.find((u) => u.role === 'commerce');
  if (!commerceUser) return null;
  const commerce = actorCtx(systemCtx, commerceUser);
  const register = (await listRegisterFacts(commerce, zone))
    .filter((e) => e.kind === 'enterprise' && e.customsCode)
    .sort((a, b) => a.customsCode!.localeCompare(b.customsCode!));
  const ent1 = users.find((u) => u.username.endsWith('-ent1'))?.enterpriseId;
  const prefix = ZONES[zone].prefix.toLowerCase();

  const accounts = new Map(users.filter((u) => u.enterpriseId).map((u) => [u.enterpriseId!, u]));
  const sender = async (e: RegisterFacts, suffix: string): Promise<Party & { ctx: Ctx }> => {
    let user = accounts.get(e.enterpriseId);
    if (!user || user.username.endsWith('-ent1')) {
      user = await insertUser(systemCtx, {
        username: `${prefix}-${suffix}`,
        displayName: `${e.name} 报文发送`,
        password: DEMO_PASSWORD,
        role: 'enterprise',
        zoneCode: zone,
        enterpriseId: e.enterpriseId,
      });
      accounts.set(e.enterpriseId, user);
    }
    return { code: e.customsCode!, name: e.name, ctx: actorCtx(systemCtx, user) };
  };
  const approved = register.filter((e) => e.approved);
  const withRole = (role: string, not?: string) =>
    approved.find((e) => e.roles.includes(role) && (!not || !e.roles.includes(not)));
  const platformE = withRole('ebp');
  const payE = withRole('payment');
  const logisticsE = withRole('logistics', 'overseas_warehouse') ?? withRole('logistics');
  const agentE = withRole('declaring_agent', 'service_provider') ?? withRole('declaring_agent');
  if (!platformE || !payE || !logisticsE || !agentE) return null;
  const areaE = approved.find((e) => e.roles.includes('overseas_warehouse') && !e.roles.includes('ebc'));

  const sellers: Seller[] = [];
  for (const e of register.filter((x) => x.roles.includes('ebc') && x.enterpriseId !== ent1)) {
    const line = SELLER_LINES.find((l) => e.name.includes(l.word));
    const goods = (line?.goods ?? ['festive', 'bag', 'tshirt']).map(
      (g) => [g, ZONES[zone].goods[g] ?? 0.5] as [ExportGoods, number],
    );
    sellers.push({
      code: e.customsCode!,
      name: e.name,
      // An approved seller sends its own orders from the marketplaces; the others sell through the platform.
      ...(e.approved ? { ctx: (await sender(e, `ebc-${e.customsCode!.slice(-3)}`)).ctx } : {}),
      goods,
      weight: line?.weight[zone] ?? 1,
      b2b: goods.some(([g]) => ['carbide', 'connector', 'porcelain', 'festive', 'tshirt'].includes(g)),
      importer: line?.importer ?? false,
    });
  }
  if (!sellers.length) return null;
  // One enterprise of each part, so that a zone's month takes few deliveries (each is a transaction).
  const logistics = await sender(logisticsE, 'logistics');
  return {
    zone,
    profile: ZONES[zone],
    sellers,
    platform: await sender(platformE, 'ebp'),
    pay: await sender(payE, 'pay'),
    logistics,
    agent: await sender(agentE, 'agent'),
    bondedArea: areaE ? { code: areaE.customsCode!, name: areaE.name } : logistics,
    buyers: buyersOf(zone),
  };
}

function actorCtx(systemCtx: Ctx, u: UserView): Ctx {
  return {
    ...systemCtx,
    actor: {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      zoneCode: u.zoneCode,
      enterpriseId: u.enterpriseId,
      via: 'session',
    },
  };
}

// ── buyers of retail imports ──

interface Buyer {
  name: string;
  id: string;
  phone: string;
  address: string;
  district: string;
  /** Fen consumed per year (goods and freight), kept under the annual limit by the generator. */
  used: Map<number, number>;
}

/** Annual limit 26,000 yuan (财关税〔2018〕49号); the demo keeps each buyer well under it. */
const BUYER_YEAR_CAP = 20_000_00;
/** Single transaction limit 5,000 yuan: dutiable value (goods + freight) stays under it. */
const SINGLE_CAP = 4_800_00;

function buyersOf(zone: ZoneCode): Buyer[] {
  const g = generator(`buyers|${zone}`);
  const districts = districtsOf(zone);
  return Array.from({ length: 90 }, (_, n) => {
    const d = g.pick(districts);
    const birth = `${g.int(1975, 2000)}${pad2(g.int(1, 12))}${pad2(g.int(1, 28))}`;
    const first17 = `${d.code}${birth}${String(100 + n).slice(-3)}`;
    const name = `${g.pick(SURNAMES)}${g.pick(GIVEN)}${g.next() < 0.5 ? g.pick(GIVEN) : ''}`;
    return {
      name,
      id: first17 + residentIdCheckDigit(first17),
      phone: `13${g.int(5, 9)}${String(g.int(0, 99_999_999)).padStart(8, '0')}`,
      address: `湖南省${ZONES[zone].city}市${d.nameZh}演示路${g.int(1, 300)}号`,
      district: d.code,
      used: new Map(),
    };
  });
}

// ── one zone's month ──

type Msg<T extends Parameters<typeof produceCebMessage>[0]> = Parameters<typeof produceCebMessage<T>>[1];
type Order303 = Msg<'CEB303'>['Order'][number];
type Receipt403 = Msg<'CEB403'>['Receipts'][number];
type Waybill505 = Msg<'CEB505'>['Logistics'][number];
type Inventory603 = Msg<'CEB603'>['Inventory'][number];
type Order311 = Msg<'CEB311'>['Order'][number];
type Payment411 = Msg<'CEB411'>['Payment'][number];
type Waybill511 = Msg<'CEB511'>['Logistics'][number];
type Inventory621 = Msg<'CEB621'>['Inventory'][number];

/** The documents one sender sends on one day, by message type. */
interface Outbox {
  party: Party & { ctx: Ctx };
  day: 0 | 1 | 2;
  CEB303: Order303[];
  CEB403: Receipt403[];
  CEB505: Waybill505[];
  CEB603: Inventory603[];
  CEB311: Order311[];
  CEB411: Payment411[];
  CEB511: Waybill511[];
  CEB621: Inventory621[];
}

type Fate = 'release' | 'inspect' | 'reject';

interface MonthPlan {
  outboxes: Map<string, Outbox>;
  /** The sandbox customs' fate of each parcel, by order number. */
  fates: Map<string, Fate>;
  parcels: number;
}

/** Parcels of the zone in month `index` (0 = the oldest): growth over the two years, season, a little noise. */
function parcelCount(p: ZoneProfile, index: number, month: string, g: Generator): number {
  const growth = 1 + (0.9 * index) / (MONTHS - 1);
  const season = SEASON[Number(month.slice(5)) - 1]!;
  return Math.round(p.base * growth * season * (0.9 + 0.2 * g.next()));
}

function planMonth(z: ZoneParties, index: number, month: string, days: Date[]): MonthPlan {
  const g = generator(`trade|${z.zone}|${month}`);
  const outboxes = new Map<string, Outbox>();
  const outbox = (party: Party & { ctx: Ctx }, day: 0 | 1 | 2): Outbox => {
    const key = `${party.code}|${day}`;
    let box = outboxes.get(key);
    if (!box) {
      box = {
        party,
        day,
        CEB303: [],
        CEB403: [],
        CEB505: [],
        CEB603: [],
        CEB311: [],
        CEB411: [],
        CEB511: [],
        CEB621: [],
      };
      outboxes.set(key, box);
    }
    return box;
  };
  const fates = new Map<string, Fate>();
  const count = parcelCount(z.profile, index, month, g);
  let planned = 0;
  const q4 = ['10', '11', '12'].includes(month.slice(5));
  const [orderDay, waybillDay, inventoryDay] = days as [Date, Date, Date];
  const yyyymm = month.replace('-', '');

  for (let n = 1; n <= count; n++) {
    const kind = g.weighted(Object.entries(z.profile.mix) as [Kind, number][]);
    const orderNo = `${z.profile.prefix}${kind.startsWith('e') ? 'E' : 'I'}${yyyymm}${String(n).padStart(5, '0')}`;
    const logisticsNo = `${z.profile.prefix}${yyyymm.slice(2)}${String(n).padStart(7, '0')}CN`;
    const at = (d: Date) => new Date(d.getTime() + n * 20_000);
    const r = g.next();
    fates.set(orderNo, r < 0.02 ? 'reject' : r < 0.07 ? 'inspect' : 'release');
    const key = (...parts: string[]) => guidOf(z.zone, orderNo, ...parts);

    if (kind === 'i9610' || kind === 'i1210') {
      const args = { orderNo, logisticsNo, yyyymm, key, at, orderDay, waybillDay, inventoryDay };
      if (planImport(z, g, kind, args, outbox)) planned++;
      continue;
    }

    // Exports: the seller, its goods, the destination.
    // A 9810 booking is the seller's own (it names the warehouse, not a platform): approved sellers only.
    const candidates = z.sellers.filter((s) =>
      kind === 'e9710' ? s.b2b : kind === 'e9810' ? s.ctx !== undefined : true,
    );
    const pool = candidates.length || kind === 'e9810' ? candidates : z.sellers;
    if (!pool.length) continue;
    planned++;
    const seller = g.weighted(pool.map((s) => [s, s.weight] as const));
    const bulk = kind !== 'e9610';
    const lines: { spec: GoodsSpec; qty: number; price: number; itemNo: string }[] = [];
    const lineCount = Math.min(
      seller.goods.length,
      g.weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const),
    );
    const chosen = new Set<ExportGoods>();
    while (chosen.size < lineCount) {
      const goods = seller.goods.map(([k, w]) => [k, k === 'festive' && q4 ? w * 4 : w] as const);
      chosen.add(g.weighted(goods));
    }
    for (const k of chosen) {
      const spec = EXPORT_GOODS[k];
      const [qMin, qMax] = bulk ? spec.bulk : spec.retail;
      // B2B lots in round numbers; retail in pieces.
      const qty = bulk ? Math.max(qMin, Math.round(g.int(qMin, qMax) / 50) * 50) : g.int(qMin, qMax);
      // Bulk buyers pay less per piece.
      const price = Math.round(g.int(spec.price[0], spec.price[1]) * (bulk ? 0.7 : 1));
      lines.push({ spec, qty, price, itemNo: `${seller.code.slice(-3)}-${spec.gcode.slice(0, 6)}` });
    }
    let country: string;
    let pod: string;
    let ebpCode = '无';
    let ebpName: string;
    let orderSender: Party & { ctx: Ctx };
    let trafMode = '5';
    if (kind === 'e9810') {
      const [c, p, warehouse] = g.pick(WAREHOUSES);
      [country, pod, ebpName] = [c, p, `${seller.name.slice(2, 6)}${warehouse}`];
      orderSender = { ...seller, ctx: seller.ctx! };
      trafMode = country === '304' ? '3' : '2';
    } else {
      const [c, , p, marketplace] = g.weighted(DESTINATIONS.map((d) => [d, d[1]] as const));
      [country, pod] = [c, p];
      if (kind === 'e9710' || !seller.ctx) {
        // B2B orders and the sellers without an account of their own go through the zone's platform.
        [ebpCode, ebpName] = [z.platform.code, z.platform.name];
        orderSender = z.platform;
      } else {
        ebpName = marketplace;
        orderSender = { ...seller, ctx: seller.ctx };
      }
      if (kind === 'e9710')
        trafMode = country === '304' || country === '344' ? '3' : g.next() < 0.6 ? '2' : '5';
    }
    const total = lines.reduce((s, l) => s + l.qty * l.price, 0);
    const grams = Math.round(lines.reduce((s, l) => s + l.qty * l.spec.grams, 0) * 1.1) + 100;
    const packNo = bulk ? Math.max(1, Math.ceil(grams / 15_000)) : 1;
    const orderType = kind === 'e9610' ? 'E' : kind === 'e9710' ? 'B' : 'W';
    const tradeMode = kind.slice(1);
    const [carrier, agent] = [z.logistics, z.agent];

    outbox(orderSender, 0).CEB303.push({
      OrderHead: {
        guid: key('order'),
        appType: '1',
        appTime: cebTime(at(orderDay)),
        appStatus: '2',
        orderType,
        orderNo,
        ebpCode,
        ebpName,
        ebcCode: seller.code,
        ebcName: seller.name,
        goodsValue: money(total),
        freight: '0',
        currency: '502',
      },
      OrderList: lines.map((l, i) => ({
        gnum: i + 1,
        itemNo: l.itemNo,
        itemName: l.spec.name,
        unit: l.spec.unit,
        currency: '502',
        qty: String(l.qty),
        price: money(l.price),
        totalPrice: money(l.qty * l.price),
      })),
    });
    if (kind === 'e9610')
      outbox(z.pay, 0).CEB403.push({
        guid: key('receipt'),
        appType: '1',
        appTime: cebTime(at(orderDay)),
        appStatus: '2',
        ebpCode,
        ebpName,
        ebcCode: seller.code,
        ebcName: seller.name,
        orderNo,
        payCode: z.pay.code,
        payName: z.pay.name,
        charge: money(total),
        currency: '502',
        accountingDate: cebTime(at(orderDay)),
      });
    outbox(carrier, 1).CEB505.push({
      guid: key('waybill'),
      appType: '1',
      appTime: cebTime(at(waybillDay)),
      appStatus: '2',
      logisticsCode: carrier.code,
      logisticsName: carrier.name,
      logisticsNo,
      freight: '0',
      insuredFee: '0',
      currency: '142',
      grossWeight: kg(grams),
      packNo,
      goodsInfo: lines.map((l) => l.spec.name).join('、'),
    });
    outbox(agent, 2).CEB603.push({
      InventoryHead: {
        guid: key('inventory'),
        appType: '1',
        appTime: cebTime(at(inventoryDay)),
        appStatus: '2',
        // The example messages' customs and port codes: Hunan's subordinate codes are not confirmed yet.
        customsCode: '4900',
        ebpCode,
        ebpName,
        orderNo,
        logisticsCode: carrier.code,
        logisticsName: carrier.name,
        logisticsNo,
        copNo: `${orderNo}C`,
        ieFlag: 'E',
        portCode: '4908',
        ieDate: cebDay(at(inventoryDay)),
        statisticsFlag: 'B',
        agentCode: agent.code,
        agentName: agent.name,
        ebcCode: seller.code,
        ebcName: seller.name,
        ownerCode: seller.code,
        ownerName: seller.name,
        tradeMode,
        trafMode,
        country,
        POD: pod,
        freight: '0',
        fCurrency: '142',
        fFlag: '3',
        insuredFee: '0',
        iCurrency: '142',
        iFlag: '3',
        wrapType: '2',
        packNo,
        grossWeight: kg(grams),
        netWeight: kg(Math.round(grams * 0.9)),
      },
      InventoryList: lines.map((l, i) => ({
        gnum: i + 1,
        itemNo: l.itemNo,
        gcode: l.spec.gcode,
        gname: l.spec.name,
        gmodel: l.spec.gmodel,
        barCode: '无',
        country,
        currency: '502',
        qty: String(l.qty),
        qty1: String(l.qty),
        unit: l.spec.unit,
        unit1: l.spec.unit,
        price: money(l.price),
        totalPrice: money(l.qty * l.price),
      })),
    });
  }
  return { outboxes, fates, parcels: planned };
}

/** A retail import parcel (9610 direct purchase or 1210 bonded): order, payment, waybill, inventory. */
function planImport(
  z: ZoneParties,
  g: Generator,
  kind: 'i9610' | 'i1210',
  p: {
    orderNo: string;
    logisticsNo: string;
    yyyymm: string;
    key: (...parts: string[]) => string;
    at: (d: Date) => Date;
    orderDay: Date;
    waybillDay: Date;
    inventoryDay: Date;
  },
  outbox: (party: Party & { ctx: Ctx }, day: 0 | 1 | 2) => Outbox,
): boolean {
  const importers = z.sellers.filter((s) => s.importer);
  const seller = g.weighted((importers.length ? importers : z.sellers).map((s) => [s, s.weight] as const));
  const year = Number(cebDay(p.inventoryDay).slice(0, 4));
  const lineCount = g.weighted([
    [1, 7],
    [2, 3],
  ] as const);
  const chosen = new Set<ImportGoods>();
  while (chosen.size < lineCount)
    chosen.add(g.weighted(Object.entries(IMPORT_WEIGHTS) as [ImportGoods, number][]));
  const lines: { k: ImportGoods; qty: number; price: number; origin: string }[] = [];
  let goodsCents = 0;
  for (const k of chosen) {
    const spec = IMPORT_GOODS[k];
    const price = g.int(spec.price[0], spec.price[1]);
    // Within the single-transaction limit: fewer pieces rather than a refusal.
    let qty = g.int(spec.retail[0], spec.retail[1]);
    while (qty > 1 && goodsCents + qty * price > SINGLE_CAP - 30_00) qty--;
    if (goodsCents + qty * price > SINGLE_CAP - 30_00) continue;
    goodsCents += qty * price;
    lines.push({ k, qty, price, origin: g.pick(spec.origins) });
  }
  if (!lines.length) return false;
  const freight = g.next() < 0.5 ? 0 : g.int(8, 25) * 100;
  const discount = g.next() < 0.7 ? 0 : Math.min(goodsCents, g.int(5, 30) * 100);
  const tax = lines.reduce((s, l) => s + Math.round((l.qty * l.price * TAX_PER_MILLE[l.k]) / 1000), 0);
  const paid = goodsCents + freight + tax - discount;
  // A buyer whose year is full is skipped for the next one (the ledger would refuse the parcel).
  const start = g.int(0, z.buyers.length - 1);
  let buyer: Buyer | undefined;
  for (let i = 0; i < z.buyers.length && !buyer; i++) {
    const b = z.buyers[(start + i) % z.buyers.length]!;
    if ((b.used.get(year) ?? 0) + goodsCents + freight <= BUYER_YEAR_CAP) buyer = b;
  }
  if (!buyer) return false;
  buyer.used.set(year, (buyer.used.get(year) ?? 0) + goodsCents + freight);

  const bonded = kind === 'i1210';
  const { orderNo, logisticsNo, key, at } = p;
  const ebp = z.platform;
  const itemNo = (l: (typeof lines)[number]) =>
    `${seller.code.slice(-3)}-${IMPORT_GOODS[l.k].gcode.slice(0, 8)}`;
  outbox(ebp, 0).CEB311.push({
    OrderHead: {
      guid: key('order'),
      appType: '1',
      appTime: cebTime(at(p.orderDay)),
      appStatus: '2',
      orderType: 'I',
      orderNo,
      ebpCode: ebp.code,
      ebpName: ebp.name,
      ebcCode: seller.code,
      ebcName: seller.name,
      goodsValue: money(goodsCents),
      freight: money(freight),
      discount: money(discount),
      taxTotal: money(tax),
      acturalPaid: money(paid),
      currency: '142',
      buyerRegNo: `B${buyer.id.slice(-8)}`,
      buyerName: buyer.name,
      buyerTelephone: buyer.phone,
      buyerIdType: '1',
      buyerIdNumber: buyer.id,
      payCode: z.pay.code,
      payName: z.pay.name,
      payTransactionId: `PAY${orderNo}`,
      consignee: buyer.name,
      consigneeTelephone: buyer.phone,
      consigneeAddress: buyer.address,
      consigneeDistrict: buyer.district,
    },
    OrderList: lines.map((l, i) => ({
      gnum: i + 1,
      itemNo: itemNo(l),
      itemName: IMPORT_GOODS[l.k].name,
      gmodel: IMPORT_GOODS[l.k].gmodel,
      unit: IMPORT_GOODS[l.k].unit,
      qty: String(l.qty),
      price: money(l.price),
      totalPrice: money(l.qty * l.price),
      currency: '142',
      country: l.origin,
    })),
  });
  outbox(z.pay, 0).CEB411.push({
    PaymentHead: {
      guid: key('payment'),
      appType: '1',
      appTime: cebTime(at(p.orderDay)),
      appStatus: '2',
      payCode: z.pay.code,
      payName: z.pay.name,
      payTransactionId: `PAY${orderNo}`,
      orderNo,
      ebpCode: ebp.code,
      ebpName: ebp.name,
      payerIdType: '1',
      payerIdNumber: buyer.id,
      payerName: buyer.name,
      telephone: buyer.phone,
      amountPaid: money(paid),
      currency: '142',
      payTime: cebTime(at(p.orderDay)),
    },
  });
  const grams = lines.reduce((s, l) => s + l.qty * IMPORT_GOODS[l.k].grams, 0) + 200;
  // One master air waybill a month carries the zone's direct-purchase parcels.
  const billNo = `784-${String(hash32(`${z.zone}|${p.yyyymm}`) % 100_000_000).padStart(8, '0')}`;
  outbox(z.logistics, 1).CEB511.push({
    LogisticsHead: {
      guid: key('waybill'),
      appType: '1',
      appTime: cebTime(at(p.waybillDay)),
      appStatus: '2',
      logisticsCode: z.logistics.code,
      logisticsName: z.logistics.name,
      logisticsNo,
      ...(bonded ? {} : { billNo }),
      orderNo,
      freight: money(freight),
      insuredFee: '0',
      currency: '142',
      weight: kg(grams),
      packNo: 1,
      goodsInfo: lines.map((l) => IMPORT_GOODS[l.k].name).join('、'),
      consignee: buyer.name,
      consigneeAddress: buyer.address,
      consigneeTelephone: buyer.phone,
    },
  });
  const day = cebDay(at(p.inventoryDay));
  outbox(z.agent, 2).CEB621.push({
    InventoryHead: {
      guid: key('inventory'),
      appType: '1',
      appTime: cebTime(at(p.inventoryDay)),
      appStatus: '2',
      orderNo,
      ebpCode: ebp.code,
      ebpName: ebp.name,
      ebcCode: seller.code,
      ebcName: seller.name,
      logisticsNo,
      logisticsCode: z.logistics.code,
      logisticsName: z.logistics.name,
      copNo: `${orderNo}C`,
      assureCode: seller.code,
      ...(bonded
        ? {
            emsNo: `T4900W${z.profile.prefix}000001`,
            areaCode: z.bondedArea.code,
            areaName: z.bondedArea.name,
          }
        : {}),
      ieFlag: 'I',
      declTime: day,
      customsCode: '4900',
      portCode: '4908',
      ieDate: day,
      buyerIdType: '1',
      buyerIdNumber: buyer.id,
      buyerName: buyer.name,
      buyerTelephone: buyer.phone,
      consigneeAddress: buyer.address,
      agentCode: z.agent.code,
      agentName: z.agent.name,
      tradeMode: bonded ? '1210' : '9610',
      trafMode: bonded ? '4' : '5',
      ...(bonded ? {} : { trafNo: 'CZ3101', voyageNo: day, billNo }),
      // 1210: goods leave the bonded zone, so the country is China (142); 9610: where they were shipped from.
      country: bonded ? '142' : lines[0]!.origin,
      freight: money(freight),
      insuredFee: '0',
      currency: '142',
      packNo: 1,
      grossWeight: kg(grams),
      netWeight: kg(grams - 200),
    },
    InventoryList: lines.map((l, i) => {
      const spec = IMPORT_GOODS[l.k];
      const [num, den] = spec.perUnit1;
      return {
        gnum: i + 1,
        itemNo: itemNo(l),
        ...(bonded ? { itemRecordNo: `${z.profile.prefix}${spec.gcode}` } : {}),
        itemName: spec.name,
        gcode: spec.gcode,
        gname: spec.name,
        gmodel: spec.gmodel,
        country: l.origin,
        currency: '142',
        qty: String(l.qty),
        unit: spec.unit,
        qty1: quantity(l.qty * num, den),
        unit1: spec.unit1,
        price: money(l.price),
        totalPrice: money(l.qty * l.price),
      };
    }),
  });
  return true;
}

/** n / den as a decimal string, den a power of ten (1, 10, 100). */
function quantity(n: number, den: number): string {
  if (den === 1) return String(n);
  const digits = String(den).length - 1;
  return `${Math.floor(n / den)}.${String(n % den).padStart(digits, '0')}`;
}

// ── sending ──

const ENTITY: Record<keyof Omit<Outbox, 'party' | 'day'>, string> = {
  CEB303: 'Order',
  CEB403: 'Receipts',
  CEB505: 'Logistics',
  CEB603: 'Inventory',
  CEB311: 'Order',
  CEB411: 'Payment',
  CEB511: 'Logistics',
  CEB621: 'Inventory',
};
/** Entities per message: the XSD's maximum is 100. */
const PER_MESSAGE = 100;

/** The outbox as CEB XML messages of at most 100 documents each. */
function messagesOf(box: Outbox, zone: string, month: string): string[] {
  const out: string[] = [];
  for (const type of Object.keys(ENTITY) as (keyof typeof ENTITY)[]) {
    const docs = box[type] as unknown[];
    for (let i = 0; i < docs.length; i += PER_MESSAGE) {
      const message = {
        guid: guidOf(zone, month, box.party.code, type, String(box.day), String(i)),
        version: '1.0',
        [ENTITY[type]]: docs.slice(i, i + PER_MESSAGE),
        BaseTransfer: {
          copCode: box.party.code,
          copName: box.party.name,
          dxpMode: 'DXP',
          dxpId: `DXPENT${box.party.code}`,
        },
        BaseSubscribe: [],
      };
      out.push(produceCebMessage(type, message as never));
    }
  }
  return out;
}

/**
 * Sends a zone's month through the clearance use case, in the order the parties send it (orders, then
 * waybills, then inventories), and returns the customs fate of each of its parcels by parcel id.
 */
async function sendZoneMonth(
  systemCtx: Ctx,
  z: ZoneParties,
  month: string,
  plan: MonthPlan,
  days: Date[],
): Promise<Map<string, Fate>> {
  const boxes = [...plan.outboxes.values()].sort(
    (a, b) => a.day - b.day || a.party.code.localeCompare(b.party.code),
  );
  for (const box of boxes) {
    const clock = fixedClock(new Date(days[box.day]!.getTime() + 3 * 3600_000).toISOString());
    const report = await ingestMessages(
      { ...box.party.ctx, clock },
      { messages: messagesOf(box, z.zone, month).map((body) => ({ body, source: 'demo' })) },
    );
    // The demo's documents are consistent by construction: a refusal or a mismatch is a bug of this file.
    const refused = report.messages.find((m) => m.outcome === 'refused');
    const unmatched = box.day === 2 ? report.parcels.find((p) => p.matchState !== 'matched') : undefined;
    if (refused || unmatched)
      throw new Error(
        `demo trade ${z.zone} ${month}: ${JSON.stringify(refused?.errors.slice(0, 3) ?? unmatched)}`,
      );
  }
  // Parcel ids are the platform's own: the month's parcels are the zone's latest matched, not yet sent.
  const fateOf = new Map<string, Fate>();
  for (let page = 1; fateOf.size < plan.parcels; page++) {
    const { items } = await listParcels(systemCtx, {
      zoneCode: z.zone,
      matchState: 'matched',
      pageSize: 100,
      page,
    });
    const mine = items.filter((p) => !p.sentAt && p.orderNo && plan.fates.has(p.orderNo));
    for (const p of mine) fateOf.set(p.id, plan.fates.get(p.orderNo!)!);
    if (items.length < 100 || !mine.length) break;
  }
  return fateOf;
}

/** Waybills per arrival or departure record: the list has no bound in the XSD, the demo keeps it short. */
const PER_REPORT = 100;

/**
 * The carriers' reports from the customs site on a zone's exports of the month (运抵单 CEB507 and
 * 离境单 CEB509): the arrival of every parcel the day its inventory is declared, before customs answers,
 * and that evening the departure of those customs released. Sent at `at`, each carrier its own.
 */
async function sendSiteReports(
  z: ZoneParties,
  month: string,
  plan: MonthPlan,
  report: 'arrival' | 'departure',
  at: Date,
): Promise<void> {
  const orderOf = new Map<string, string>();
  for (const box of plan.outboxes.values())
    for (const i of box.CEB603) orderOf.set(i.InventoryHead.logisticsNo, i.InventoryHead.orderNo);
  for (const box of plan.outboxes.values()) {
    const carrier = box.party;
    const waybills = box.CEB505.map((w) => w.logisticsNo).filter(
      (no) => report === 'arrival' || plan.fates.get(orderOf.get(no) ?? '') !== 'reject',
    );
    if (!waybills.length) continue;
    const records = [];
    for (let i = 0; i < waybills.length; i += PER_REPORT) {
      const list = waybills.slice(i, i + PER_REPORT).map((logisticsNo, n) => ({ gnum: n + 1, logisticsNo }));
      const head = {
        guid: guidOf(z.zone, month, carrier.code, report, String(i)),
        appType: '1',
        appTime: cebTime(at),
        appStatus: '2',
        customsCode: '4900',
        copNo: `${report === 'arrival' ? 'A' : 'D'}${month.replace('-', '')}${String(i / PER_REPORT + 1).padStart(3, '0')}`,
        logisticsCode: carrier.code,
        logisticsName: carrier.name,
        trafMode: '3',
        msgCount: 1,
        msgSeqNo: 1,
      };
      records.push(
        report === 'arrival'
          ? {
              ArrivalHead: {
                ...head,
                operatorCode: carrier.code,
                operatorName: carrier.name,
                ieFlag: 'E',
                domesticTrafNo: '湘B·D0001',
              },
              ArrivalList: list,
            }
          : {
              DepartureHead: {
                ...head,
                trafName: '中欧班列（长沙）',
                voyageNo: `X${cebDay(at)}`,
                leaveTime: cebTime(at),
              },
              DepartureList: list,
            },
      );
    }
    const type = report === 'arrival' ? 'CEB507' : 'CEB509';
    const body = produceCebMessage(type, {
      guid: guidOf(z.zone, month, carrier.code, report),
      version: '1.0',
      [report === 'arrival' ? 'Arrival' : 'Departure']: records,
      BaseTransfer: {
        copCode: carrier.code,
        copName: carrier.name,
        dxpMode: 'DXP',
        dxpId: `DXPENT${carrier.code}`,
      },
      BaseSubscribe: [],
    } as never);
    const result = await ingestMessages(
      { ...carrier.ctx, clock: fixedClock(at.toISOString()) },
      { messages: [{ body, source: 'demo' }] },
    );
    const refused = result.messages.find((m) => m.outcome === 'refused');
    if (refused)
      throw new Error(`demo ${type} ${z.zone} ${month}: ${JSON.stringify(refused.errors.slice(0, 3))}`);
  }
}

/**
 * A clock for the customs jobs that moves on 90 seconds each time it is read: the jobs send at one
 * reading and look for answers at a later one, by when the sandbox customs (whose answers come at most a
 * minute after sending) has answered everything. One round of the jobs does what a few minutes of the
 * serving platform's rounds would, and each parcel's status is written once.
 */
function movingClock(start: Date): Clock {
  let t = start.getTime();
  return {
    now: () => {
      const at = new Date(t);
      t += 90_000;
      return at;
    },
  };
}

/** The customs jobs of a month, answering each parcel as its fate says (the sandbox customs, seeded). */
async function customsRound(
  systemCtx: Ctx,
  month: string,
  at: Date,
  fateOf: Map<string, Fate>,
): Promise<number> {
  const gateway = sandboxGateway({
    seed: `demo|${month}`,
    rates: (id) => {
      const fate = fateOf.get(id);
      return { rejection: fate === 'reject' ? 1 : 0, inspection: fate === 'inspect' ? 1 : 0 };
    },
  });
  const ctx = { ...systemCtx, clock: movingClock(at) };
  let counted = 0;
  // Until a round finds nothing to send and nothing to answer (the second, as the clock moves on).
  for (let round = 0; round < 5; round++) {
    const r = await runCustomsJobs(ctx, gateway);
    counted += r.counted;
    if (r.sent === 0 && r.answers === 0) break;
  }
  return counted;
}

/**
 * Seeds two years of customs trade for the three zones (24 ended months before the clock's today), and
 * the demo's US dollar rate for this year. Returns the parcels sent.
 */
export async function seedDemoTrade(
  systemCtx: Ctx,
  log: (line: string) => void = () => {},
): Promise<{ parcels: number }> {
  const now = systemCtx.clock.now();
  const months = endedMonths(now, MONTHS);
  const zones: ZoneParties[] = [];
  for (const code of Object.keys(ZONES) as ZoneCode[]) {
    const parties = await partiesOf(systemCtx, code);
    if (parties) zones.push(parties);
  }
  let parcels = 0;
  let released = 0;
  for (const [index, month] of months.entries()) {
    // Orders on one day, waybills the next, inventories the day after (between the 5th and the 20th);
    // customs releases the three zones' parcels that afternoon.
    const first = generator(`days|${month}`).int(5, 18);
    const days = [0, 1, 2].map((d) => chinaTime(month, first + d, 9, 30));
    const fates = new Map<string, Fate>();
    const plans: [ZoneParties, MonthPlan][] = [];
    for (const z of zones) {
      const plan = planMonth(z, index, month, days);
      plans.push([z, plan]);
      parcels += plan.parcels;
      for (const [id, fate] of await sendZoneMonth(systemCtx, z, month, plan, days)) fates.set(id, fate);
      await sendSiteReports(z, month, plan, 'arrival', chinaTime(month, first + 2, 13, 30));
    }
    released += await customsRound(systemCtx, month, chinaTime(month, first + 2, 15), fates);
    for (const [z, plan] of plans)
      await sendSiteReports(z, month, plan, 'departure', chinaTime(month, first + 2, 20));
  }
  log(`trade: ${parcels} parcels sent, ${released} released in ${months[0]} – ${months.at(-1)}`);

  // Each zone's declaring agent has summarised its export inventories month by month (清单核放、汇总申报),
  // all but the last month, which is left for a user to summarise.
  let summaries = 0;
  for (const z of zones)
    for (const month of months.slice(0, -1))
      summaries += (
        await buildSummaryDeclarations(z.agent.ctx, {
          from: `${month}-01`,
          to: `${nextMonth(month)}-01`,
          summaryFlag: '2',
        })
      ).length;
  log(`summary declarations: ${summaries} for ${months[0]} – ${months.at(-2)}`);

  // The demo's rate for this year, recorded by the provincial commerce department (the table ends in 2025).
  const provincial = (await listUsers(systemCtx, { q: 'hn-commerce' })).items.find(
    (u) => u.username === 'hn-commerce',
  );
  if (provincial) {
    const year = new Date(now.getTime() + CHINA_MS).getUTCFullYear();
    await recordExchangeRate(actorCtx(systemCtx, provincial), {
      currency: '502',
      validFrom: `${year}-01-01`,
      cnyPerUnit: '7.1',
      source: '演示汇率（非官方数据）',
    });
  }
  return { parcels };
}
