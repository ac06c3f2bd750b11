import { importEnvelope, inboundAttributes, outboundAttributes } from '../spec/envelope.js';
import { importSignature, message } from '../spec/message.js';
import { group, many, one, opt } from '../spec/nodes.js';
import { residentIdWhenType1, uniqueGuids, type Site } from '../spec/rules.js';
import { f } from '../spec/scalars.js';

/** Import payment (支付单) CEB411 and its receipt CEB412 (customs-ceb.md §3 "CEB411"). */

const site: Site = { entity: 'Payment', head: 'PaymentHead' };

const PaymentHead = group({
  guid: f.guid(),
  appType: f.appType(),
  appTime: f.dateTime14(),
  appStatus: f.appStatus({ min: 1, max: 3 }),
  payCode: f.enterpriseCode({ min: 1, max: 18 }),
  payName: f.text({ min: 1, max: 100 }),
  payTransactionId: f.text({ min: 1, max: 60 }),
  orderNo: f.text({ min: 1, max: 60 }),
  // As in CEB311: an unregistered platform's e-port identifier has no published format.
  ebpCode: f.text({ min: 1, max: 18 }),
  ebpName: f.text({ min: 1, max: 100 }),
  // "1-身份证,2-其它。限定为身份证，填写“1”".
  payerIdType: f.oneOf(['1'], { len: 1 }),
  payerIdNumber: f.text({ min: 1, max: 60 }),
  payerName: f.text({ min: 1, max: 60 }),
  telephone: opt(f.text({ max: 60 })),
  amountPaid: f.decimal(),
  currency: f.cny(),
  payTime: f.dateTime14(),
  note: opt(f.text({ max: 1000 })),
});

const Payment = group({ PaymentHead: one(PaymentHead) });

export const ceb411 = message({
  type: 'CEB411',
  family: 'import',
  direction: 'outbound',
  title: { zh: '进口支付单', en: 'import payment' },
  root: group({ ...outboundAttributes, Payment: many(Payment, 1, 100), ...importEnvelope }),
  signature: importSignature(false),
  rules: [uniqueGuids(site), residentIdWhenType1(site, 'payerIdType', 'payerIdNumber')],
});

const PaymentReturn = group({
  guid: f.inbound({ len: 36 }),
  payCode: f.inbound({ max: 18, min: 1 }),
  payTransactionId: f.inbound({ max: 60, min: 1 }),
  returnStatus: f.inbound({ max: 10, min: 1 }),
  returnTime: f.inbound({ len: 17 }),
  returnInfo: f.inbound({ max: 1000, min: 1 }),
});

export const ceb412 = message({
  type: 'CEB412',
  family: 'import',
  direction: 'inbound',
  title: { zh: '进口支付单回执', en: 'import payment receipt' },
  root: group({ ...inboundAttributes, PaymentReturn: many(PaymentReturn, 1, 100) }),
  signature: null,
});
