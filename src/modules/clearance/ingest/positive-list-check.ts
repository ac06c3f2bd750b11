import type { FieldError } from '../../../shared/app-error.js';
import { isOnPositiveList, type ImportTradeMode, type PositiveList } from '../tax/index.js';
import type { DocumentIn } from './message-documents.js';

/**
 * Retail import goods must be on the positive list (跨境电子商务零售进口商品清单, 财政部等八部门公告2022年第7号)
 * on the day the inventory arrives; a line that is not refuses its inventory.
 */
export function positiveListErrors(docs: DocumentIn[], list: PositiveList, date: string): FieldError[] {
  const errors: FieldError[] = [];
  docs.forEach((d, i) => {
    if (d.kind !== 'inventory' || d.flow !== 'import' || !d.parcel) return;
    const mode = d.parcel.tradeMode === '1239' ? '1210' : d.parcel.tradeMode;
    for (const g of d.parcel.goods)
      if (!isOnPositiveList(list, g.gcode, date, mode as ImportTradeMode))
        errors.push({
          field: `documents[${i}].InventoryList[gnum=${g.gnum}].gcode`,
          code: 'not_on_positive_list',
          message: {
            zh: `商品编码 ${g.gcode} 不在跨境电子商务零售进口商品清单内`,
            en: `HS code ${g.gcode} is not on the retail import positive list`,
          },
        });
  });
  return errors;
}
