import { exportEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import { gnumSequence, messageSequence, uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * 离境单 CEB509 and its receipt CEB510: the conveyance (trafName, voyageNo, billNo), leaveTime and the
 * parcels that left. Signature required (customs-ceb.md §2.1, §3 "Signature").
 */

const site: Site = { entity: 'Departure', head: 'DepartureHead' };

const DepartureHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1 }),
  customsCode: f.customsDistrict(),
  copNo: f.text({ max: 30 }),
  preNo: opt(f.text({ len: 18 })),
  logisticsCode: f.enterpriseCode({ max: 18 }),
  logisticsName: f.text({ max: 100 }),
  trafMode: f.code('transportMode', { len: 1, collapse: true }),
  trafName: opt(f.text({ max: 100 })),
  voyageNo: opt(f.text({ max: 32 })),
  billNo: opt(f.text({ max: 37 })),
  leaveTime: f.dateTime14(),
  msgCount: f.int({ digits: 9, min: 1 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  note: opt(f.text({ max: 1000 })),
});

const DepartureList = group({
  gnum: f.int({ digits: 5, min: 1 }),
  totalPackageNo: opt(f.text({ max: 37 })),
  logisticsNo: f.text({ max: 32 }),
  note: opt(f.text({ max: 1000 })),
});

const Departure = group({
  DepartureHead: one(DepartureHead),
  DepartureList: many(DepartureList, 1, Infinity),
});

export const ceb509 = message({
  type: 'CEB509',
  family: 'export',
  direction: 'outbound',
  title: { zh: '离境单', en: 'departure' },
  root: group({ ...outboundAttributes, Departure: many(Departure, 1, 100), ...exportEnvelope }),
  signature: exportSignature(true),
  rules: [uniqueGuids(site), gnumSequence(site, 'DepartureList'), messageSequence(site)],
});

const DepartureReturn = group({
  guid: f.inbound({ len: 36 }),
  logisticsCode: f.inbound({ max: 18 }),
  copNo: f.inbound({ max: 30 }),
  preNo: f.inbound({ len: 18 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb510 = message({
  type: 'CEB510',
  family: 'export',
  direction: 'inbound',
  title: { zh: '离境单回执', en: 'departure receipt' },
  root: group({ ...inboundAttributes, DepartureReturn: many(DepartureReturn, 1, 100) }),
  signature: null,
});
