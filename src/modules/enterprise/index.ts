/** Enterprise filing (备案): the shared register of filed enterprises, individual sellers and their shops. */
export { createFiling, insertFiling } from './create-filing.js';
export { updateFiling } from './update-filing.js';
export { submitFiling } from './submit-filing.js';
export { approveFiling } from './approve-filing.js';
export { returnFiling } from './return-filing.js';
export { getEnterprise, type EnterpriseDetail } from './get-enterprise.js';
export { listEnterprises } from './list-enterprises.js';
export { exportEnterprises } from './export-enterprises.js';
export { addShop, closeShop } from './manage-shops.js';
export { registerEnterpriseAccount } from './register-enterprise-account.js';
export { getFiledIdentity, type FiledIdentity } from './get-filed-identity.js';
export {
  listCustomsRegister,
  listRegisterFacts,
  type CustomsRegisterEntry,
  type RegisterFacts,
} from './list-register-facts.js';
export { registerCountsAt, type RegisterCounts } from './register-counts.js';
export { importEnterprises, type ImportReport } from './import-enterprises.js';
export { readImportFile, importTemplate, IMPORT_COLUMNS } from './import-file.js';
export type { EnterpriseView, ShopView, HistoryView } from './enterprise-view.js';
export * from './enterprise.schemas.js';
export { FILING_TRANSITIONS } from './filing-status.js';
