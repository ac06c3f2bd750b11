/** The audit trail: an append-only, hash-chained record of every change. */
export { appendAudit, type AuditEntry } from './append-audit.js';
export { verifyAuditChain, checkAuditChain, type ChainVerdict } from './verify-audit-chain.js';
export { listAudit, ZAuditQuery, type AuditRecordView } from './list-audit.js';
export { auditHash, canonicalJson, ChainVerifier, inCanonicalOrder, GENESIS_HASH } from './audit-hash.js';
