import type { z } from 'zod';
import { ceb507, ceb508 } from './families/arrival.js';
import { ceb605, ceb606, ceb623, ceb624 } from './families/cancel.js';
import { ceb509, ceb510 } from './families/departure.js';
import { ceb603, ceb604 } from './families/export-inventory.js';
import { ceb621, ceb622 } from './families/import-inventory.js';
import { ceb505, ceb506, ceb511, ceb512 } from './families/logistics.js';
import { ceb303, ceb304, ceb311, ceb312 } from './families/order.js';
import { ceb411, ceb412 } from './families/payment.js';
import { ceb403, ceb404 } from './families/receipts.js';
import { ceb625, ceb626 } from './families/refund.js';
import { ceb701, ceb702, ceb792 } from './families/summary.js';
import { ceb607, ceb608 } from './families/waybill.js';
import type { MessageSpec } from './spec/message.js';

/** Every CEB message type this layer reads and writes, by type code. */
export const cebMessages = {
  CEB303: ceb303,
  CEB304: ceb304,
  CEB403: ceb403,
  CEB404: ceb404,
  CEB505: ceb505,
  CEB506: ceb506,
  CEB507: ceb507,
  CEB508: ceb508,
  CEB509: ceb509,
  CEB510: ceb510,
  CEB603: ceb603,
  CEB604: ceb604,
  CEB605: ceb605,
  CEB606: ceb606,
  CEB607: ceb607,
  CEB608: ceb608,
  CEB701: ceb701,
  CEB702: ceb702,
  CEB792: ceb792,
  CEB311: ceb311,
  CEB312: ceb312,
  CEB411: ceb411,
  CEB412: ceb412,
  CEB511: ceb511,
  CEB512: ceb512,
  CEB621: ceb621,
  CEB622: ceb622,
  CEB623: ceb623,
  CEB624: ceb624,
  CEB625: ceb625,
  CEB626: ceb626,
} as const;

export type CebMessageType = keyof typeof cebMessages;

/** The model of a message: what parsing yields and what the producer writes. */
export type CebMessage<T extends CebMessageType = CebMessageType> = z.output<
  (typeof cebMessages)[T]['schema']
>;

/** What a caller may hand to the producer or the validator: lists that may be empty may be omitted. */
export type CebMessageInput<T extends CebMessageType = CebMessageType> = z.input<
  (typeof cebMessages)[T]['schema']
>;

export const cebMessageTypes = Object.keys(cebMessages) as CebMessageType[];

export function isCebMessageType(value: string): value is CebMessageType {
  return Object.hasOwn(cebMessages, value);
}

export function messageSpec(type: CebMessageType): MessageSpec {
  return cebMessages[type];
}

const byRootElement = new Map<string, MessageSpec & { type: CebMessageType }>(
  Object.values(cebMessages).map((spec) => [spec.rootElement, spec]),
);

export function specForRootElement(name: string): (MessageSpec & { type: CebMessageType }) | undefined {
  return byRootElement.get(name);
}
