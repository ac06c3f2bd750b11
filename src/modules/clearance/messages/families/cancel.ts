import { exportEnvelope, importEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, importSignature, message } from '../spec/message.js';
import { group, many, opt } from '../spec/nodes.js';
import { residentIdWhenType1, uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Inventory withdrawal (撤销申请单): export CEB605/606 and import CEB623/624. Both need a signature
 * (customs-ceb.md §3 "Signature"; CEB623's is minOccurs="1" in the XSD).
 */

const site: Site = { entity: 'InvtCancel', head: null };

const ExportInvtCancel = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1 }),
  customsCode: f.customsDistrict(),
  copNo: f.text({ max: 30 }),
  preNo: opt(f.text({ len: 18 })),
  invtNo: f.text({ max: 20 }),
  reason: f.text({ max: 1000, collapse: true }),
  agentCode: f.enterpriseCode({ max: 18 }),
  agentName: f.text({ max: 100 }),
  ebcCode: f.enterpriseCode({ max: 18 }),
  ebcName: f.text({ max: 100 }),
  note: opt(f.text({ max: 1000 })),
});

export const ceb605 = message({
  type: 'CEB605',
  family: 'export',
  direction: 'outbound',
  title: { zh: '出口撤销申请单', en: 'export inventory withdrawal' },
  root: group({ ...outboundAttributes, InvtCancel: many(ExportInvtCancel, 1, 100), ...exportEnvelope }),
  signature: exportSignature(true),
  rules: [uniqueGuids(site)],
});

const ExportInvtCancelReturn = group({
  guid: f.inbound({ len: 36 }),
  agentCode: f.inbound({ max: 18 }),
  copNo: f.inbound({ max: 30 }),
  preNo: f.inbound({ len: 18 }),
  invtNo: f.inbound({ max: 20 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb606 = message({
  type: 'CEB606',
  family: 'export',
  direction: 'inbound',
  title: { zh: '出口撤销申请单回执', en: 'export withdrawal receipt' },
  root: group({ ...inboundAttributes, InvtCancelReturn: many(ExportInvtCancelReturn, 1, 100) }),
  signature: null,
});

const ImportInvtCancel = group({
  guid: f.guid(),
  // "企业报送类型。1-新增。默认为1。": a withdrawal is only ever added.
  appType: f.appType(['1']),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ min: 1, max: 3 }),
  customsCode: f.customsDistrict(),
  orderNo: f.text({ min: 1, max: 60 }),
  ebpCode: f.text({ min: 1, max: 18 }),
  ebpName: f.text({ min: 1, max: 100 }),
  ebcCode: f.enterpriseCode({ min: 1, max: 18 }),
  ebcName: f.text({ min: 1, max: 100 }),
  logisticsNo: f.text({ min: 1, max: 60 }),
  logisticsCode: f.enterpriseCode({ min: 1, max: 18 }),
  logisticsName: f.text({ min: 1, max: 100 }),
  copNo: opt(f.text({ max: 20 })),
  preNo: opt(f.text({ max: 18 })),
  invtNo: f.text({ min: 1, max: 18 }),
  buyerIdType: f.oneOf(['1'], { len: 1 }),
  buyerIdNumber: f.text({ min: 1, max: 60 }),
  buyerName: f.text({ min: 1, max: 60 }),
  buyerTelephone: f.text({ min: 1, max: 30 }),
  agentCode: f.enterpriseCode({ min: 1, max: 18 }),
  agentName: f.text({ min: 1, max: 100 }),
  reason: f.text({ min: 1, max: 1000 }),
  note: opt(f.text({ max: 1000 })),
});

export const ceb623 = message({
  type: 'CEB623',
  family: 'import',
  direction: 'outbound',
  title: { zh: '进口撤销申请单', en: 'import inventory withdrawal' },
  root: group({ ...outboundAttributes, InvtCancel: many(ImportInvtCancel, 1, 100), ...importEnvelope }),
  signature: importSignature(true),
  rules: [uniqueGuids(site), residentIdWhenType1(site, 'buyerIdType', 'buyerIdNumber')],
});

const ImportInvtCancelReturn = group({
  guid: f.inbound({ len: 36 }),
  customsCode: opt(f.inbound({ len: 4 })),
  agentCode: opt(f.inbound({ max: 18, min: 1 })),
  ebpCode: opt(f.inbound({ max: 18, min: 1 })),
  ebcCode: opt(f.inbound({ max: 18, min: 1 })),
  copNo: f.inbound({ max: 20, min: 1 }),
  preNo: f.inbound({ len: 18 }),
  invtNo: opt(f.inbound({ len: 18 })),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000, min: 1 }),
});

export const ceb624 = message({
  type: 'CEB624',
  family: 'import',
  direction: 'inbound',
  title: { zh: '进口撤销申请单回执', en: 'import withdrawal receipt' },
  root: group({ ...inboundAttributes, InvtCancelReturn: many(ImportInvtCancelReturn, 1, 100) }),
  signature: null,
});
