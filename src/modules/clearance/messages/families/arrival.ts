import { exportEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import { gnumSequence, messageSequence, uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * 运抵单 CEB507 and its receipt CEB508: parcels arrived at the customs site, sent by the site operator
 * (the postal firm on postal routes). The list may be empty (customs-ceb.md §2.1).
 */

const site: Site = { entity: 'Arrival', head: 'ArrivalHead' };

const ArrivalHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1, default: '1' }),
  customsCode: f.customsDistrict(),
  copNo: f.text({ max: 30 }),
  preNo: opt(f.text({ len: 18 })),
  operatorCode: f.enterpriseCode({ max: 18 }),
  operatorName: f.text({ max: 100 }),
  loctNo: opt(f.text({ max: 10 })),
  ieFlag: f.oneOf(['I', 'E'], { len: 1 }),
  trafMode: f.code('transportMode', { len: 1, collapse: true }),
  billNo: opt(f.text({ max: 37 })),
  domesticTrafNo: f.text({ max: 100, collapse: true }),
  logisticsCode: f.enterpriseCode({ max: 18 }),
  logisticsName: f.text({ max: 100 }),
  msgCount: f.int({ digits: 9, min: 1 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  note: opt(f.text({ max: 1000 })),
});

const ArrivalList = group({
  gnum: f.int({ digits: 5, min: 1 }),
  logisticsNo: f.text({ max: 32 }),
  totalPackageNo: opt(f.text({ max: 37 })),
  note: opt(f.text({ max: 1000 })),
});

const Arrival = group({
  ArrivalHead: one(ArrivalHead),
  ArrivalList: many(ArrivalList, 0, Infinity),
});

export const ceb507 = message({
  type: 'CEB507',
  family: 'export',
  direction: 'outbound',
  title: { zh: '运抵单', en: 'arrival at the customs site' },
  root: group({ ...outboundAttributes, Arrival: many(Arrival, 1, 100), ...exportEnvelope }),
  signature: exportSignature(false),
  rules: [uniqueGuids(site), gnumSequence(site, 'ArrivalList'), messageSequence(site)],
});

const ArrivalReturn = group({
  guid: f.inbound({ len: 36 }),
  operatorCode: f.inbound({ max: 18 }),
  logisticsCode: f.inbound({ max: 18 }),
  preNo: f.inbound({ len: 18 }),
  copNo: f.inbound({ max: 30 }),
  billNo: f.inbound({ max: 37 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  returnStatus: f.inbound({ min: 1, max: 10 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb508 = message({
  type: 'CEB508',
  family: 'export',
  direction: 'inbound',
  title: { zh: '运抵单回执', en: 'arrival receipt' },
  root: group({ ...inboundAttributes, ArrivalReturn: many(ArrivalReturn, 1, 100) }),
  signature: null,
});
