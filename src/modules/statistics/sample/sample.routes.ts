import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../../http/app.js';
import { paramOrNotFound } from '../../../http/route-helpers.js';
import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import { addSampleEnterprise } from './add-sample.js';
import { businessClimate } from './business-climate.js';
import { endSampleEnterprise } from './end-sample.js';
import { fileMonthlyReport } from './file-report.js';
import { listSampleEnterprises } from './list-samples.js';
import { markReminderRead } from './mark-reminder-read.js';
import { sampleMonthStatus } from './month-status.js';
import { myReporting } from './my-reporting.js';
import { remindLateReporters } from './remind-late.js';
import { reportHistory } from './report-history.js';
import { monthlyReportTemplate } from './report-template.js';
import {
  ZClimateQuery,
  ZEndSampleInput,
  ZMonth,
  ZReminderInput,
  ZRemindLateInput,
  ZReportInput,
  ZSampleInput,
  ZSampleQuery,
  ZShopRecordsQuery,
  ZShopSalesQuery,
  ZTemplateQuery,
  ZZoneMonthQuery,
} from './sample.schemas.js';
import { reminderEntity, reportEntity, sampleEntity } from './sample-support.js';
import { sendReminder } from './send-reminder.js';
import { listShopSalesRecords, shopSalesTotals } from './shop-sales.js';
import { MAX_REPORT_FILE_BYTES, uploadMonthlyReport } from './upload-report.js';

const ZId = z.object({ id: z.uuid() });
const ZHistoryParams = z.object({ enterpriseId: z.uuid(), month: ZMonth });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const sampleRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['sample'];

    app.get(
      '/sample/enterprises',
      {
        schema: {
          tags,
          summary: '样本企业名单 / The sample list',
          querystring: ZSampleQuery,
        },
      },
      async (req) => listSampleEnterprises(baseCtx(req), req.query),
    );
    app.post(
      '/sample/enterprises',
      {
        schema: {
          tags,
          summary: '列入样本名单 / Put an enterprise on the sample list',
          body: ZSampleInput,
        },
      },
      async (req, reply) => reply.code(201).send(await addSampleEnterprise(baseCtx(req), req.body)),
    );
    app.post(
      '/sample/enterprises/:id/end',
      {
        schema: {
          tags,
          summary: '移出样本名单（截止月份）/ End a sample span after a month',
          params: ZId,
          body: ZEndSampleInput,
        },
      },
      async (req) =>
        endSampleEnterprise(baseCtx(req), paramOrNotFound(ZId, req.params, sampleEntity).id, req.body),
    );
    app.get(
      '/sample/status',
      {
        schema: {
          tags,
          summary: '月度报送情况（按时、迟报、逾期未报、待报）/ Who reported a month, late, or not yet',
          querystring: ZZoneMonthQuery,
        },
      },
      async (req) => sampleMonthStatus(baseCtx(req), req.query),
    );
    app.post(
      '/sample/reminders',
      {
        schema: {
          tags,
          summary: '催报一家样本企业（每日一次）/ Remind a sampled enterprise (once a day)',
          body: ZReminderInput,
        },
      },
      async (req, reply) => {
        const result = await sendReminder(baseCtx(req), req.body, 'web');
        return reply.code(result.created ? 201 : 200).send(result);
      },
    );
    app.post(
      '/sample/reminders/late',
      {
        schema: {
          tags,
          summary: '催报全部逾期样本企业（每日一次）/ Remind every late sampled enterprise (once a day)',
          body: ZRemindLateInput,
        },
      },
      async (req) => remindLateReporters(baseCtx(req), req.body, 'web'),
    );
    app.post(
      '/sample/reminders/:id/read',
      { schema: { tags, summary: '标记催报提醒已读 / Mark a reminder read', params: ZId } },
      async (req) => markReminderRead(baseCtx(req), paramOrNotFound(ZId, req.params, reminderEntity).id),
    );
    app.get(
      '/sample/climate',
      {
        schema: {
          tags,
          summary: '景气指数（扩散指数）/ Business-climate diffusion index',
          querystring: ZClimateQuery,
        },
      },
      async (req) => businessClimate(baseCtx(req), req.query),
    );
    app.get(
      '/sample/shop-sales',
      {
        schema: {
          tags,
          summary: '关联店铺线上销售额（按月）/ Online sales of filed shops by month',
          querystring: ZShopSalesQuery,
        },
      },
      async (req) => shopSalesTotals(baseCtx(req), req.query),
    );
    app.get(
      '/sample/shop-sales/records',
      {
        schema: {
          tags,
          summary: '数据穿透：店铺销售明细 / Drill-down: the shop lines under a month’s figure',
          querystring: ZShopRecordsQuery,
        },
      },
      async (req) => listShopSalesRecords(baseCtx(req), req.query),
    );
    app.get(
      '/sample/my',
      { schema: { tags, summary: '本企业报送情况与催报提醒 / My reports, months and reminders' } },
      async (req) => myReporting(baseCtx(req)),
    );
    app.post(
      '/sample/reports',
      {
        schema: {
          tags,
          summary:
            '报送月度报表（再次报送同月为更正，须填原因）/ File a monthly report (again: a correction)',
          body: ZReportInput,
        },
      },
      async (req, reply) => reply.code(201).send(await fileMonthlyReport(baseCtx(req), req.body)),
    );
    app.get(
      '/sample/reports/template.xlsx',
      {
        schema: {
          tags,
          summary: '月度报表 Excel 模板 / The monthly report template',
          querystring: ZTemplateQuery,
        },
      },
      async (req, reply) => {
        const body = await monthlyReportTemplate(baseCtx(req), req.query);
        return reply
          .type(XLSX)
          .header('content-disposition', 'attachment; filename="monthly-report-template.xlsx"')
          .header('cache-control', 'private, no-store')
          .send(body);
      },
    );
    app.post(
      '/sample/reports/upload',
      {
        schema: {
          tags,
          summary: `上传 Excel 月度报表（multipart：file，可选 correctionReason；≤ ${MAX_REPORT_FILE_BYTES / 1024 / 1024} MiB）/ Upload the report as Excel`,
        },
      },
      async (req, reply) => {
        const ctx = baseCtx(req);
        // Refused roles get 403 before the body is read.
        authorize(ctx, 'sample:report');
        if (!req.isMultipart())
          throw new AppError('unsupported_media_type', {
            zh: '请以 multipart/form-data 上传文件',
            en: 'Upload the file as multipart/form-data',
          });
        const fields: Record<string, string> = {};
        let file: { fileName: string; body: Uint8Array } | undefined;
        for await (const part of req.parts({ limits: { fileSize: MAX_REPORT_FILE_BYTES, files: 1 } })) {
          if (part.type === 'file') file = { fileName: part.filename, body: await part.toBuffer() };
          else fields[part.fieldname] = String(part.value);
        }
        return reply.code(201).send(await uploadMonthlyReport(ctx, file, fields));
      },
    );
    app.get(
      '/sample/reports/:enterpriseId/:month',
      {
        schema: {
          tags,
          summary: '某月报表及全部版本（更正历史）/ A month’s report with every version',
          params: ZHistoryParams,
        },
      },
      async (req) => {
        const p = paramOrNotFound(ZHistoryParams, req.params, reportEntity);
        return reportHistory(baseCtx(req), p.enterpriseId, p.month);
      },
    );
  };
