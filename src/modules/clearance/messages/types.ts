import type { CebMessage } from './registry.js';

/**
 * One name per message model, for readers of other modules. Field names are the standard's own
 * (customs-ceb.md §3; glossary: keep the message's field names at the message boundary).
 */

// Export (出口), export XSD
export type Ceb303ExportOrder = CebMessage<'CEB303'>;
export type Ceb304ExportOrderReceipt = CebMessage<'CEB304'>;
export type Ceb403ReceiptOfPayment = CebMessage<'CEB403'>;
export type Ceb404ReceiptOfPaymentReceipt = CebMessage<'CEB404'>;
export type Ceb505ExportWaybill = CebMessage<'CEB505'>;
export type Ceb506ExportWaybillReceipt = CebMessage<'CEB506'>;
export type Ceb507Arrival = CebMessage<'CEB507'>;
export type Ceb508ArrivalReceipt = CebMessage<'CEB508'>;
export type Ceb509Departure = CebMessage<'CEB509'>;
export type Ceb510DepartureReceipt = CebMessage<'CEB510'>;
export type Ceb603ExportInventory = CebMessage<'CEB603'>;
export type Ceb604ExportInventoryReceipt = CebMessage<'CEB604'>;
export type Ceb605ExportInventoryCancel = CebMessage<'CEB605'>;
export type Ceb606ExportInventoryCancelReceipt = CebMessage<'CEB606'>;
export type Ceb607MasterBill = CebMessage<'CEB607'>;
export type Ceb608MasterBillReceipt = CebMessage<'CEB608'>;
export type Ceb701SummaryApplication = CebMessage<'CEB701'>;
export type Ceb702SummaryApplicationReceipt = CebMessage<'CEB702'>;
export type Ceb792SummaryResult = CebMessage<'CEB792'>;

// Import (进口), import XSD
export type Ceb311ImportOrder = CebMessage<'CEB311'>;
export type Ceb312ImportOrderReceipt = CebMessage<'CEB312'>;
export type Ceb411ImportPayment = CebMessage<'CEB411'>;
export type Ceb412ImportPaymentReceipt = CebMessage<'CEB412'>;
export type Ceb511ImportWaybill = CebMessage<'CEB511'>;
export type Ceb512ImportWaybillReceipt = CebMessage<'CEB512'>;
export type Ceb621ImportInventory = CebMessage<'CEB621'>;
export type Ceb622ImportInventoryReceipt = CebMessage<'CEB622'>;
export type Ceb623ImportInventoryCancel = CebMessage<'CEB623'>;
export type Ceb624ImportInventoryCancelReceipt = CebMessage<'CEB624'>;
export type Ceb625ImportReturn = CebMessage<'CEB625'>;
export type Ceb626ImportReturnReceipt = CebMessage<'CEB626'>;

/** The shared envelope block (customs-ceb.md §1 BaseTransfer). */
export type BaseTransfer = CebMessage<'CEB303'>['BaseTransfer'];
export type BaseSubscribe = CebMessage<'CEB303'>['BaseSubscribe'][number];
export type ExtendMessage = NonNullable<CebMessage<'CEB303'>['ExtendMessage']>;
