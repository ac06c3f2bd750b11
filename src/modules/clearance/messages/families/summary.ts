import { exportEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import { messageSequence, summaryWindow, uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Export summary declaration: application CEB701, its receipt CEB702 and customs' result CEB792
 * (customs-ceb.md §3 "CEB701", §5). CEB701 needs a signature.
 */

const site: Site = { entity: 'SummaryApply', head: 'SummaryApplyHead' };

const SummaryApplyHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1, default: '2' }),
  customsCode: f.customsDistrict(),
  copNo: f.text({ max: 30 }),
  preNo: opt(f.text({ max: 18 })),
  sumNo: opt(f.text({ max: 18 })),
  agentCode: f.enterpriseCode({ max: 18 }),
  agentName: f.text({ max: 100 }),
  ebcCode: f.enterpriseCode({ max: 18 }),
  ebcName: f.text({ max: 100 }),
  declAgentCode: f.enterpriseCode({ max: 18 }),
  declAgentName: f.text({ max: 100 }),
  startTime: opt(f.dateTime14()),
  endTime: opt(f.dateTime14()),
  loctNo: opt(f.text({ max: 10 })),
  // 1: by 收发货人 only; 2: by 收发货人 + 生产销售单位.
  summaryFlag: f.oneOf(['1', '2'], { len: 1 }),
  /*
   * "填1,按清单原始商品名相同汇总，不填则按商品综合分类名汇总" — yet the XSD requires one character. Any
   * character other than 1 therefore means "by category"; only the length is checked (⚠ README).
   */
  itemNameFlag: f.text({ len: 1 }),
  msgCount: f.int({ digits: 9, min: 1 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  note: opt(f.text({ max: 1000 })),
});

const SummaryApplyList = group({
  invtNo: f.text({ max: 20 }),
});

const SummaryApply = group({
  SummaryApplyHead: one(SummaryApplyHead),
  SummaryApplyList: many(SummaryApplyList, 0, Infinity),
});

export const ceb701 = message({
  type: 'CEB701',
  family: 'export',
  direction: 'outbound',
  title: { zh: '汇总申请单', en: 'summary application' },
  root: group({ ...outboundAttributes, SummaryApply: many(SummaryApply, 1, 100), ...exportEnvelope }),
  signature: exportSignature(true),
  rules: [uniqueGuids(site), summaryWindow(site, 'SummaryApplyList'), messageSequence(site)],
});

const SummaryReturn = group({
  guid: f.inbound({ len: 36 }),
  agentCode: f.inbound({ max: 18 }),
  ebcCode: f.inbound({ max: 18 }),
  copNo: f.inbound({ max: 30 }),
  preNo: f.inbound({ len: 18 }),
  sumNo: opt(f.inbound({ len: 18 })),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb702 = message({
  type: 'CEB702',
  family: 'export',
  direction: 'inbound',
  title: { zh: '汇总申请单回执', en: 'summary application receipt' },
  root: group({ ...inboundAttributes, SummaryReturn: many(SummaryReturn, 1, 100) }),
  signature: null,
});

const SummaryResultHead = group({
  guid: f.inbound({ len: 36 }),
  customsCode: f.inbound({ len: 4 }),
  sumNo: f.inbound({ len: 18 }),
  opDate: f.inbound({ len: 17 }),
  // "海关汇总生成一一对应报关单的编号": one summary result, one customs declaration.
  declSeqNo: f.inbound({ len: 18 }),
  decTmpNo: opt(f.inbound({ len: 18 })),
  decPreNo: opt(f.inbound({ len: 18 })),
  entryId: opt(f.inbound({ len: 18 })),
  // "具体返回值由海关确定": kept as sent.
  decState: f.inbound({ min: 1, max: 3 }),
  agentCode: f.inbound({ max: 18 }),
  agentName: f.inbound({ max: 100 }),
  ebcCode: f.inbound({ max: 18 }),
  ebcName: f.inbound({ max: 100 }),
  declAgentCode: f.inbound({ max: 18 }),
  declAgentName: f.inbound({ max: 100 }),
  grossWeight: f.decimal(),
  netWeight: f.decimal(),
  msgCount: f.int({ digits: 9, min: 1 }),
  msgSeqNo: f.int({ digits: 9, min: 1 }),
  note: opt(f.inbound({ max: 1000 })),
});

const SummaryResultList = group({
  invtNo: f.inbound({ max: 20 }),
  logisticsNo: f.inbound({ max: 32 }),
  // Links each inventory item (invtNo + gnum) to its line in the customs declaration.
  gseqno: f.int({ digits: 5, min: 1 }),
  gnum: f.int({ digits: 5, min: 1 }),
  gcode: f.inbound({ len: 10 }),
});

const SummaryResult = group({
  SummaryResultHead: one(SummaryResultHead),
  SummaryResultList: many(SummaryResultList, 0, Infinity),
});

/** Sent by customs; no BaseTransfer and no signature slot in the XSD. */
export const ceb792 = message({
  type: 'CEB792',
  family: 'export',
  direction: 'inbound',
  title: { zh: '汇总结果单', en: 'summary result' },
  root: group({ ...inboundAttributes, SummaryResult: many(SummaryResult, 1, 100) }),
  signature: null,
});
