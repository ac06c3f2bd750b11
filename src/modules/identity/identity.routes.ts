import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app.js';
import { SESSION_COOKIE, setSessionCookie } from '../../http/auth.js';
import { sha256Hex } from '../../shared/crypto.js';
import { changePassword } from './change-password.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import { logout } from './authenticate.js';
import { createUser } from './create-user.js';
import { getCurrentUser } from './get-current-user.js';
import {
  ZChangePasswordInput,
  ZCreateTokenInput,
  ZCreateUserInput,
  ZLoginInput,
  ZUpdateUserInput,
  ZUserQuery,
} from './identity.schemas.js';
import { listUsers } from './list-users.js';
import { login } from './login.js';
import { updateUser } from './update-user.js';

const ZId = z.object({ id: z.uuid() });

export const identityRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['identity'];

    app.post(
      '/auth/login',
      { schema: { tags, summary: '登录 / Log in', body: ZLoginInput, security: [] } },
      async (req, reply) => {
        const ctx = baseCtx(req);
        return setSessionCookie(reply, await login(ctx, req.body), ctx.config.secureCookies);
      },
    );

    app.post('/auth/logout', { schema: { tags, summary: '退出 / Log out' } }, async (req, reply) => {
      if (req.sessionToken) await logout(baseCtx(req), req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    });

    app.get('/auth/me', { schema: { tags, summary: '当前用户 / Current user' } }, async (req) => ({
      user: await getCurrentUser(baseCtx(req)),
      csrfToken: req.csrfToken,
    }));

    app.post(
      '/auth/password',
      { schema: { tags, summary: '修改密码 / Change password', body: ZChangePasswordInput } },
      async (req, reply) => {
        await changePassword(
          baseCtx(req),
          req.body,
          req.sessionToken ? sha256Hex(req.sessionToken) : undefined,
        );
        return reply.code(204).send();
      },
    );

    app.get(
      '/users',
      { schema: { tags, summary: '用户列表 / Users', querystring: ZUserQuery } },
      async (req) => listUsers(baseCtx(req), req.query),
    );
    app.post(
      '/users',
      { schema: { tags, summary: '新增用户 / Add a user', body: ZCreateUserInput } },
      async (req, reply) => reply.code(201).send(await createUser(baseCtx(req), req.body)),
    );
    app.patch(
      '/users/:id',
      { schema: { tags, summary: '修改用户 / Change a user', params: ZId, body: ZUpdateUserInput } },
      async (req) => updateUser(baseCtx(req), req.params.id, req.body),
    );

    app.get('/tokens', { schema: { tags, summary: 'API 令牌 / API tokens' } }, async (req) =>
      listApiTokens(baseCtx(req)),
    );
    app.post(
      '/tokens',
      { schema: { tags, summary: '创建 API 令牌 / Create an API token', body: ZCreateTokenInput } },
      async (req, reply) => reply.code(201).send(await createApiToken(baseCtx(req), req.body)),
    );
    app.delete(
      '/tokens/:id',
      { schema: { tags, summary: '吊销 API 令牌 / Revoke an API token', params: ZId } },
      async (req, reply) => {
        await revokeApiToken(baseCtx(req), req.params.id);
        return reply.code(204).send();
      },
    );
  };
