import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../../http/app.js';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { adjustBudget } from './adjust-budget.js';
import { approveByLeadingGroup } from './approve-by-leading-group.js';
import { closeNotice } from './close-notice.js';
import { createApplication } from './create-application.js';
import { createBudget } from './create-budget.js';
import { deleteEvidence } from './delete-evidence.js';
import { downloadEvidence } from './download-evidence.js';
import { MAX_EVIDENCE_BYTES } from './evidence-file.js';
import { fileObjection } from './file-objection.js';
import { getApplication } from './get-application.js';
import { getNotice, getNoticeForReview } from './get-notice.js';
import { listApplications } from './list-applications.js';
import { listBudgets } from './list-budgets.js';
import { listNotices } from './list-notices.js';
import { listEntitlements } from './list-entitlements.js';
import { listSubsidyItems } from './list-subsidy-items.js';
import { entitlementEntity, markEntitlementRead } from './mark-entitlement-read.js';
import { publishNotice } from './publish-notice.js';
import { recordDisbursement } from './record-disbursement.js';
import { resolveObjection } from './resolve-objection.js';
import { reviewByCommerce } from './review-by-commerce.js';
import { reviewByFinance } from './review-by-finance.js';
import { runEntitlement } from './run-entitlement.js';
import { submitApplication } from './submit-application.js';
import {
  ZApplicationQuery,
  ZBudgetInput,
  ZBudgetPatch,
  ZBudgetQuery,
  ZCommerceReview,
  ZCreateApplication,
  ZDisbursementInput,
  ZEntitlementQuery,
  ZEntitlementRunInput,
  ZFinanceReview,
  ZItemsQuery,
  ZLeadingGroupDecision,
  ZNoticeInput,
  ZNoticeQuery,
  ZObjectionInput,
  ZObjectionResolution,
  ZSubmitInput,
  ZUpdateApplication,
} from './subsidy.schemas.js';
import { applicationEntity, budgetEntity, noticeEntity } from './subsidy-support.js';
import { updateApplication } from './update-application.js';
import { uploadEvidence } from './upload-evidence.js';
import { attachment, paramOrNotFound } from '../../http/route-helpers.js';

const ZId = z.object({ id: z.uuid() });
const ZEvidenceId = z.object({ id: z.uuid(), evidenceId: z.uuid() });
const ZObjectionId = z.object({ id: z.uuid(), objectionId: z.uuid() });

export const subsidyRoutes =
  ({ baseCtx }: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['subsidy'];
    const app_ = (p: unknown) => paramOrNotFound(ZId, p, applicationEntity).id;

    app.get(
      '/subsidy/items',
      { schema: { tags, summary: '可申请的奖补项目 / Items to apply for', querystring: ZItemsQuery } },
      async (req) => listSubsidyItems(baseCtx(req), req.query),
    );

    // ── applications ──
    app.get(
      '/subsidy/applications',
      { schema: { tags, summary: '奖补申请 / Subsidy applications', querystring: ZApplicationQuery } },
      async (req) => listApplications(baseCtx(req), req.query),
    );
    app.post(
      '/subsidy/applications',
      { schema: { tags, summary: '新建申请（草稿）/ New application (draft)', body: ZCreateApplication } },
      async (req, reply) => reply.code(201).send(await createApplication(baseCtx(req), req.body)),
    );
    app.get(
      '/subsidy/applications/:id',
      { schema: { tags, summary: '申请详情 / Application detail', params: ZId } },
      async (req) => getApplication(baseCtx(req), app_(req.params)),
    );
    app.patch(
      '/subsidy/applications/:id',
      {
        schema: {
          tags,
          summary: '修改申请 / Change a draft or returned application',
          params: ZId,
          body: ZUpdateApplication,
        },
      },
      async (req) => updateApplication(baseCtx(req), app_(req.params), req.body),
    );
    app.post(
      '/subsidy/applications/:id/evidence',
      {
        schema: {
          tags,
          summary: `上传证明材料 / Upload evidence (multipart \`file\`: pdf, jpg, png, xlsx, docx; ≤ ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB)`,
          params: ZId,
        },
      },
      async (req, reply) => {
        const ctx = baseCtx(req);
        // Refused roles get 403 before the body is read.
        authorize(ctx, 'subsidy:apply');
        const id = app_(req.params);
        if (!req.isMultipart())
          throw new AppError('unsupported_media_type', {
            zh: '请以 multipart/form-data 上传文件（字段名 file）',
            en: 'Upload the file as multipart/form-data (field "file")',
          });
        const part = await req.file({ limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 } });
        if (!part) throw AppError.field('file', 'required', { zh: '请选择文件', en: 'Choose a file' });
        const body = await part.toBuffer();
        const r = await uploadEvidence(ctx, id, {
          fileName: part.filename,
          body,
        });
        return reply.code(r.created ? 201 : 200).send(r.evidence);
      },
    );
    app.get(
      '/subsidy/applications/:id/evidence/:evidenceId',
      { schema: { tags, summary: '下载证明材料 / Download evidence', params: ZEvidenceId } },
      async (req, reply) => {
        const p = paramOrNotFound(ZEvidenceId, req.params, { zh: '该证明材料', en: 'Evidence file' });
        const file = await downloadEvidence(baseCtx(req), p.id, p.evidenceId);
        return reply
          .type(file.contentType)
          .header('content-disposition', attachment(file.fileName))
          .header('x-content-sha256', file.sha256)
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );
    app.delete(
      '/subsidy/applications/:id/evidence/:evidenceId',
      { schema: { tags, summary: '删除证明材料 / Remove evidence', params: ZEvidenceId } },
      async (req, reply) => {
        const p = paramOrNotFound(ZEvidenceId, req.params, { zh: '该证明材料', en: 'Evidence file' });
        await deleteEvidence(baseCtx(req), p.id, p.evidenceId);
        return reply.code(204).send();
      },
    );
    app.post(
      '/subsidy/applications/:id/submit',
      {
        schema: {
          tags,
          summary: '提交（锁定测算）/ Submit (pins the evaluation)',
          params: ZId,
          body: ZSubmitInput.optional(),
        },
      },
      async (req) => submitApplication(baseCtx(req), app_(req.params), req.body ?? {}),
    );
    app.post(
      '/subsidy/applications/:id/commerce-review',
      {
        schema: {
          tags,
          summary: '商务局审核：核定金额 / 退回补正 / 不予支持 — Commerce bureau review',
          params: ZId,
          body: ZCommerceReview,
        },
      },
      async (req) => reviewByCommerce(baseCtx(req), app_(req.params), req.body),
    );
    app.post(
      '/subsidy/applications/:id/finance-review',
      { schema: { tags, summary: '财政局审核 / Finance bureau review', params: ZId, body: ZFinanceReview } },
      async (req) => reviewByFinance(baseCtx(req), app_(req.params), req.body),
    );
    app.post(
      '/subsidy/applications/:id/leading-group-decision',
      {
        schema: {
          tags,
          summary: '领导小组办公室审批（报市政府批准）/ Leading group office decision',
          params: ZId,
          body: ZLeadingGroupDecision,
        },
      },
      async (req) => approveByLeadingGroup(baseCtx(req), app_(req.params), req.body),
    );
    app.post(
      '/subsidy/applications/:id/disbursement',
      {
        schema: {
          tags,
          summary: '登记拨付 / Record the disbursement',
          params: ZId,
          body: ZDisbursementInput,
        },
      },
      async (req, reply) => {
        const r = await recordDisbursement(baseCtx(req), app_(req.params), req.body);
        return reply.code(r.created ? 201 : 200).send(r.disbursement);
      },
    );

    // ── budgets ──
    app.get(
      '/subsidy/budgets',
      { schema: { tags, summary: '预算 / Budgets', querystring: ZBudgetQuery } },
      async (req) => listBudgets(baseCtx(req), req.query),
    );
    app.post(
      '/subsidy/budgets',
      { schema: { tags, summary: '设立预算 / Set a budget', body: ZBudgetInput } },
      async (req, reply) => reply.code(201).send(await createBudget(baseCtx(req), req.body)),
    );
    app.patch(
      '/subsidy/budgets/:id',
      { schema: { tags, summary: '调整预算总额 / Adjust a budget', params: ZId, body: ZBudgetPatch } },
      async (req) => adjustBudget(baseCtx(req), paramOrNotFound(ZId, req.params, budgetEntity).id, req.body),
    );

    // ── notices (公示) ──
    app.post(
      '/subsidy/notices',
      { schema: { tags, summary: '发布公示 / Publish a notice', body: ZNoticeInput } },
      async (req, reply) => reply.code(201).send(await publishNotice(baseCtx(req), req.body)),
    );
    app.get(
      '/subsidy/notices/:id',
      { schema: { tags, summary: '公示及异议（商务局）/ Notice with objections', params: ZId } },
      async (req) => getNoticeForReview(baseCtx(req), paramOrNotFound(ZId, req.params, noticeEntity).id),
    );
    app.post(
      '/subsidy/notices/:id/objections',
      { schema: { tags, summary: '提出异议 / File an objection', params: ZId, body: ZObjectionInput } },
      async (req, reply) =>
        reply
          .code(201)
          .send(
            await fileObjection(baseCtx(req), paramOrNotFound(ZId, req.params, noticeEntity).id, req.body),
          ),
    );
    app.post(
      '/subsidy/notices/:id/objections/:objectionId/resolution',
      {
        schema: {
          tags,
          summary: '处理异议 / Decide an objection',
          params: ZObjectionId,
          body: ZObjectionResolution,
        },
      },
      async (req) => {
        const p = paramOrNotFound(ZObjectionId, req.params, { zh: '该异议', en: 'Objection' });
        return resolveObjection(baseCtx(req), p.id, p.objectionId, req.body);
      },
    );
    app.post(
      '/subsidy/notices/:id/close',
      { schema: { tags, summary: '结束公示 / Close a notice', params: ZId } },
      async (req) => closeNotice(baseCtx(req), paramOrNotFound(ZId, req.params, noticeEntity).id),
    );

    // ── automatic entitlement (免申即享) ──
    app.post(
      '/subsidy/entitlement-runs',
      {
        schema: {
          tags,
          summary: '免申即享测算（商务局）/ Run automatic entitlement for a zone and year',
          body: ZEntitlementRunInput,
        },
      },
      async (req) => runEntitlement(baseCtx(req), req.body),
    );
    app.get(
      '/subsidy/entitlements',
      {
        schema: { tags, summary: '免申即享结果 / Automatic entitlements', querystring: ZEntitlementQuery },
      },
      async (req) => listEntitlements(baseCtx(req), req.query),
    );
    app.post(
      '/subsidy/entitlements/:id/read',
      { schema: { tags, summary: '标记已读 / Mark an entitlement read', params: ZId } },
      async (req) =>
        markEntitlementRead(baseCtx(req), paramOrNotFound(ZId, req.params, entitlementEntity).id),
    );

    // ── public: no sign-in (公示 is public) ──
    app.get(
      '/public/subsidy-notices',
      { schema: { tags, summary: '公示（公开）/ Public notices', querystring: ZNoticeQuery, security: [] } },
      async (req) => listNotices(baseCtx(req), req.query),
    );
    app.get(
      '/public/subsidy-notices/:id',
      { schema: { tags, summary: '公示详情（公开）/ Public notice', params: ZId, security: [] } },
      async (req) => getNotice(baseCtx(req), paramOrNotFound(ZId, req.params, noticeEntity).id),
    );
  };
