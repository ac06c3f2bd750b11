import { exportEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import { gnumSequence, messageSequence, uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * 清单总分单 CEB607 and its receipt CEB608: binds a master bill (conveyance, billNo, grossWeight) to
 * parcels, when the CEB603 left its conveyance data empty. Signature required (customs-ceb.md §2.1).
 */

const site: Site = { entity: 'WayBill', head: 'WayBillHead' };

const WayBillHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1 }),
  customsCode: f.customsDistrict(),
  copNo: f.text({ max: 30 }),
  preNo: opt(f.text({ len: 18 })),
  agentCode: f.enterpriseCode({ max: 18 }),
  agentName: f.text({ max: 100 }),
  loctNo: opt(f.text({ max: 10 })),
  trafMode: f.code('transportMode', { len: 1, collapse: true }),
  trafName: f.text({ max: 100, collapse: true }),
  voyageNo: f.text({ max: 32, collapse: true }),
  billNo: f.text({ max: 37 }),
  domesticTrafNo: opt(f.text({ max: 100 })),
  grossWeight: f.decimal(),
  logisticsCode: f.enterpriseCode({ max: 18 }),
  logisticsName: f.text({ max: 100 }),
  msgCount: f.int({ digits: 9, min: 1 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  note: opt(f.text({ max: 1000 })),
});

const WayBillList = group({
  gnum: f.int({ digits: 5, min: 1 }),
  totalPackageNo: opt(f.text({ max: 60 })),
  logisticsNo: f.text({ max: 32 }),
  invtNo: opt(f.text({ max: 20 })),
  note: opt(f.text({ max: 1000 })),
});

const WayBill = group({
  WayBillHead: one(WayBillHead),
  WayBillList: many(WayBillList, 1, Infinity),
});

export const ceb607 = message({
  type: 'CEB607',
  family: 'export',
  direction: 'outbound',
  title: { zh: '清单总分单', en: 'master bill of inventories' },
  root: group({ ...outboundAttributes, WayBill: many(WayBill, 1, 100), ...exportEnvelope }),
  signature: exportSignature(true),
  rules: [uniqueGuids(site), gnumSequence(site, 'WayBillList'), messageSequence(site)],
});

const WayBillReturn = group({
  guid: f.inbound({ len: 36 }),
  agentCode: f.inbound({ max: 18 }),
  logisticsCode: f.inbound({ max: 18 }),
  copNo: f.inbound({ max: 30 }),
  preNo: f.inbound({ len: 18 }),
  billNo: f.inbound({ max: 37 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb608 = message({
  type: 'CEB608',
  family: 'export',
  direction: 'inbound',
  title: { zh: '清单总分单回执', en: 'master bill receipt' },
  root: group({ ...inboundAttributes, WayBillReturn: many(WayBillReturn, 1, 100) }),
  signature: null,
});
