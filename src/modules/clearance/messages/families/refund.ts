import { importEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { importSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import { gnumUnique, residentIdWhenType1, uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Import return application (退货申请单) CEB625 and its receipt CEB626 (customs-ceb.md §2.2: the
 * spec header spells the entity "InvtRefound", the XSD "InvtRefund"; the XSD is followed).
 */

const site: Site = { entity: 'InvtRefund', head: 'InvtRefundHead' };

const InvtRefundHead = group({
  guid: f.guid(),
  appType: f.appType(),
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
  // "订购人证件类型": unlike 311/621 the XSD does not restrict it to 1 here.
  buyerIdType: f.oneOf(['1', '2'], { len: 1 }),
  buyerIdNumber: f.text({ min: 1, max: 60 }),
  buyerName: f.text({ min: 1, max: 60 }),
  buyerTelephone: f.text({ min: 1, max: 30 }),
  agentCode: f.enterpriseCode({ min: 1, max: 18 }),
  agentName: f.text({ min: 1, max: 100 }),
  reason: f.text({ min: 1, max: 1000 }),
  note: opt(f.text({ max: 1000 })),
});

const InvtRefundList = group({
  // "对应原清单表体序号": the original inventory's item number, so not a 1..n sequence.
  gnum: f.int({ min: 1 }),
  gcode: f.hsCode(),
  gname: f.text({ min: 1, max: 250 }),
  qty: f.decimal(),
  unit: f.code('unit', { len: 3 }),
  note: opt(f.text({ max: 1000 })),
});

const InvtRefund = group({
  InvtRefundHead: one(InvtRefundHead),
  InvtRefundList: many(InvtRefundList, 1, 99),
});

export const ceb625 = message({
  type: 'CEB625',
  family: 'import',
  direction: 'outbound',
  title: { zh: '进口退货申请单', en: 'import return application' },
  root: group({ ...outboundAttributes, InvtRefund: many(InvtRefund, 1, 100), ...importEnvelope }),
  signature: importSignature(true),
  rules: [
    uniqueGuids(site),
    gnumUnique(site, 'InvtRefundList'),
    residentIdWhenType1(site, 'buyerIdType', 'buyerIdNumber'),
  ],
});

const InvtRefundReturn = group({
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

export const ceb626 = message({
  type: 'CEB626',
  family: 'import',
  direction: 'inbound',
  title: { zh: '进口退货申请单回执', en: 'import return receipt' },
  root: group({ ...inboundAttributes, InvtRefundReturn: many(InvtRefundReturn, 1, 100) }),
  signature: null,
});
