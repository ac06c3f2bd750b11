import { exportEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import {
  gnumSequence,
  headValueIn,
  lineTotals,
  requiredWhen,
  uniqueGuids,
  type Site,
} from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Export inventory (申报清单) CEB603 and its receipt CEB604 (customs-ceb.md §3 "CEB603", §5). The
 * inventory is the declaration itself: signature required.
 */

const site: Site = { entity: 'Inventory', head: 'InventoryHead' };

/** "一般出口为9610,特殊区域出口为1210/1239" (XSD), plus 9710 and 9810 (GAC 2020 No.75). */
const exportTradeModes = ['9610', '1210', '1239', '9710', '9810'];
const specialArea = ['1210', '1239'];

const InventoryHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1 }),
  customsCode: f.customsDistrict(),
  ebpCode: f.enterpriseCode({ max: 18 }, ['无']),
  // minLength 0 in the XSD; the spec marks the field mandatory, so an empty value is refused.
  ebpName: f.text({ max: 100, min: 0 }),
  orderNo: f.text({ max: 60 }),
  logisticsCode: f.enterpriseCode({ max: 18 }),
  logisticsName: f.text({ max: 100, min: 0 }),
  logisticsNo: f.text({ max: 32 }),
  copNo: f.text({ max: 30 }),
  preNo: opt(f.text({ len: 18 })),
  invtNo: opt(f.text({ max: 20 })),
  ieFlag: f.oneOf(['E'], { len: 1 }),
  portCode: f.customsDistrict(),
  ieDate: f.date8(),
  // A-简化申报, B-汇总申报 (§5 "Simplified declaration").
  statisticsFlag: f.oneOf(['A', 'B'], { len: 1 }),
  agentCode: f.enterpriseCode({ max: 18 }),
  agentName: f.text({ max: 100, min: 0 }),
  ebcCode: f.enterpriseCode({ max: 18, min: 0 }),
  ebcName: f.text({ max: 100, min: 0 }),
  // 生产销售单位; "NO" when the producer is not registered (customs-ceb.md §3 "CEB603").
  ownerCode: f.enterpriseCode({ max: 18 }, ['NO']),
  ownerName: f.text({ max: 100 }),
  iacCode: opt(f.enterpriseCode({ max: 18 })),
  iacName: opt(f.text({ max: 100 })),
  emsNo: opt(f.text({ max: 30 })),
  tradeMode: f.code('tradeMode', { len: 4 }, exportTradeModes),
  trafMode: f.code('transportMode', { len: 1, collapse: true }),
  trafName: opt(f.text({ max: 100 })),
  voyageNo: opt(f.text({ max: 32 })),
  billNo: opt(f.text({ max: 37 })),
  totalPackageNo: opt(f.text({ max: 37 })),
  loctNo: opt(f.text({ max: 10 })),
  licenseNo: opt(f.text({ max: 19 })),
  country: f.code('country', { len: 3 }),
  // 指运港: a port code (3–4 characters); the port table is not loaded, so format only.
  POD: f.text({ min: 3, max: 4, collapse: true }),
  freight: f.decimal(),
  fCurrency: f.code('currency', { len: 3 }),
  // customs-ceb.md §3 lists 1 rate, 2 unit price, 3 total, but the XSD fixes "3" (total).
  fFlag: f.oneOf(['3'], { len: 1, fixed: '3' }),
  insuredFee: f.decimal(),
  iCurrency: f.code('currency', { len: 3 }),
  iFlag: f.oneOf(['3'], { len: 1, fixed: '3' }),
  wrapType: f.text({ len: 1, collapse: true }),
  packNo: f.int({ digits: 9, min: 1 }),
  grossWeight: f.decimal(),
  netWeight: f.decimal(),
  note: opt(f.text({ max: 1000 })),
});

const InventoryList = group({
  gnum: f.int({ digits: 5, min: 1 }),
  itemNo: f.text({ max: 20 }),
  itemRecordNo: opt(f.text({ max: 30 })),
  itemName: opt(f.text({ max: 250 })),
  gcode: f.hsCode(),
  gname: f.text({ max: 250 }),
  gmodel: f.text({ max: 250, collapse: true }),
  // "无" when the goods have no bar code (customs-ceb.md §3 "CEB603").
  barCode: f.text({ max: 50, collapse: true }),
  country: f.code('country', { len: 3 }),
  currency: f.code('currency', { len: 3 }),
  qty: f.decimal(),
  qty1: f.decimal(),
  qty2: opt(f.decimal()),
  unit: f.code('unit', { len: 3 }),
  unit1: f.code('unit', { len: 3 }),
  unit2: opt(f.code('unit', { max: 3 })),
  price: f.decimal(),
  totalPrice: f.decimal(),
  note: opt(f.text({ max: 1000 })),
});

const Inventory = group({
  InventoryHead: one(InventoryHead),
  InventoryList: many(InventoryList, 1, 100),
});

const isSpecialArea = headValueIn('tradeMode', specialArea);
const specialAreaReason = { zh: '特殊区域出口（1210/1239）', en: 'for special-area export (1210/1239)' };

export const ceb603 = message({
  type: 'CEB603',
  family: 'export',
  direction: 'outbound',
  title: { zh: '出口申报清单', en: 'export inventory' },
  root: group({ ...outboundAttributes, Inventory: many(Inventory, 1, 100), ...exportEnvelope }),
  signature: exportSignature(true),
  rules: [
    uniqueGuids(site),
    gnumSequence(site, 'InventoryList'),
    lineTotals(site, 'InventoryList'),
    // "区内企业代码 特殊区域模式必填", "账册编号"; list "itemRecordNo 保税出口模式必填" (§2.3 1210 export).
    requiredWhen(site, isSpecialArea, ['iacCode', 'iacName', 'emsNo'], specialAreaReason),
    requiredWhen(site, isSpecialArea, ['itemRecordNo'], specialAreaReason, 'InventoryList'),
  ],
});

const InventoryReturn = group({
  guid: f.inbound({ len: 36 }),
  agentCode: f.inbound({ max: 18 }),
  copNo: f.inbound({ max: 30 }),
  preNo: f.inbound({ len: 18 }),
  invtNo: f.inbound({ max: 20 }),
  ebcCode: f.inbound({ max: 18 }),
  ebpCode: f.inbound({ max: 18 }),
  orderNo: f.inbound({ max: 60 }),
  statisticsFlag: f.inbound({ len: 1 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb604 = message({
  type: 'CEB604',
  family: 'export',
  direction: 'inbound',
  title: { zh: '出口申报清单回执', en: 'export inventory receipt' },
  root: group({ ...inboundAttributes, InventoryReturn: many(InventoryReturn, 1, 100) }),
  signature: null,
});
