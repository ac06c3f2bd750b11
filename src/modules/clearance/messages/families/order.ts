import { exportEnvelope, importEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, importSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import {
  actualPaid,
  gnumSequence,
  lineTotals,
  residentIdWhenType1,
  uniqueGuids,
  type Site,
} from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Orders: export CEB303 and its receipt CEB304 (export XSD); import CEB311 and CEB312 (import XSD).
 * Fields and order: customs-ceb.md §3 "CEB303", "CEB311"; the XSD is authoritative.
 */

const site: Site = { entity: 'Order', head: 'OrderHead' };

/** CEB303 OrderHead. */
const ExportOrderHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1, default: '1' }),
  // E = B2C (9610), B = B2B (9710), W = 海外仓订仓单 (9810) [REV]; the XSD still says "W-外综服订单" ⚠.
  orderType: f.oneOf(['E', 'B', 'W'], { len: 1 }),
  orderNo: f.text({ max: 60 }),
  // "境外平台企业如无法提供电商平台代码可填“无”" (CEB304 XSD; [REV] for 9810).
  ebpCode: f.enterpriseCode({ max: 18 }, ['无']),
  ebpName: f.text({ max: 100 }),
  ebcCode: f.enterpriseCode({ max: 18 }),
  ebcName: f.text({ max: 100 }),
  goodsValue: f.decimal(),
  // "运杂费，无则填写0"; default="0" in the XSD, so an empty element reads as 0.
  freight: f.decimal({ default: '0' }),
  currency: f.code('currency', { len: 3 }),
  note: opt(f.text({ max: 1000 })),
});

const ExportOrderList = group({
  gnum: f.int({ digits: 5, min: 1 }),
  itemNo: f.text({ max: 30 }),
  itemName: f.text({ max: 250 }),
  itemDescribe: opt(f.text({ max: 1000 })),
  barCode: opt(f.text({ max: 50 })),
  unit: f.code('unit', { len: 3 }),
  currency: f.code('currency', { len: 3 }),
  qty: f.decimal(),
  price: f.decimal(),
  totalPrice: f.decimal(),
  note: opt(f.text({ max: 1000 })),
});

const ExportOrder = group({
  OrderHead: one(ExportOrderHead),
  OrderList: many(ExportOrderList, 1, 100),
});

export const ceb303 = message({
  type: 'CEB303',
  family: 'export',
  direction: 'outbound',
  title: { zh: '出口电子订单', en: 'export order' },
  root: group({ ...outboundAttributes, Order: many(ExportOrder, 1, 100), ...exportEnvelope }),
  signature: exportSignature(false),
  rules: [uniqueGuids(site), gnumSequence(site, 'OrderList'), lineTotals(site, 'OrderList')],
});

const OrderReturn = group({
  guid: f.inbound({ len: 36 }),
  ebpCode: f.inbound({ max: 18 }),
  ebcCode: f.inbound({ max: 18 }),
  orderNo: f.inbound({ max: 60 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb304 = message({
  type: 'CEB304',
  family: 'export',
  direction: 'inbound',
  title: { zh: '出口电子订单回执', en: 'export order receipt' },
  root: group({ ...inboundAttributes, OrderReturn: many(OrderReturn, 1, 100) }),
  signature: null,
});

/** CEB311 OrderHead. */
const ImportOrderHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ min: 1, max: 3 }),
  orderType: f.oneOf(['I'], { len: 1 }),
  orderNo: f.text({ min: 1, max: 60 }),
  // An unregistered platform uses the e-port's platform identifier, whose format is not published.
  ebpCode: f.text({ min: 1, max: 18 }),
  ebpName: f.text({ min: 1, max: 100 }),
  ebcCode: f.enterpriseCode({ min: 1, max: 18 }),
  ebcName: f.text({ min: 1, max: 100 }),
  goodsValue: f.decimal(),
  freight: f.decimal(),
  discount: f.decimal(),
  taxTotal: f.decimal(),
  acturalPaid: f.decimal(),
  currency: f.cny(),
  buyerRegNo: f.text({ min: 1, max: 60 }),
  buyerName: f.text({ min: 1, max: 60 }),
  buyerTelephone: f.text({ min: 1, max: 30 }),
  // "1-身份证,2-其它。限定为身份证，填写“1”".
  buyerIdType: f.oneOf(['1'], { len: 1 }),
  buyerIdNumber: f.text({ min: 1, max: 60 }),
  payCode: opt(f.enterpriseCode({ max: 18 })),
  payName: opt(f.text({ max: 100 })),
  payTransactionId: opt(f.text({ max: 60 })),
  batchNumbers: opt(f.text({ max: 100 })),
  consignee: f.text({ min: 1, max: 100 }),
  consigneeTelephone: f.text({ min: 1, max: 50 }),
  consigneeAddress: f.text({ min: 1, max: 200 }),
  // "参照国家统计局公布的国家行政区划标准填制": a 6-digit GB/T 2260 code.
  consigneeDistrict: opt(f.digits(6, { len: 6 })),
  note: opt(f.text({ max: 1000 })),
});

const ImportOrderList = group({
  gnum: f.int({ min: 1 }),
  itemNo: opt(f.text({ max: 30 })),
  itemName: f.text({ min: 1, max: 250 }),
  gmodel: f.text({ min: 1, max: 510 }),
  itemDescribe: opt(f.text({ max: 1000 })),
  barCode: opt(f.text({ max: 50 })),
  unit: f.code('unit', { len: 3 }),
  qty: f.decimal(),
  price: f.decimal(),
  totalPrice: f.decimal(),
  currency: f.cny(),
  country: f.code('country', { len: 3 }),
  note: opt(f.text({ max: 1000 })),
});

const ImportOrder = group({
  OrderHead: one(ImportOrderHead),
  OrderList: many(ImportOrderList, 1, 99),
});

export const ceb311 = message({
  type: 'CEB311',
  family: 'import',
  direction: 'outbound',
  title: { zh: '进口电子订单', en: 'import order' },
  root: group({ ...outboundAttributes, Order: many(ImportOrder, 1, 100), ...importEnvelope }),
  signature: importSignature(false),
  rules: [
    uniqueGuids(site),
    gnumSequence(site, 'OrderList'),
    lineTotals(site, 'OrderList'),
    actualPaid(site),
    residentIdWhenType1(site, 'buyerIdType', 'buyerIdNumber'),
  ],
});

const ImportOrderReturn = group({
  guid: f.inbound({ len: 36 }),
  ebpCode: f.inbound({ max: 18, min: 1 }),
  ebcCode: f.inbound({ max: 18, min: 1 }),
  orderNo: f.inbound({ max: 60, min: 1 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000, min: 1 }),
});

export const ceb312 = message({
  type: 'CEB312',
  family: 'import',
  direction: 'inbound',
  title: { zh: '进口电子订单回执', en: 'import order receipt' },
  root: group({ ...inboundAttributes, OrderReturn: many(ImportOrderReturn, 1, 100) }),
  signature: null,
});
