import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app.js';
import { setSessionCookie } from '../../http/auth.js';
import { flatFieldError } from '../../http/problem.js';
import { AppError } from '../../shared/app-error.js';
import { approveFiling } from './approve-filing.js';
import { createFiling } from './create-filing.js';
import {
  ZEnterpriseQuery,
  ZFilingInput,
  ZFilingPatch,
  ZRegisterInput,
  ZReturnInput,
  ZShopInput,
} from './enterprise.schemas.js';
import { exportEnterprises } from './export-enterprises.js';
import { getEnterprise } from './get-enterprise.js';
import { importEnterprises } from './import-enterprises.js';
import { importTemplate, readImportFile } from './import-file.js';
import { listEnterprises } from './list-enterprises.js';
import { addShop, closeShop } from './manage-shops.js';
import { registerEnterpriseAccount } from './register-enterprise-account.js';
import { returnFiling } from './return-filing.js';
import { submitFiling } from './submit-filing.js';
import { updateFiling } from './update-filing.js';
import { authorize } from '../../shared/authorize.js';

const ZId = z.object({ id: z.uuid() });
const ZShopId = z.object({ id: z.uuid(), shopId: z.uuid() });

export const enterpriseRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['enterprise filing'];
    const id = (p: unknown) => {
      const r = ZId.safeParse(p);
      if (!r.success) throw AppError.notFound({ zh: '该企业', en: 'Enterprise' });
      return r.data.id;
    };

    app.post(
      '/auth/register',
      { schema: { tags, summary: '企业注册 / Enterprise sign-up', body: ZRegisterInput, security: [] } },
      async (req, reply) => {
        const ctx = baseCtx(req);
        const result = await registerEnterpriseAccount(ctx, req.body);
        return reply.code(201).send(setSessionCookie(reply, result, ctx.config.secureCookies));
      },
    );

    app.get(
      '/enterprises',
      { schema: { tags, summary: '备案企业 / Filed enterprises', querystring: ZEnterpriseQuery } },
      async (req) => listEnterprises(baseCtx(req), req.query),
    );
    app.post(
      '/enterprises',
      { schema: { tags, summary: '新建备案 / New filing', body: ZFilingInput } },
      async (req, reply) => reply.code(201).send(await createFiling(baseCtx(req), req.body)),
    );
    app.get(
      '/enterprises/export.xlsx',
      {
        schema: {
          tags,
          summary: '导出备案企业（脱敏）/ Export the register (masked)',
          querystring: ZEnterpriseQuery,
        },
      },
      async (req, reply) =>
        reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="enterprises.xlsx"`)
          .send(await exportEnterprises(baseCtx(req), req.query as Record<string, unknown>)),
    );
    app.get(
      '/enterprises/import/template.xlsx',
      { schema: { tags, summary: '导入模板 / Import template' } },
      async (req, reply) => {
        authorize(baseCtx(req), 'enterprise:import');
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="enterprise-import-template.xlsx"`)
          .send(await importTemplate());
      },
    );
    app.post(
      '/enterprises/import',
      { schema: { tags, summary: '批量备案导入 / Bulk filing (multipart: file, acceptValid, zoneCode)' } },
      async (req) => {
        const ctx = baseCtx(req);
        authorize(ctx, 'enterprise:import');
        if (!req.isMultipart())
          throw new AppError('unsupported_media_type', {
            zh: '请以 multipart/form-data 上传文件',
            en: 'Upload the file as multipart/form-data',
          });
        let file: { name: string; content: Buffer } | undefined;
        const fields: Record<string, string> = {};
        for await (const part of req.parts()) {
          if (part.type === 'file') file = { name: part.filename, content: await part.toBuffer() };
          else fields[part.fieldname] = String(part.value);
        }
        if (!file)
          throw AppError.field('file', 'required', {
            zh: '请选择要导入的文件',
            en: 'Choose a file to import',
          });
        const rows = await readImportFile(file.content, file.name);
        const report = await importEnterprises(ctx, {
          rows,
          zoneCode: fields.zoneCode,
          acceptValid: fields.acceptValid === 'true',
        });
        // Row errors in the API's one field-error shape.
        return { ...report, rows: report.rows.map((r) => ({ ...r, errors: r.errors.map(flatFieldError) })) };
      },
    );
    app.get(
      '/enterprises/:id',
      { schema: { tags, summary: '备案详情 / Filing detail', params: ZId } },
      async (req) => getEnterprise(baseCtx(req), id(req.params)),
    );
    app.patch(
      '/enterprises/:id',
      { schema: { tags, summary: '修改备案 / Change a filing', params: ZId, body: ZFilingPatch } },
      async (req) => updateFiling(baseCtx(req), id(req.params), req.body),
    );
    app.post(
      '/enterprises/:id/submit',
      { schema: { tags, summary: '提交审核 / Submit for review', params: ZId } },
      async (req) => submitFiling(baseCtx(req), id(req.params)),
    );
    app.post(
      '/enterprises/:id/approve',
      { schema: { tags, summary: '审核通过 / Approve', params: ZId } },
      async (req) => approveFiling(baseCtx(req), id(req.params)),
    );
    app.post(
      '/enterprises/:id/return',
      { schema: { tags, summary: '退回 / Return with a reason', params: ZId, body: ZReturnInput } },
      async (req) => returnFiling(baseCtx(req), id(req.params), req.body),
    );
    app.post(
      '/enterprises/:id/shops',
      { schema: { tags, summary: '关联店铺备案 / File a linked shop', params: ZId, body: ZShopInput } },
      async (req, reply) => reply.code(201).send(await addShop(baseCtx(req), id(req.params), req.body)),
    );
    app.delete(
      '/enterprises/:id/shops/:shopId',
      { schema: { tags, summary: '关闭店铺 / Close a shop', params: ZShopId } },
      async (req, reply) => {
        const p = ZShopId.safeParse(req.params);
        if (!p.success) throw AppError.notFound({ zh: '该店铺', en: 'Shop' });
        await closeShop(baseCtx(req), p.data.id, p.data.shopId);
        return reply.code(204).send();
      },
    );
  };
