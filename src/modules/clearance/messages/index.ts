/**
 * The CEB message layer of the clearance module: typed models, parsing, validation and production of
 * China Customs' cross-border e-commerce messages (统一版 202205). Pure: no database, no network.
 * See README.md beside this file.
 */
export {
  parseCebMessage,
  type ParseFailure,
  type ParseOptions,
  type ParseResult,
  type ParseSuccess,
  type SignatureInfo,
} from './parse.js';
export { validateCebMessage, type ValidationResult } from './validate.js';
export { produceCebMessage, type ProduceOptions } from './produce.js';
export { signatureErrors, signatureNeeded } from './signature.js';
export {
  cebMessages,
  cebMessageTypes,
  isCebMessageType,
  type CebMessage,
  type CebMessageInput,
  type CebMessageType,
} from './registry.js';
export { codeTable, isCode, type CodeTableName } from './code-tables/code-tables.js';
export { defaultLimits, type XmlLimits } from './xml/limits.js';
export { CEB_NS, DS_NS } from './xml/namespaces.js';
export type { Direction, Family, MessageSpec } from './spec/message.js';
export type * from './types.js';
