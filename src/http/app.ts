import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from '../config/config.js';
import type { DatabaseHandle } from '../db/database.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { clearanceRoutes } from '../modules/clearance/clearance.routes.js';
import { enterpriseRoutes } from '../modules/enterprise/enterprise.routes.js';
import { governanceRoutes } from '../modules/governance/governance.routes.js';
import { sampleRoutes } from '../modules/statistics/sample/sample.routes.js';
import { monthlyReportRoutes } from '../modules/statistics/monthly-report.routes.js';
import { statisticsRoutes } from '../modules/statistics/statistics.routes.js';
import { identityRoutes } from '../modules/identity/identity.routes.js';
import { policyRoutes } from '../modules/policy/policy.routes.js';
import { subsidyRoutes } from '../modules/subsidy/subsidy.routes.js';
import { zoneRoutes } from '../modules/zone/zone.routes.js';
import { AppError } from '../shared/app-error.js';
import type { Clock } from '../shared/clock.js';
import type { Ctx } from '../shared/context.js';
import type { DataProtector } from '../shared/crypto.js';
import { registerAuth } from './auth.js';
import { registerIdempotency } from './idempotency.js';
import { sendProblem } from './problem.js';

export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  protector: DataProtector;
  /** The built web UI to serve; omitted → API only. */
  webDir?: string | undefined;
}

export type App = FastifyInstance;

/** The HTTP adapter: builds a use-case context per request and maps errors to problem+json. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : {
            level: deps.config.logLevel,
            // Credentials and personal data never reach the log.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
          },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  // Use cases validate their own input with the same zod schemas (one place, bilingual field errors);
  // the route schemas describe the API for OpenAPI.
  app.setValidatorCompiler(() => (data: unknown) => ({ value: data }));

  const baseCtx = (req: FastifyRequest): Ctx => ({
    db: deps.database.db,
    actor: req.actor ?? null,
    clock: deps.clock,
    requestId: String(req.id),
    config: deps.config,
    protector: deps.protector,
    statistics: deps.database.statistics,
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) return sendProblem(reply, err);
    const e = err as { statusCode?: number; code?: string; message: string };
    if (e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE')
      return sendProblem(reply, new AppError('payload_too_large'));
    if (e.statusCode === 415) return sendProblem(reply, new AppError('unsupported_media_type'));
    if (e.statusCode === 400)
      return sendProblem(
        reply,
        AppError.field('(body)', 'malformed', {
          zh: '请求内容无法解析',
          en: `The request body cannot be parsed: ${e.message}`,
        }),
      );
    req.log.error({ err }, 'unhandled error');
    return sendProblem(reply, new AppError('internal'));
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Only behind HTTPS: on plain HTTP (a local or intranet deployment) it would break every request.
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'cbec-zone API — 跨境电商综试区线上综合服务平台',
        version: '0.1.0',
        description:
          'The single window of the cross-border e-commerce comprehensive pilot zones. Sessions use the cbec_session cookie plus the x-csrf-token header; integrations use Bearer API tokens. Errors are application/problem+json with Chinese and English messages.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cbec_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, baseCtx);
  registerIdempotency(app, baseCtx);

  app.get('/health', { schema: { hide: true } }, async () => {
    await deps.database.db.selectFrom('zone').select('code').limit(1).execute();
    return { status: 'ok', database: deps.database.kind };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const routeDeps = { baseCtx };
  await app.register(zoneRoutes(routeDeps), { prefix: '/api' });
  await app.register(identityRoutes(routeDeps), { prefix: '/api' });
  await app.register(enterpriseRoutes(routeDeps), { prefix: '/api' });
  await app.register(auditRoutes(routeDeps), { prefix: '/api' });
  await app.register(clearanceRoutes(routeDeps), { prefix: '/api' });
  await app.register(policyRoutes(routeDeps), { prefix: '/api' });
  await app.register(subsidyRoutes(routeDeps), { prefix: '/api' });
  await app.register(governanceRoutes(routeDeps), { prefix: '/api' });
  await app.register(sampleRoutes(routeDeps), { prefix: '/api' });
  await app.register(statisticsRoutes(routeDeps), { prefix: '/api' });
  await app.register(monthlyReportRoutes(routeDeps), { prefix: '/api' });

  const webDir = deps.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    // Wildcard: files built after start are served too; misses fall through to the handler below.
    await app.register(fastifyStatic, { root: webDir, wildcard: true, index: 'index.html' });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || !webDir || req.method !== 'GET')
      return sendProblem(reply, AppError.notFound({ zh: '该资源', en: 'Resource' }));
    // The SPA's client-side routes.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  return app;
}

export interface RouteDeps {
  baseCtx: (req: FastifyRequest) => Ctx;
}
