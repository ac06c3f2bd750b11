import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { claimIdempotencyKey, completeIdempotencyKey } from '../modules/identity/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/context.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

/**
 * Idempotency-Key on POST requests: a retried request (a lost response, a double click) gets the first
 * response again and changes nothing twice.
 */
export function registerIdempotency(app: FastifyInstance, baseCtx: (req: FastifyRequest) => Ctx): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string' || !req.actor) return;
    if (!/^[A-Za-z0-9_.:-]{8,128}$/.test(key))
      throw AppError.field('Idempotency-Key', 'invalid_format', {
        zh: '幂等键应为 8–128 位字母、数字或 _ . : -',
        en: 'An Idempotency-Key has 8–128 letters, digits or _ . : -',
      });
    const hash = createHash('sha256')
      .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
      .digest('hex');
    const claim = await claimIdempotencyKey(baseCtx(req), req.actor.userId, key, hash);
    switch (claim.kind) {
      case 'claimed':
        req.idempotencyKey = key;
        return;
      case 'replay':
        reply.header('idempotent-replayed', 'true');
        if (claim.statusCode === 204) return reply.code(204).send();
        return reply
          .code(claim.statusCode)
          .type(
            claim.statusCode >= 400
              ? 'application/problem+json; charset=utf-8'
              : 'application/json; charset=utf-8',
          )
          .send(claim.body);
      case 'in_progress':
        throw new AppError('conflict', {
          zh: '相同幂等键的请求正在处理中',
          en: 'A request with this Idempotency-Key is still being processed',
        });
      case 'mismatch':
        throw new AppError('conflict', {
          zh: '该幂等键已用于内容不同的请求',
          en: 'This Idempotency-Key was used for a different request',
        });
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.idempotencyKey || !req.actor) return payload;
    let body: unknown = null;
    if (typeof payload === 'string' && payload.length) {
      try {
        body = JSON.parse(payload) as unknown;
      } catch {
        body = payload;
      }
    }
    await completeIdempotencyKey(baseCtx(req), req.actor.userId, req.idempotencyKey, reply.statusCode, body);
    return payload;
  });
}
