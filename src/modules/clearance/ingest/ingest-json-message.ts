import { AppError } from '../../../shared/app-error.js';
import type { Ctx } from '../../../shared/context.js';
import { produceCebMessage } from '../messages/produce.js';
import type { CebMessageType } from '../messages/registry.js';
import { validateCebMessage } from '../messages/validate.js';
import { ingestMessages, type IngestReport } from './ingest-messages.js';
import { DOCUMENT_MESSAGES } from './message-documents.js';
import { ACTION_MESSAGES } from './parcel-actions.js';

/** The message types an enterprise sends, in either form (XML or JSON). */
export const SENDABLE_MESSAGES = [...DOCUMENT_MESSAGES, ...ACTION_MESSAGES] as const;
export type SendableMessageType = (typeof SENDABLE_MESSAGES)[number];

export function isSendableMessage(type: string): type is SendableMessageType {
  return (SENDABLE_MESSAGES as readonly string[]).includes(type);
}

/**
 * Receives one CEB message given as JSON — the XML's field names and nesting (customs-ceb.md §3) —
 * for integrations that do not write XML. It is checked by the same schema as the XML, written as the
 * official XML (what customs receives and what is stored), and ingested exactly like an XML message:
 * the same idempotency, appType and match. A bad message is refused whole with every wrong field.
 * `ingest` stores it: the HTTP API's group commit (group-commit.ts), or alone.
 */
export async function ingestJsonMessage(
  ctx: Ctx,
  input: { type: string; message: unknown },
  ingest: typeof ingestMessages = ingestMessages,
): Promise<IngestReport> {
  if (!isSendableMessage(input.type))
    throw AppError.field('type', 'unknown_type', {
      zh: `不接收 ${input.type} 报文；可发送：${SENDABLE_MESSAGES.join('、')}`,
      en: `${input.type} is not a message enterprises send; send one of ${SENDABLE_MESSAGES.join(', ')}`,
    });
  const type: CebMessageType = input.type;
  const checked = validateCebMessage(type, input.message);
  if (!checked.ok)
    throw new AppError(
      'validation_failed',
      { zh: `报文被拒收：${type}`, en: `Message refused: ${type}` },
      checked.errors,
    );
  const xml = produceCebMessage(type, checked.message as never);
  const report = await ingest(ctx, { messages: [{ body: xml, source: 'json' }] });
  const single = report.messages[0];
  if (single?.outcome === 'refused')
    throw new AppError(
      'validation_failed',
      { zh: `报文被拒收：${type}`, en: `Message refused: ${type}` },
      single.errors,
    );
  return report;
}
