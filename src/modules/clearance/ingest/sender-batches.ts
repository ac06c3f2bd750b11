import type { BulkBatch } from './bulk-ingest.js';
import type { RawMessage } from './prepare-messages.js';

/**
 * The enterprise a message says sends it: its BaseTransfer's copCode ("传输企业代码", the identity of
 * the access client; customs-ceb.md §1), read without parsing the message. It only routes the message to
 * a sender's batch: the parse checks it again against that sender (`not_sender`). null when none is found.
 */
export function declaredSender(body: Buffer | string): string | null {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  // copCode is an element of BaseTransfer only, in every CEB message; its opening tag comes first.
  const open = bytes.indexOf('copCode>');
  if (open < 0) return null;
  const start = open + 'copCode>'.length;
  const end = bytes.indexOf('<', start);
  if (end < 0) return null;
  const code = bytes.toString('utf8', start, end).trim();
  return code || null;
}

/**
 * The message type its root element names (`CEB312` for `<ceb:CEB312Message …>`), read without parsing
 * the message, as declaredSender reads the sender: to say why a file that names no sender is not taken.
 * null when the start of the file names none.
 */
export function declaredType(body: Buffer | string): string | null {
  const head = typeof body === 'string' ? body.slice(0, 1024) : body.toString('utf8', 0, 1024);
  // Past the XML declaration and comments (and a byte-order mark, which \s matches).
  const start = head.replace(/<\?[^]*?\?>|<!--[^]*?-->/g, '');
  return /^\s*<(?:[\w.-]+:)?(CEB\d{3})Message[\s/>]/.exec(start)?.[1] ?? null;
}

export interface SenderMessage {
  enterpriseId: string;
  message: RawMessage;
}

/**
 * Messages of several senders as batches of one sender each (a transaction stores one sender's messages),
 * at most `size` each: a sender's batch goes as soon as it is full, the part-filled ones at the end. Every
 * message is in exactly one batch; a sender's messages keep their order. The three-document match does
 * not depend on the order documents arrive in, so batches of different senders may come in any order.
 */
export async function* batchesBySender(
  messages: Iterable<SenderMessage> | AsyncIterable<SenderMessage>,
  size: number,
): AsyncGenerator<BulkBatch> {
  const open = new Map<string, RawMessage[]>();
  for await (const { enterpriseId, message } of messages) {
    let batch = open.get(enterpriseId);
    if (!batch) open.set(enterpriseId, (batch = []));
    batch.push(message);
    if (batch.length >= size) {
      open.delete(enterpriseId);
      yield { enterpriseId, messages: batch };
    }
  }
  for (const [enterpriseId, batch] of open) yield { enterpriseId, messages: batch };
}
