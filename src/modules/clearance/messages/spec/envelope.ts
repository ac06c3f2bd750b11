import { z } from 'zod';
import { docMsg, issueParams, typeError } from '../errors.js';
import { checkExtensionContent } from '../xml/fragment.js';
import { attr, group, many, one, opt, raw } from './nodes.js';
import { f } from './scalars.js';

/**
 * The parts every CEB message shares (customs-ceb.md §1 "Root element", "BaseTransfer",
 * "BaseSubscribe"): the root attributes, the transfer block, subscriptions and the extension block.
 */

/** Root attributes of what we send: guid "36位系统唯一序号（英文字母大写）", version "默认1.0". */
export const outboundAttributes = {
  guid: attr(f.guid()),
  version: attr(f.text({ max: 10, min: 1 })),
};

/** Root attributes of what customs sends, as the XSD allows them. */
export const inboundAttributes = {
  guid: attr(f.inbound({ len: 36 })),
  version: attr(f.inbound({ max: 10, min: 1 })),
};

/** dxpMode "默认为DXP；指中国电子口岸数据交换平台" — the only exchange the spec names. */
const dxpMode = () => f.oneOf(['DXP'], { len: 3 });

/** customs-ceb.md §1 BaseTransfer: copCode must be the enterprise identity of the access client. */
const baseTransfer = (copCode: { min?: number; max: number }) =>
  group({
    copCode: f.enterpriseCode(copCode),
    copName: f.text({ max: 100 }),
    dxpMode: dxpMode(),
    dxpId: f.text({ max: 30 }),
    note: opt(f.text({ max: 1000 })),
  });

export const BaseTransferExport = baseTransfer({ max: 18 });
export const BaseTransferImport = baseTransfer({ max: 18, min: 1 });

/** ALL-订阅数据和回执, DATA-只订阅数据, RET-只订阅回执. */
export const BaseSubscribe = group({
  status: f.oneOf(['ALL', 'DATA', 'RET'], { max: 100 }),
  dxpMode: dxpMode(),
  dxpAddress: f.text({ max: 100 }),
  note: opt(f.text({ max: 1000 })),
});

/** Message is xs:any, processContents="skip": one well-formed element at most, carried verbatim. */
const extensionContent = z.string({ error: typeError('notString') }).check((ctx) => {
  const fault = checkExtensionContent(ctx.value);
  if (fault)
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: fault,
      params: issueParams('invalid_fragment', docMsg.fragment(fault)),
    });
});

export const ExtendMessage = group({
  name: f.text({ max: 30 }),
  version: f.text({ max: 30 }),
  Message: raw(extensionContent),
});

export const exportEnvelope = {
  BaseTransfer: one(BaseTransferExport),
  BaseSubscribe: many(BaseSubscribe, 0, 5),
  ExtendMessage: opt(one(ExtendMessage)),
};

export const importEnvelope = {
  BaseTransfer: one(BaseTransferImport),
  BaseSubscribe: many(BaseSubscribe, 0, 5),
  ExtendMessage: opt(one(ExtendMessage)),
};
