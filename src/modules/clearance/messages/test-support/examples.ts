import { residentIdCheckDigit } from '../../../../shared/identifiers/index.js';
import type { CebMessage } from '../registry.js';

/**
 * Hand-written, business-valid example messages: a Zhuzhou e-commerce firm's 9610 direct-purchase
 * import parcel (order, payment, waybill, inventory, consistent with one another) and an export
 * order. Test support only; every value is invented.
 */

const first17 = '43020219900307251';
/** An invented resident ID with a correct check character. */
export const buyerId = first17 + residentIdCheckDigit(first17);

const transfer = {
  copCode: '4302960A01',
  copName: '株洲示例跨境电商有限公司',
  dxpMode: 'DXP',
  dxpId: 'DXPENT0000000001',
};

export function importOrder(): CebMessage<'CEB311'> {
  return {
    guid: 'A1B2C3D4-0000-4000-8000-000000000311',
    version: '1.0',
    Order: [
      {
        OrderHead: {
          guid: 'A1B2C3D4-0000-4000-8000-000000003110',
          appType: '1',
          appTime: '20250618093015',
          appStatus: '2',
          orderType: 'I',
          orderNo: 'ZZ202506180001',
          ebpCode: '4302960P01',
          ebpName: '株洲示例跨境商城',
          ebcCode: '4302960A01',
          ebcName: '株洲示例跨境电商有限公司',
          goodsValue: '259.80',
          freight: '10',
          discount: '20.00',
          taxTotal: '23.64',
          acturalPaid: '273.44',
          currency: '142',
          buyerRegNo: 'buyer-0001',
          buyerName: '张三',
          buyerTelephone: '13800000000',
          buyerIdType: '1',
          buyerIdNumber: buyerId,
          payCode: '4302960Z01',
          payName: '示例支付有限公司',
          payTransactionId: 'PAY202506180001',
          consignee: '张三',
          consigneeTelephone: '13800000000',
          consigneeAddress: '湖南省株洲市天元区示例路1号',
          consigneeDistrict: '430211',
        },
        OrderList: [
          {
            gnum: 1,
            itemNo: 'SKU-001',
            itemName: '婴儿配方奶粉',
            gmodel: '900克/罐，1段',
            barCode: '4006381333931',
            unit: '122',
            qty: '2',
            price: '99.90',
            totalPrice: '199.80',
            currency: '142',
            country: '304',
          },
          {
            gnum: 2,
            itemNo: 'SKU-002',
            itemName: '维生素软糖',
            gmodel: '60粒/瓶',
            unit: '142',
            qty: '1',
            price: '60',
            totalPrice: '60.00',
            currency: '142',
            country: '601',
          },
        ],
      },
    ],
    BaseTransfer: transfer,
    BaseSubscribe: [],
  };
}

export function importPayment(): CebMessage<'CEB411'> {
  return {
    guid: 'A1B2C3D4-0000-4000-8000-000000000411',
    version: '1.0',
    Payment: [
      {
        PaymentHead: {
          guid: 'A1B2C3D4-0000-4000-8000-000000004110',
          appType: '1',
          appTime: '20250618093100',
          appStatus: '2',
          payCode: '4302960Z01',
          payName: '示例支付有限公司',
          payTransactionId: 'PAY202506180001',
          orderNo: 'ZZ202506180001',
          ebpCode: '4302960P01',
          ebpName: '株洲示例跨境商城',
          payerIdType: '1',
          payerIdNumber: buyerId,
          payerName: '张三',
          telephone: '13800000000',
          amountPaid: '273.44',
          currency: '142',
          payTime: '20250618093040',
        },
      },
    ],
    BaseTransfer: transfer,
    BaseSubscribe: [],
  };
}

export function importWaybill(): CebMessage<'CEB511'> {
  return {
    guid: 'A1B2C3D4-0000-4000-8000-000000000511',
    version: '1.0',
    Logistics: [
      {
        LogisticsHead: {
          guid: 'A1B2C3D4-0000-4000-8000-000000005110',
          appType: '1',
          appTime: '20250618100000',
          appStatus: '2',
          logisticsCode: '4302960L01',
          logisticsName: '示例国际物流有限公司',
          logisticsNo: 'LP00012345678CN',
          billNo: '784-12345675',
          orderNo: 'ZZ202506180001',
          freight: '10',
          insuredFee: '0',
          currency: '142',
          weight: '2.35',
          packNo: 1,
          goodsInfo: '奶粉2罐，软糖1瓶',
          consignee: '张三',
          consigneeAddress: '湖南省株洲市天元区示例路1号',
          consigneeTelephone: '13800000000',
        },
      },
    ],
    BaseTransfer: transfer,
    BaseSubscribe: [],
  };
}

export function importInventory(): CebMessage<'CEB621'> {
  return {
    guid: 'A1B2C3D4-0000-4000-8000-000000000621',
    version: '1.0',
    Inventory: [
      {
        InventoryHead: {
          guid: 'A1B2C3D4-0000-4000-8000-000000006210',
          appType: '1',
          appTime: '20250618110000',
          appStatus: '2',
          orderNo: 'ZZ202506180001',
          ebpCode: '4302960P01',
          ebpName: '株洲示例跨境商城',
          ebcCode: '4302960A01',
          ebcName: '株洲示例跨境电商有限公司',
          logisticsNo: 'LP00012345678CN',
          logisticsCode: '4302960L01',
          logisticsName: '示例国际物流有限公司',
          copNo: 'COP202506180001',
          assureCode: '4302960A01',
          ieFlag: 'I',
          declTime: '20250618',
          customsCode: '4900',
          portCode: '4908',
          ieDate: '20250617',
          buyerIdType: '1',
          buyerIdNumber: buyerId,
          buyerName: '张三',
          buyerTelephone: '13800000000',
          consigneeAddress: '湖南省株洲市天元区示例路1号',
          agentCode: '4302980B01',
          agentName: '示例报关有限公司',
          tradeMode: '9610',
          trafMode: '5',
          trafNo: 'CZ3101',
          voyageNo: '20250617',
          billNo: '784-12345675',
          country: '304',
          freight: '10',
          insuredFee: '0',
          currency: '142',
          packNo: 1,
          grossWeight: '2.35',
          netWeight: '2.1',
        },
        InventoryList: [
          {
            gnum: 1,
            itemNo: 'SKU-001',
            itemName: '婴儿配方奶粉',
            gcode: '1901101000',
            gname: '婴儿配方奶粉',
            gmodel: '900克/罐，1段',
            barCode: '4006381333931',
            country: '304',
            currency: '142',
            qty: '2',
            unit: '122',
            qty1: '1.8',
            unit1: '035',
            price: '99.90',
            totalPrice: '199.80',
          },
          {
            gnum: 2,
            itemNo: 'SKU-002',
            itemName: '维生素软糖',
            gcode: '2106909090',
            gname: '维生素软糖',
            gmodel: '60粒/瓶',
            country: '601',
            currency: '142',
            qty: '1',
            unit: '142',
            qty1: '0.3',
            unit1: '035',
            price: '60',
            totalPrice: '60',
          },
        ],
      },
    ],
    BaseTransfer: transfer,
    BaseSubscribe: [],
  };
}

export function exportOrder(): CebMessage<'CEB303'> {
  return {
    guid: 'A1B2C3D4-0000-4000-8000-000000000303',
    version: '1.0',
    Order: [
      {
        OrderHead: {
          guid: 'A1B2C3D4-0000-4000-8000-000000003030',
          appType: '1',
          appTime: '20250618093015',
          appStatus: '2',
          orderType: 'E',
          orderNo: 'EX202506180001',
          ebpCode: '无',
          ebpName: 'Example Marketplace',
          ebcCode: '4302960A01',
          ebcName: '株洲示例跨境电商有限公司',
          goodsValue: '45.50',
          freight: '0',
          currency: '502',
        },
        OrderList: [
          {
            gnum: 1,
            itemNo: 'HC-01',
            itemName: '硬质合金刀片',
            unit: '011',
            currency: '502',
            qty: '10',
            price: '3.55',
            totalPrice: '35.50',
          },
          {
            gnum: 2,
            itemNo: 'HC-02',
            itemName: '刀杆',
            unit: '011',
            currency: '502',
            qty: '1',
            price: '10',
            totalPrice: '10',
          },
          {
            gnum: 3,
            itemNo: 'HC-03',
            itemName: '包装盒',
            unit: '140',
            currency: '502',
            qty: '1',
            price: '0',
            totalPrice: '0',
          },
        ],
      },
    ],
    BaseTransfer: transfer,
    BaseSubscribe: [],
  };
}
