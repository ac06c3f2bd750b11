import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateSession, authenticateToken, type LoginResult } from '../modules/identity/index.js';
import { AppError } from '../shared/app-error.js';
import type { Actor, Ctx } from '../shared/context.js';

export const SESSION_COOKIE = 'cbec_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves who is calling on every request: an API token (Authorization: Bearer) or a session cookie.
 * Cookie-authenticated requests that change anything must echo the session's CSRF token.
 */
export function registerAuth(app: FastifyInstance, baseCtx: (req: FastifyRequest) => Ctx): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return;
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = m?.[1] ? await authenticateToken(baseCtx(req), m[1]) : undefined;
      if (!actor)
        throw new AppError('unauthenticated', {
          zh: 'API 令牌无效、已过期或已吊销',
          en: 'The API token is invalid, expired or revoked',
        });
      req.actor = actor;
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await authenticateSession(baseCtx(req), token);
    if (!session) return;
    req.actor = session.actor;
    req.csrfToken = session.csrfToken;
    req.sessionToken = token;
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) throw new AppError('csrf_failed');
    }
  });
}

/** Sets the session cookie: HttpOnly (no script reads it), SameSite=Strict (no cross-site sends). */
export function setSessionCookie(reply: FastifyReply, result: LoginResult, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, result.sessionToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: result.expiresAt,
  });
  return { user: result.user, csrfToken: result.csrfToken };
}
