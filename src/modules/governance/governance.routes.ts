import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app.js';
import { authorize } from '../../shared/authorize.js';
import { downloadReportEvidence } from './download-report-evidence.js';
import { MAX_REPORT_EVIDENCE_BYTES } from './evidence-file.js';
import { getTask } from './get-task.js';
import { goalProgress } from './goal-progress.js';
import {
  ZDueDateInput,
  ZGoalQuery,
  ZIndicatorInput,
  ZReportInput,
  ZTaskQuery,
  ZZoneCode,
} from './governance.schemas.js';
import { taskEntity, zoneEntity } from './governance-support.js';
import { listTasks } from './list-tasks.js';
import { recordIndicatorValue } from './record-indicator-value.js';
import { reportProgress } from './report-progress.js';
import { seedGovernanceTasks } from './seed-governance-tasks.js';
import { setTaskDueDate } from './set-task-due-date.js';
import { taskBoard } from './task-board.js';
import { attachment, paramOrNotFound } from '../../http/route-helpers.js';

const ZId = z.object({ id: z.uuid() });
const ZZoneParam = z.object({ zoneCode: ZZoneCode });

export const governanceRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['governance'];
    const taskId = (p: unknown) => paramOrNotFound(ZId, p, taskEntity).id;
    const zone = (p: unknown) => paramOrNotFound(ZZoneParam, p, zoneEntity).zoneCode;

    app.get(
      '/governance/tasks',
      {
        schema: {
          tags,
          summary: '建设任务（责任清单）/ Tasks of the responsibility list',
          querystring: ZTaskQuery,
        },
      },
      async (req) => listTasks(baseCtx(req), req.query),
    );
    app.post(
      '/governance/tasks/seed',
      { schema: { tags, summary: '载入责任清单（幂等）/ Load the responsibility catalogue (idempotent)' } },
      async (req) => seedGovernanceTasks(baseCtx(req)),
    );
    app.get(
      '/governance/tasks/:id',
      { schema: { tags, summary: '任务详情及进度报送 / Task with its progress reports', params: ZId } },
      async (req) => getTask(baseCtx(req), taskId(req.params)),
    );
    app.put(
      '/governance/tasks/:id/due-date',
      { schema: { tags, summary: '设定完成时限 / Set the due date', params: ZId, body: ZDueDateInput } },
      async (req) => setTaskDueDate(baseCtx(req), taskId(req.params), req.body),
    );
    app.post(
      '/governance/tasks/:id/reports',
      {
        schema: {
          tags,
          summary: `报送进度 / Report progress (JSON, or multipart with fields text, percent and an optional \`file\`: pdf, jpg, png; ≤ ${MAX_REPORT_EVIDENCE_BYTES / 1024 / 1024} MiB)`,
          params: ZId,
          body: ZReportInput.optional(),
        },
      },
      async (req, reply) => {
        const ctx = baseCtx(req);
        // Refused roles get 403 before the body is read.
        authorize(ctx, 'governance:report');
        const id = taskId(req.params);
        if (!req.isMultipart()) return reply.code(201).send(await reportProgress(ctx, id, req.body ?? {}));
        const fields: Record<string, string> = {};
        let file: { fileName: string; body: Uint8Array } | undefined;
        for await (const part of req.parts({ limits: { fileSize: MAX_REPORT_EVIDENCE_BYTES, files: 1 } })) {
          if (part.type === 'file') file = { fileName: part.filename, body: await part.toBuffer() };
          else fields[part.fieldname] = String(part.value);
        }
        return reply.code(201).send(await reportProgress(ctx, id, fields, file));
      },
    );
    app.get(
      '/governance/reports/:id/evidence',
      { schema: { tags, summary: '下载进度证明材料 / Download a report’s evidence', params: ZId } },
      async (req, reply) => {
        const id = paramOrNotFound(ZId, req.params, { zh: '该证明材料', en: 'Evidence file' }).id;
        const file = await downloadReportEvidence(baseCtx(req), id);
        return reply
          .type(file.contentType)
          .header('content-disposition', attachment(file.fileName))
          .header('x-content-sha256', file.sha256)
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );
    app.post(
      '/governance/indicator-values',
      { schema: { tags, summary: '报送目标指标数 / Record a reported goal figure', body: ZIndicatorInput } },
      async (req, reply) => reply.code(201).send(await recordIndicatorValue(baseCtx(req), req.body)),
    );
    app.get(
      '/governance/zones/:zoneCode/board',
      {
        schema: {
          tags,
          summary: '任务看板（牵头单位×状态）/ Task board (lead unit × status)',
          params: ZZoneParam,
        },
      },
      async (req) => taskBoard(baseCtx(req), zone(req.params)),
    );
    app.get(
      '/governance/zones/:zoneCode/goals',
      {
        schema: {
          tags,
          summary: '发展目标进度 / Goal progress',
          params: ZZoneParam,
          querystring: ZGoalQuery,
        },
      },
      async (req) => goalProgress(baseCtx(req), zone(req.params), req.query),
    );
  };
