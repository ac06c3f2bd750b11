import type { FastifyReply } from 'fastify';
import { type AppError, errorTitle, type FieldError } from '../shared/app-error.js';

/** A field error as the API writes it everywhere: `message` in Chinese, `messageEn` in English. */
export function flatFieldError(e: FieldError) {
  return { field: e.field, code: e.code, message: e.message.zh, messageEn: e.message.en };
}

/** RFC 9457 problem details, with every message in Chinese and English. */
export function toProblem(err: AppError, requestId: string) {
  const title = errorTitle(err.code);
  return {
    type: `urn:cbec:problem:${err.code}`,
    status: err.status,
    code: err.code,
    title: title.zh,
    titleEn: title.en,
    detail: err.detail.zh,
    detailEn: err.detail.en,
    errors: err.errors.map(flatFieldError),
    requestId,
  };
}

export function sendProblem(reply: FastifyReply, err: AppError) {
  return reply
    .code(err.status)
    .type('application/problem+json; charset=utf-8')
    .send(toProblem(err, String(reply.request.id)));
}
