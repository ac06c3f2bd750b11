import type { Role } from '../../shared/context.js';

/**
 * Responsible units (责任单位) and the platform roles that act for them. The documents name units
 * verbatim, at city level in Zhuzhou (株洲 实施意见: “[责任单位：市商务局、市财政局，第一位为牵头部门，下同]”) and
 * mostly at provincial level in Chenzhou's responsibility list (建设责任清单: 省商务厅, 长沙海关, 省税务局…). Each
 * verbatim name maps to one unit code; a code with a platform role lets that role's users of the zone
 * report on the unit's tasks.
 */
export const UNIT_CODES = [
  'commerce',
  'finance',
  'customs',
  'tax',
  'fx',
  'market_regulation',
  'postal',
  /** 市人民政府: the municipal government, whose leading group office coordinates the zone's work. */
  'government',
  /** A unit without platform accounts (发改委, 教育局, 人社局…): the leading group office reports for it. */
  'other',
] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

/** Verbatim unit names of the two documents and their codes. A name missing here is a catalogue error. */
export const UNIT_OF_NAME: Readonly<Record<string, UnitCode>> = {
  市商务局: 'commerce',
  省商务厅: 'commerce',
  '省商务厅（省政府口岸办）': 'commerce',
  市财政局: 'finance',
  省财政厅: 'finance',
  株洲海关: 'customs',
  长沙海关: 'customs',
  市税务局: 'tax',
  省税务局: 'tax',
  '人民银行株洲市分行（国家外汇管理局株洲市分局）': 'fx',
  国家外汇管理局湖南省分局: 'fx',
  人民银行长沙中心支行: 'fx',
  市市场监督管理局: 'market_regulation',
  市市场监管局: 'market_regulation',
  省市场监管局: 'market_regulation',
  市邮政管理局: 'postal',
  省邮政管理局: 'postal',
  郴州市人民政府: 'government',
  省人民政府: 'government',
  市工信局: 'other',
  市科技局: 'other',
  市发改委: 'other',
  市行政审批局: 'other',
  相关建设维护单位: 'other',
  市金融办: 'other',
  市委人才办: 'other',
  市人社局: 'other',
  市教育局: 'other',
  省发展改革委: 'other',
  省交通运输厅: 'other',
  省地方金融监管局: 'other',
  湖南银保监局: 'other',
  省统计局: 'other',
  省教育厅: 'other',
  省人力资源社会保障厅: 'other',
  省农业农村厅: 'other',
  省文化和旅游厅: 'other',
};

/** The unit code of a verbatim name; throws on an unknown name so a catalogue typo cannot pass silently. */
export function unitCodeOf(name: string): UnitCode {
  const code = UNIT_OF_NAME[name];
  if (!code) throw new Error(`Unknown responsible unit: ${name}`);
  return code;
}

/**
 * The unit a role's users act for (commerce → 市商务局, finance → 市财政局, customs → 海关,
 * tax → 税务局, fx → 外汇管理局/人民银行, market → 市场监管局, postal → 邮政管理局, leading_group →
 * 领导小组办公室). The leading group office is not a unit of the lists; it coordinates every task.
 */
export const UNIT_OF_ROLE: Readonly<Partial<Record<Role, UnitCode>>> = {
  commerce: 'commerce',
  finance: 'finance',
  customs: 'customs',
  tax: 'tax',
  fx: 'fx',
  market_regulation: 'market_regulation',
  postal: 'postal',
};

/** Display names of the unit codes (the generic name; the task keeps the document's own words). */
export const UNIT_NAMES: Readonly<Record<UnitCode, { zh: string; en: string }>> = {
  commerce: { zh: '商务局（商务厅）', en: 'commerce bureau' },
  finance: { zh: '财政局（财政厅）', en: 'finance bureau' },
  customs: { zh: '海关', en: 'customs' },
  tax: { zh: '税务局', en: 'tax bureau' },
  fx: { zh: '外汇管理局 / 人民银行', en: 'FX administration / central bank branch' },
  market_regulation: { zh: '市场监管局', en: 'market regulation bureau' },
  postal: { zh: '邮政管理局', en: 'postal administration' },
  government: { zh: '市人民政府（领导小组办公室）', en: 'municipal government (leading group office)' },
  other: { zh: '其他单位（由领导小组办公室代报）', en: 'other units (reported by the leading group office)' },
};
