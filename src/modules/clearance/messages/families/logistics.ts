import { exportEnvelope, importEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, importSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import { uniqueGuids } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Waybills: export CEB505/506 and import CEB511/512 (customs-ceb.md §3 "CEB511": the export waybill
 * has grossWeight and optional ebc fields, no orderNo and no consignee).
 */

const ExportLogistics = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1, default: '2' }),
  logisticsCode: f.enterpriseCode({ max: 18 }),
  logisticsName: f.text({ max: 100 }),
  logisticsNo: f.text({ max: 32 }),
  freight: f.decimal(),
  insuredFee: f.decimal(),
  currency: f.code('currency', { len: 3 }),
  grossWeight: f.decimal(),
  packNo: f.int({ digits: 9, min: 1 }),
  goodsInfo: f.text({ max: 200, collapse: true }),
  ebcCode: opt(f.enterpriseCode({ max: 18 })),
  ebcName: opt(f.text({ max: 100 })),
  ebcTelephone: opt(f.text({ max: 50 })),
  note: opt(f.text({ max: 1000 })),
});

export const ceb505 = message({
  type: 'CEB505',
  family: 'export',
  direction: 'outbound',
  title: { zh: '出口运单', en: 'export waybill' },
  root: group({ ...outboundAttributes, Logistics: many(ExportLogistics, 1, 100), ...exportEnvelope }),
  signature: exportSignature(false),
  rules: [uniqueGuids({ entity: 'Logistics', head: null })],
});

const ExportLogisticsReturn = group({
  guid: f.inbound({ len: 36 }),
  logisticsCode: f.inbound({ max: 18 }),
  logisticsNo: f.inbound({ max: 32 }),
  returnStatus: f.inbound({ min: 1, max: 10 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb506 = message({
  type: 'CEB506',
  family: 'export',
  direction: 'inbound',
  title: { zh: '出口运单回执', en: 'export waybill receipt' },
  root: group({ ...inboundAttributes, LogisticsReturn: many(ExportLogisticsReturn, 1, 100) }),
  signature: null,
});

const LogisticsHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ min: 1, max: 3 }),
  logisticsCode: f.enterpriseCode({ min: 1, max: 18 }),
  logisticsName: f.text({ min: 1, max: 100 }),
  logisticsNo: f.text({ min: 1, max: 60 }),
  billNo: opt(f.text({ max: 37 })),
  orderNo: f.text({ min: 1, max: 60 }),
  freight: opt(f.decimal()),
  insuredFee: opt(f.decimal()),
  currency: f.cny(),
  weight: f.decimal(),
  // "单个运单下包裹数，限定为“1”".
  packNo: f.int({ digits: 9, min: 1, max: 1 }),
  goodsInfo: opt(f.text({ max: 200 })),
  consignee: f.text({ min: 1, max: 100 }),
  consigneeAddress: f.text({ min: 1, max: 200 }),
  consigneeTelephone: f.text({ min: 1, max: 50 }),
  note: opt(f.text({ max: 1000 })),
});

const ImportLogistics = group({ LogisticsHead: one(LogisticsHead) });

export const ceb511 = message({
  type: 'CEB511',
  family: 'import',
  direction: 'outbound',
  title: { zh: '进口运单', en: 'import waybill' },
  root: group({ ...outboundAttributes, Logistics: many(ImportLogistics, 1, 100), ...importEnvelope }),
  signature: importSignature(false),
  rules: [uniqueGuids({ entity: 'Logistics', head: 'LogisticsHead' })],
});

const ImportLogisticsReturn = group({
  guid: f.inbound({ len: 36 }),
  logisticsCode: f.inbound({ max: 18, min: 1 }),
  logisticsNo: f.inbound({ max: 60, min: 1 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000, min: 1 }),
});

export const ceb512 = message({
  type: 'CEB512',
  family: 'import',
  direction: 'inbound',
  title: { zh: '进口运单回执', en: 'import waybill receipt' },
  root: group({ ...inboundAttributes, LogisticsReturn: many(ImportLogisticsReturn, 1, 100) }),
  signature: null,
});
