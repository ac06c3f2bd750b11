export { checkUscc, usccCheckCharacter, USCC_CHARSET, type UsccCheck } from './uscc.js';
export { checkResidentId, residentIdCheckDigit, type ResidentIdCheck } from './resident-id.js';
export { isCustomsCode, CUSTOMS_CODE_PATTERN } from './customs-code.js';
