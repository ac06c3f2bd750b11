import { randomUUID } from 'node:crypto';
import { produceCebMessage } from '../../src/modules/clearance/index.js';
import type { CebMessage, CebMessageType } from '../../src/modules/clearance/messages/registry.js';
import {
  importInventory,
  importOrder,
  importPayment,
  importWaybill,
} from '../../src/modules/clearance/messages/test-support/examples.js';

/** The customs codes the example import parcel names: platform, e-commerce firm, payment, logistics. */
export const PARCEL_CODES = { ebc: '4302960A01', pay: '4302960Z01', logistics: '4302960L01' } as const;

const upper = () => randomUUID().toUpperCase();

/** A fresh root guid (and head guids), the sender's copCode, then the XML. */
export function xmlOf<T extends CebMessageType>(
  type: T,
  message: CebMessage<T>,
  copCode: string,
  freshGuids = true,
): string {
  const m = structuredClone(message) as CebMessage<T> & { guid: string; BaseTransfer: { copCode: string } };
  if (freshGuids) m.guid = upper();
  m.BaseTransfer.copCode = copCode;
  return produceCebMessage(type, m as never);
}

/** The example 9610 import parcel (order, payment, waybill, inventory), renumbered so parcels never collide. */
export function importParcel(n: number) {
  const orderNo = `ZZ${String(n).padStart(12, '0')}`;
  const logisticsNo = `LP${String(n).padStart(11, '0')}CN`;
  const order = importOrder();
  const payment = importPayment();
  const waybill = importWaybill();
  const inventory = importInventory();
  for (const o of order.Order) {
    o.OrderHead.guid = upper();
    o.OrderHead.orderNo = orderNo;
  }
  for (const p of payment.Payment) {
    p.PaymentHead.guid = upper();
    p.PaymentHead.orderNo = orderNo;
    p.PaymentHead.payTransactionId = `PAY${orderNo}`;
  }
  for (const w of waybill.Logistics) {
    w.LogisticsHead.guid = upper();
    w.LogisticsHead.orderNo = orderNo;
    w.LogisticsHead.logisticsNo = logisticsNo;
  }
  for (const i of inventory.Inventory) {
    i.InventoryHead.guid = upper();
    i.InventoryHead.orderNo = orderNo;
    i.InventoryHead.logisticsNo = logisticsNo;
    i.InventoryHead.copNo = `COP${n}`;
  }
  return { order, payment, waybill, inventory, orderNo, logisticsNo };
}
