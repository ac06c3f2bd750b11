import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../../http/app.js';
import { ZAuditQuery, listAudit } from './list-audit.js';
import { checkAuditChain } from './verify-audit-chain.js';

export const auditRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['audit'];
    app.get(
      '/audit',
      { schema: { tags, summary: '审计日志 / Audit trail', querystring: ZAuditQuery } },
      async (req) => listAudit(baseCtx(req), req.query),
    );
    app.get(
      '/audit/verify',
      { schema: { tags, summary: '校验哈希链 / Verify the hash chain' } },
      async (req) => checkAuditChain(baseCtx(req)),
    );
  };
