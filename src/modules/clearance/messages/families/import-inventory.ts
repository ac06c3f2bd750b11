import { importEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { importSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import {
  fixedWhen,
  gnumSequence,
  headValueIn,
  lineTotals,
  requiredWhen,
  residentIdWhenType1,
  uniqueGuids,
  type Site,
} from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Import inventory (进口清单) CEB621 and its receipt CEB622 (customs-ceb.md §3 "CEB621", §2.3 for the
 * 9610 / 1210 differences). ds:Signature is minOccurs="1" in the XSD.
 */

const site: Site = { entity: 'Inventory', head: 'InventoryHead' };

/** "直购进口填写“9610”，保税进口填写“1210”"; 1239 is bonded import outside the first pilot cities. */
const importTradeModes = ['9610', '1210', '1239'];
const bonded = ['1210', '1239'];

const InventoryHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ min: 1, max: 3 }),
  orderNo: f.text({ min: 1, max: 60 }),
  // As in CEB311: an unregistered platform's e-port identifier has no published format.
  ebpCode: f.text({ min: 1, max: 18 }),
  ebpName: f.text({ min: 1, max: 100 }),
  ebcCode: f.enterpriseCode({ min: 1, max: 18 }),
  ebcName: f.text({ min: 1, max: 100 }),
  logisticsNo: f.text({ min: 1, max: 60 }),
  logisticsCode: f.enterpriseCode({ min: 1, max: 18 }),
  logisticsName: f.text({ min: 1, max: 100 }),
  copNo: opt(f.text({ max: 20 })),
  preNo: opt(f.text({ max: 18 })),
  // "担保扣税的企业海关注册登记编号，只限清单的申报企业、电商企业物流企业".
  assureCode: f.enterpriseCode({ min: 1, max: 30 }),
  emsNo: opt(f.text({ max: 30 })),
  invtNo: opt(f.text({ max: 18 })),
  ieFlag: f.oneOf(['I'], { len: 1 }),
  declTime: f.date8(),
  customsCode: f.customsDistrict(),
  portCode: f.customsDistrict(),
  ieDate: opt(f.date8()),
  buyerIdType: f.oneOf(['1'], { len: 1 }),
  buyerIdNumber: f.text({ min: 1, max: 60 }),
  buyerName: f.text({ min: 1, max: 60 }),
  buyerTelephone: f.text({ min: 1, max: 30 }),
  consigneeAddress: f.text({ min: 1, max: 200 }),
  agentCode: f.enterpriseCode({ min: 1, max: 18 }),
  agentName: f.text({ min: 1, max: 100 }),
  areaCode: opt(f.enterpriseCode({ max: 18 })),
  areaName: opt(f.text({ max: 100 })),
  tradeMode: f.code('tradeMode', { len: 4 }, importTradeModes),
  trafMode: f.code('transportMode', { len: 1 }),
  trafNo: opt(f.text({ max: 100 })),
  voyageNo: opt(f.text({ max: 32 })),
  billNo: opt(f.text({ max: 37 })),
  loctNo: opt(f.text({ max: 10 })),
  licenseNo: opt(f.text({ max: 19 })),
  country: f.code('country', { len: 3 }),
  freight: f.decimal(),
  insuredFee: f.decimal(),
  currency: f.cny(),
  wrapType: opt(f.text({ len: 1 })),
  // "件数为包裹数量，限定为“1”".
  packNo: f.int({ digits: 9, min: 1, max: 1 }),
  grossWeight: f.decimal(),
  netWeight: f.decimal(),
  note: opt(f.text({ max: 1000 })),
});

const InventoryList = group({
  gnum: f.int({ min: 1 }),
  itemRecordNo: opt(f.text({ max: 30 })),
  itemNo: opt(f.text({ max: 20 })),
  itemName: opt(f.text({ max: 250 })),
  gcode: f.hsCode(),
  gname: f.text({ min: 1, max: 250 }),
  gmodel: f.text({ min: 1, max: 510 }),
  barCode: opt(f.text({ max: 50 })),
  country: f.code('country', { len: 3 }),
  tradeCountry: opt(f.code('country', { min: 1, max: 3 })),
  currency: f.cny(),
  qty: f.decimal(),
  unit: f.code('unit', { len: 3 }),
  qty1: f.decimal(),
  unit1: f.code('unit', { len: 3 }),
  qty2: opt(f.decimal()),
  unit2: opt(f.code('unit', { len: 3 })),
  price: f.decimal(),
  totalPrice: f.decimal(),
  note: opt(f.text({ max: 1000 })),
});

const Inventory = group({
  InventoryHead: one(InventoryHead),
  InventoryList: many(InventoryList, 1, 99),
});

const isDirect = headValueIn('tradeMode', ['9610']);
const isBonded = headValueIn('tradeMode', bonded);
const bondedReason = { zh: '保税进口（1210/1239）', en: 'for bonded import (1210/1239)' };

export const ceb621 = message({
  type: 'CEB621',
  family: 'import',
  direction: 'outbound',
  title: { zh: '进口清单', en: 'import inventory' },
  root: group({ ...outboundAttributes, Inventory: many(Inventory, 1, 100), ...importEnvelope }),
  signature: importSignature(true),
  rules: [
    uniqueGuids(site),
    gnumSequence(site, 'InventoryList'),
    lineTotals(site, 'InventoryList'),
    residentIdWhenType1(site, 'buyerIdType', 'buyerIdNumber'),
    // trafNo, voyageNo, billNo "直购进口必填" (XSD; §2.3 9610 import).
    requiredWhen(site, isDirect, ['trafNo', 'voyageNo', 'billNo'], {
      zh: '直购进口（9610）',
      en: 'for direct-purchase import (9610)',
    }),
    // emsNo, areaCode, areaName and list itemRecordNo "保税模式必填"; country "保税进口填写代码142".
    requiredWhen(site, isBonded, ['emsNo', 'areaCode', 'areaName'], bondedReason),
    requiredWhen(site, isBonded, ['itemRecordNo'], bondedReason, 'InventoryList'),
    fixedWhen(site, isBonded, 'country', '142', bondedReason),
  ],
});

const InventoryReturn = group({
  guid: f.inbound({ len: 36 }),
  customsCode: opt(f.inbound({ len: 4 })),
  ebpCode: opt(f.inbound({ max: 18, min: 1 })),
  ebcCode: opt(f.inbound({ max: 18, min: 1 })),
  agentCode: opt(f.inbound({ max: 18, min: 1 })),
  copNo: f.inbound({ max: 20, min: 1 }),
  preNo: f.inbound({ len: 18 }),
  invtNo: opt(f.inbound({ len: 18 })),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000, min: 1 }),
});

export const ceb622 = message({
  type: 'CEB622',
  family: 'import',
  direction: 'inbound',
  title: { zh: '进口清单回执', en: 'import inventory receipt' },
  root: group({ ...inboundAttributes, InventoryReturn: many(InventoryReturn, 1, 100) }),
  signature: null,
});
