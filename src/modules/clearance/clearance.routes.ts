import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app.js';
import { flatFieldError } from '../../http/problem.js';
import { AppError } from '../../shared/app-error.js';
import { ZParcelQuery, ZStatusCountQuery } from './clearance.schemas.js';
import { ingestJsonMessage, SENDABLE_MESSAGES } from './ingest/ingest-json-message.js';
import { GroupCommit } from './ingest/group-commit.js';
import type { RawMessage } from './ingest/ingest-messages.js';
import { cebMessages } from './messages/registry.js';
import { countParcelsByStatus, getParcel, listParcels } from './list-parcels.js';
import { buildSummaryDeclarations, ZBuildSummaries } from './summary/build-summary-declarations.js';
import {
  getSummary,
  listSummaries,
  summaryApplication,
  summaryWorkbook,
} from './summary/summary-documents.js';
import { ZPage } from '../../shared/validation.js';

const ZId = z.object({ id: z.uuid() });
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export const clearanceRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['clearance'];
    // Messages sent at the same time by one user are stored in one transaction (group-commit.ts).
    const intake = new GroupCommit();
    // CEB messages arrive as XML bodies; they are parsed by the message layer, not by Fastify.
    app.addContentTypeParser(
      ['application/xml', 'text/xml'],
      { parseAs: 'buffer', bodyLimit: MAX_MESSAGE_BYTES },
      (_req, body, done) => done(null, body),
    );

    app.post(
      '/clearance/messages',
      {
        bodyLimit: MAX_MESSAGE_BYTES,
        schema: {
          tags,
          summary: '发送报文 / Send CEB messages (one XML body, or multipart files)',
          description:
            'One CEB message as an application/xml body, or several as multipart files. A single message that is refused answers 400 problem+json naming every wrong field; several answer 200 with a report per message.',
        },
      },
      async (req, reply) => {
        const ctx = baseCtx(req);
        let messages: RawMessage[];
        if (req.isMultipart()) {
          messages = [];
          // Up to 1,000 message files of at most 10 MiB each per upload (the app-wide default is one file).
          for await (const part of req.parts({ limits: { files: 1000, fileSize: MAX_MESSAGE_BYTES } }))
            if (part.type === 'file') messages.push({ body: await part.toBuffer(), source: part.filename });
        } else if (Buffer.isBuffer(req.body)) {
          messages = [{ body: req.body, source: 'http' }];
        } else {
          throw new AppError('unsupported_media_type', {
            zh: '请以 application/xml 发送报文，或以 multipart/form-data 上传报文文件',
            en: 'Send a message as application/xml, or upload message files as multipart/form-data',
          });
        }
        if (!messages.length) throw AppError.field('file', 'required', { zh: '没有报文', en: 'No message' });
        const report = await intake.ingest(ctx, { messages });
        const single = messages.length === 1 ? report.messages[0] : undefined;
        if (single?.outcome === 'refused')
          throw new AppError(
            'validation_failed',
            {
              zh: `报文被拒收：${single.type ?? '未知类型'}`,
              en: `Message refused: ${single.type ?? 'unknown type'}`,
            },
            single.errors,
          );
        return reply.send({
          ...report,
          messages: report.messages.map((m) => ({
            ...m,
            errors: m.errors.map(flatFieldError),
            warnings: m.warnings.map(flatFieldError),
          })),
        });
      },
    );

    // The JSON form, one route per message type so that the API document shows each one's fields.
    for (const type of SENDABLE_MESSAGES)
      app.post(
        `/clearance/messages/${type}`,
        {
          bodyLimit: MAX_MESSAGE_BYTES,
          schema: {
            tags,
            summary: `${type} ${cebMessages[type].title.zh}（JSON）/ ${cebMessages[type].title.en} as JSON`,
            description: `The XML message's field names and nesting; checked by the same rules, stored as the official XML, ingested like an XML message (idempotent on guid, appType 1/2/3). A refused message answers 400 problem+json naming every wrong field.`,
            body: cebMessages[type].schema,
          },
        },
        async (req) => {
          const report = await ingestJsonMessage(baseCtx(req), { type, message: req.body }, (ctx, input) =>
            intake.ingest(ctx, input),
          );
          return {
            ...report,
            messages: report.messages.map((m) => ({
              ...m,
              errors: m.errors.map(flatFieldError),
              warnings: m.warnings.map(flatFieldError),
            })),
          };
        },
      );

    app.get(
      '/clearance/parcels',
      { schema: { tags, summary: '清单（包裹）/ Parcels', querystring: ZParcelQuery } },
      async (req) => listParcels(baseCtx(req), req.query),
    );
    app.get(
      '/clearance/parcels/status-counts',
      {
        schema: {
          tags,
          summary: '各海关状态的清单数 / Parcels per customs status (customs queue)',
          description:
            'In the caller\'s scope (an enterprise its own, the bureaus their zone): `{ "<status>": n }` for each status asked for, 0 included.',
          querystring: ZStatusCountQuery,
        },
      },
      async (req) => countParcelsByStatus(baseCtx(req), req.query),
    );
    const summaryId = (params: unknown) => {
      const r = ZId.safeParse(params);
      if (!r.success) throw AppError.notFound({ zh: '该汇总申报', en: 'Summary declaration' });
      return r.data.id;
    };
    app.post(
      '/clearance/summaries',
      {
        schema: {
          tags,
          summary: '生成汇总申报 / Build the summary declarations of a period',
          body: ZBuildSummaries,
        },
      },
      async (req, reply) => reply.code(201).send(await buildSummaryDeclarations(baseCtx(req), req.body)),
    );
    app.get(
      '/clearance/summaries',
      { schema: { tags, summary: '汇总申报 / Summary declarations', querystring: ZPage } },
      async (req) => listSummaries(baseCtx(req), ZPage.parse(req.query)),
    );
    app.get(
      '/clearance/summaries/:id',
      { schema: { tags, summary: '汇总申报详情 / A summary declaration', params: ZId } },
      async (req) => getSummary(baseCtx(req), summaryId(req.params)),
    );
    app.get(
      '/clearance/summaries/:id/ceb701.xml',
      {
        schema: {
          tags,
          summary: '汇总申请单 CEB701 / The summary application message',
          params: ZId,
          querystring: z.object({ dxpId: z.string().min(1).max(30).optional() }),
        },
      },
      async (req, reply) => {
        const dxpId = req.query.dxpId ?? 'DXPENT0000000000';
        return reply
          .type('application/xml; charset=utf-8')
          .send(await summaryApplication(baseCtx(req), summaryId(req.params), dxpId));
      },
    );
    app.get(
      '/clearance/summaries/:id/report.xlsx',
      { schema: { tags, summary: '汇总申报报表 / Summary declaration report (Excel)', params: ZId } },
      async (req, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="summary-declaration-${summaryId(req.params).slice(0, 8)}.xlsx"`,
          )
          .send(await summaryWorkbook(baseCtx(req), summaryId(req.params))),
    );
    app.get(
      '/clearance/parcels/:id',
      { schema: { tags, summary: '清单全流程 / A parcel end to end', params: ZId } },
      async (req) => {
        const p = ZId.safeParse(req.params);
        if (!p.success) throw AppError.notFound({ zh: '该清单', en: 'Parcel' });
        return getParcel(baseCtx(req), p.data.id);
      },
    );
  };
