import { exportEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { exportSignature, message } from '../spec/message.js';
import { group, many, opt } from '../spec/nodes.js';
import { uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/**
 * Export receipt of payment (收款单) CEB403 and its receipt CEB404 (customs-ceb.md §2.1: orderNo,
 * payCode, payName "现金支付" if offline, payNo, charge, currency, accountingDate).
 */

const site: Site = { entity: 'Receipts', head: null };

const Receipts = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ len: 1, default: '1' }),
  ebpCode: f.enterpriseCode({ max: 18 }, ['无']),
  ebpName: f.text({ max: 100 }),
  ebcCode: f.enterpriseCode({ max: 18 }),
  ebcName: f.text({ max: 100 }),
  orderNo: f.text({ max: 60 }),
  // "支付企业的海关编码,国内企业必填": optional because a foreign or offline payer has none.
  payCode: opt(f.enterpriseCode({ max: 18 })),
  payName: f.text({ max: 100 }),
  payNo: opt(f.text({ max: 60 })),
  charge: f.decimal(),
  currency: f.code('currency', { len: 3 }),
  accountingDate: f.dateTime14(),
  note: opt(f.text({ max: 1000 })),
});

export const ceb403 = message({
  type: 'CEB403',
  family: 'export',
  direction: 'outbound',
  title: { zh: '收款单', en: 'export receipt of payment' },
  root: group({ ...outboundAttributes, Receipts: many(Receipts, 1, 100), ...exportEnvelope }),
  signature: exportSignature(false),
  rules: [uniqueGuids(site)],
});

const ReceiptsReturn = group({
  guid: f.inbound({ len: 36 }),
  ebcCode: f.inbound({ max: 18 }),
  orderNo: f.inbound({ max: 60 }),
  payNo: opt(f.inbound({ max: 60 })),
  returnStatus: f.inbound({ min: 1, max: 10 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000 }),
});

export const ceb404 = message({
  type: 'CEB404',
  family: 'export',
  direction: 'inbound',
  title: { zh: '收款单回执', en: 'export receipt-of-payment receipt' },
  root: group({ ...inboundAttributes, ReceiptsReturn: many(ReceiptsReturn, 1, 100) }),
  signature: null,
});
