import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../../http/app.js';
import { listZones } from './list-zones.js';

export const zoneRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/zones', { schema: { tags: ['zones'], summary: '综试区 / Zones', security: [] } }, async (req) =>
      listZones(baseCtx(req)),
    );
  };
