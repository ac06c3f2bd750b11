import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../../http/app.js';
import { attachment } from '../../http/route-helpers.js';
import { monthlyReportData, ZMonthlyReportQuery, type MonthlyReportData } from './monthly-report.js';
import { monthlyReportPdf } from './monthly-report-pdf.js';
import { monthlyReportWorkbook } from './monthly-report-xlsx.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fileName = (d: MonthlyReportData, ext: string) => `${d.zoneName}-${d.month}-月度运行报告.${ext}`;

/** The zone's monthly report (月度运行报告) as Excel and as PDF: the same figures as the statistics routes. */
export const monthlyReportRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['statistics'];
    app.get(
      '/statistics/reports/monthly.xlsx',
      {
        schema: {
          tags,
          summary: '月度运行报告（Excel）/ The monthly report as an Excel workbook',
          querystring: ZMonthlyReportQuery,
        },
      },
      async (req, reply) => {
        const data = await monthlyReportData(baseCtx(req), req.query);
        return reply
          .type(XLSX)
          .header('content-disposition', attachment(fileName(data, 'xlsx')))
          .send(await monthlyReportWorkbook(data));
      },
    );
    app.get(
      '/statistics/reports/monthly.pdf',
      {
        schema: {
          tags,
          summary: '月度运行报告（PDF，含图表）/ The monthly report as a PDF with charts',
          querystring: ZMonthlyReportQuery,
        },
      },
      async (req, reply) => {
        const ctx = baseCtx(req);
        const data = await monthlyReportData(ctx, req.query);
        return reply
          .type('application/pdf')
          .header('content-disposition', attachment(fileName(data, 'pdf')))
          .send(await monthlyReportPdf(data, { chromiumPath: ctx.config.chromiumPath }));
      },
    );
  };
