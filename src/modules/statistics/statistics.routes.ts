import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../../http/app.js';
import { listExchangeRates, recordExchangeRate } from './manage-exchange-rates.js';
import {
  ZBreakdownQuery,
  ZExchangeRateInput,
  ZFigureQuery,
  ZRecordsQuery,
  ZTrendQuery,
} from './statistics.schemas.js';
import { tradeBreakdown, tradeFigureRecords, tradeOverview, tradeTrend } from './trade-statistics.js';
import { ZIndexQuery, zoneDevelopmentIndex } from './zone-development-index.js';

export const statisticsRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['statistics'];
    app.get(
      '/statistics/overview',
      {
        schema: {
          tags,
          summary:
            '进出口总览（同比、环比、贸易方式）/ Trade overview: year-on-year, month-on-month, trade modes',
          querystring: ZFigureQuery,
        },
      },
      async (req) => tradeOverview(baseCtx(req), req.query),
    );
    app.get(
      '/statistics/breakdown',
      {
        schema: {
          tags,
          summary:
            '分类统计（贸易方式、国别、商品章、企业、园区、县区）/ Breakdown by trade mode, country, HS chapter, enterprise, park or county',
          querystring: ZBreakdownQuery,
        },
      },
      async (req) => tradeBreakdown(baseCtx(req), req.query),
    );
    app.get(
      '/statistics/trend',
      { schema: { tags, summary: '趋势 / Trend over periods', querystring: ZTrendQuery } },
      async (req) => tradeTrend(baseCtx(req), req.query),
    );
    app.get(
      '/statistics/records',
      {
        schema: {
          tags,
          summary: '数据穿透：统计数下的清单 / Drill-down: the inventories under a figure',
          querystring: ZRecordsQuery,
        },
      },
      async (req) => tradeFigureRecords(baseCtx(req), req.query),
    );
    app.get(
      '/statistics/development-index',
      {
        schema: {
          tags,
          summary:
            '发展指数（季度，基期=100；方法见 docs/methods/development-index.md）/ Development index per quarter (base = 100)',
          querystring: ZIndexQuery,
        },
      },
      async (req) => zoneDevelopmentIndex(baseCtx(req), req.query),
    );
    app.get(
      '/statistics/exchange-rates',
      { schema: { tags, summary: '折算汇率表 / The dated exchange-rate table' } },
      async (req) => listExchangeRates(baseCtx(req)),
    );
    app.post(
      '/statistics/exchange-rates',
      { schema: { tags, summary: '登记汇率 / Record a rate', body: ZExchangeRateInput } },
      async (req, reply) => reply.code(201).send(await recordExchangeRate(baseCtx(req), req.body)),
    );
  };
