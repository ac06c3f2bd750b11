import { createHmac, hash } from 'node:crypto';
import { rowId } from '../../../db/row-id.js';
import { gzipSync } from 'node:zlib';
import type { FieldError } from '../../../shared/app-error.js';
import { msg } from '../messages/errors.js';
import { parseCebMessage } from '../messages/parse.js';
import type { CebMessage, CebMessageType } from '../messages/registry.js';
import { isLowerCaseGuid } from '../messages/spec/scalars.js';
import { documentsOf, isDocumentMessage, type DocumentIn } from './message-documents.js';
import { actionsOf, isActionMessage, recordsIn, type ParcelAction } from './parcel-actions.js';
import { positiveList } from '../reference-tables.js';
import { positiveListErrors } from './positive-list-check.js';

/**
 * The first stage of receiving messages: each is parsed and checked on its own — format, the sender's
 * identity in it, the positive list — and turned into the documents it carries. Pure CPU work on
 * plain data, so it runs on the caller's thread or on the parse workers (parse-pool.ts) alike.
 */

export interface RawMessage {
  /** The message as received: CEB XML. */
  body: Buffer | string;
  /** Where it came from, for the report (a file name, "http"). */
  source?: string | undefined;
}

/** `redeclared`: an inventory customs withdrew or rejected, declared again (a new customs cycle). */
export type DocumentOutcome = 'created' | 'changed' | 'deleted' | 'unchanged' | 'redeclared';

export interface MessageReport {
  index: number;
  source: string | null;
  guid: string | null;
  type: CebMessageType | null;
  outcome: 'accepted' | 'duplicate' | 'refused';
  errors: FieldError[];
  /** What the message does not do as the standard asks, yet does not make it wrong (it is taken all the same). */
  warnings: FieldError[];
  documents: { guid: string; kind: string; businessKey: string; outcome: DocumentOutcome }[];
}

export interface IngestReport {
  accepted: number;
  duplicates: number;
  refused: number;
  messages: MessageReport[];
  /** Parcels whose match was evaluated again, with the result. */
  parcels: { id: string; matchState: string; missing: string[] }[];
}

export interface PreparedMessage {
  /** The id its ceb_message row will have. */
  id: string;
  report: MessageReport;
  type: CebMessageType;
  guid: string;
  raw: Buffer;
  /** SHA-256 of the bytes received (hex), made here: on the parse workers, not on the thread that stores. */
  sha256: string;
  signature: boolean;
  docs: PreparedDocument[];
  /** The business records the message carries (its documents, or the records its actions come from). */
  entities: number;
  /** Withdrawals, returns and the site's reports (CEB605, 623, 625, 507, 509) act on parcels instead of carrying documents. */
  actions: ParcelAction[];
}

/**
 * A document as the store stage receives it: its facts (with the parcel's) only as the JSON text they
 * are stored as. Most documents are stored without being matched in the same batch, so the thread that
 * stores them never builds their objects; the match parses the few it reads.
 */
export type PreparedDocument = Omit<DocumentIn, 'facts' | 'parcel'>;

export const refuse = (report: MessageReport, errors: FieldError[]) => {
  report.outcome = 'refused';
  report.errors.push(...errors);
};
const refuseIfAny = (report: MessageReport, errors: FieldError[]) => {
  if (errors.length) refuse(report, errors);
};

/**
 * What an enterprise sends: documents, and withdrawals, returns and the site's reports. The other types
 * are customs' answers, or the platform's own (the summary declaration).
 */
export const isEnterpriseMessage = (type: CebMessageType): boolean =>
  isDocumentMessage(type) || isActionMessage(type);

/** Parses and checks one message on its own: format, the sender's identity in it. Nothing is stored here. */
function checkMessage(
  index: number,
  raw: RawMessage,
  sender: { codes: readonly string[] },
  keyedHash: (v: string) => string,
  onList: (docs: DocumentIn[]) => FieldError[],
): PreparedMessage | MessageReport {
  const body = typeof raw.body === 'string' ? Buffer.from(raw.body, 'utf8') : raw.body;
  const report: MessageReport = {
    index,
    source: raw.source ?? null,
    guid: null,
    type: null,
    outcome: 'accepted',
    errors: [],
    warnings: [],
    documents: [],
  };
  const parsed = parseCebMessage(body);
  if (!parsed.ok) {
    report.type = parsed.type ?? null;
    refuse(report, parsed.errors);
    return report;
  }
  report.type = parsed.type;
  const message = parsed.message as CebMessage & { guid: string; BaseTransfer?: { copCode: string } };
  report.guid = message.guid;
  if (!isEnterpriseMessage(parsed.type)) {
    refuse(report, [
      {
        field: '(root)',
        code: 'not_accepted',
        message: {
          zh: `企业不能发送 ${parsed.type} 报文`,
          en: `${parsed.type} is not a message enterprises send`,
        },
      },
    ]);
    return report;
  }
  // "copCode 必须与接入客户端的企业身份一致" (customs-ceb.md §1 BaseTransfer).
  const copCode = message.BaseTransfer?.copCode ?? '';
  if (!sender.codes.includes(copCode))
    refuse(report, [
      {
        field: 'BaseTransfer.copCode',
        code: 'not_sender',
        message: {
          zh: `传输企业代码 ${copCode} 不是发送企业的海关编码或统一社会信用代码`,
          en: `copCode ${copCode} is neither the sender's customs code nor its USCC`,
        },
      },
    ]);
  const docs = isDocumentMessage(parsed.type) ? documentsOf(parsed.type, parsed.message, keyedHash) : [];
  const actions = isActionMessage(parsed.type) ? actionsOf(parsed.type, parsed.message) : [];
  docs.forEach((d, i) => {
    if (!d.senderCodes.some((c) => sender.codes.includes(c)))
      refuse(report, [
        {
          field: `documents[${i}]`,
          code: 'not_party',
          message: {
            zh: `发送企业不是该单证（${d.businessKey}）的当事企业`,
            en: `The sender is not a party to document ${d.businessKey}`,
          },
        },
      ]);
  });
  refuseIfAny(report, onList(docs));
  if (report.outcome === 'refused') return report;
  report.warnings.push(
    ...guidWarnings([
      ['guid', message.guid],
      ...docs.map((d, i): [string, string] => [`documents[${i}].guid`, d.guid]),
      ...[...new Set(actions.map((a) => a.guid))].map((g, i): [string, string] => [`records[${i}].guid`, g]),
    ]),
  );
  return {
    id: rowId(),
    report,
    type: parsed.type,
    guid: message.guid,
    raw: body,
    sha256: hash('sha256', body, 'hex'),
    signature: parsed.signature.present,
    docs: docs.map(({ facts: _facts, parcel: _parcel, ...stored }) => stored),
    entities: isActionMessage(parsed.type) ? recordsIn(parsed.type, parsed.message) : docs.length,
    actions,
  };
}

const guidWarnings = (guids: [field: string, guid: string][]): FieldError[] =>
  guids
    .filter(([, guid]) => isLowerCaseGuid(guid))
    .map(([field]) => ({ field, code: 'guid_lower_case', message: msg.guidLowerCase() }));

/** What the checks need to know, as plain data a worker can receive. */
export interface PrepareEnv {
  /** The sending enterprise's customs code and USCC. */
  senderCodes: string[];
  /** The key of the platform's keyed hash (buyers' ID numbers are hashed here, at the edge). */
  hashKey: Uint8Array;
  positiveListFile: string | undefined;
  /** The day in China (yyyy-mm-dd): the positive list in force. */
  today: string;
}

export type Checked = PreparedMessage | MessageReport;

export const isPrepared = (c: Checked): c is PreparedMessage => 'docs' in c;

/**
 * A batch's checked messages, read only when the batch is stored (ParsePool): the main thread holds the
 * four batches parsed ahead of the store, and as objects they lived through every young-generation
 * collection meanwhile, each of which copied them (13–14 ms a collection, on the store's chain).
 */
export interface CheckedLater {
  read(): Checked[];
}

/**
 * The bodies of a batch's parsed messages (every one that is a PreparedMessage, in order), compressed
 * as the store keeps a batch's bodies. The parse workers make it beside the parse; when every one of
 * them is then accepted (a bulk import's batch most often is), the thread that stores compresses
 * nothing (storeMessages).
 */
export interface PackedBodies {
  gzip: Buffer;
  /** How many messages' bodies, one after the other. */
  count: number;
}

/** The compressed form of bodies laid one after the other: what a message batch row keeps (before sealing). */
export const packBodies = (bodies: readonly Uint8Array[]): Buffer =>
  gzipSync(bodies.length === 1 ? bodies[0]! : Buffer.concat(bodies), { level: 1 });

export function prepareMessages(messages: readonly RawMessage[], env: PrepareEnv, offset = 0): Checked[] {
  const list = positiveList(env.positiveListFile);
  const key = Buffer.from(env.hashKey);
  const keyedHash = (v: string) => createHmac('sha256', key).update(v, 'utf8').digest('hex');
  const sender = { codes: env.senderCodes };
  return messages.map((m, i) =>
    checkMessage(offset + i, m, sender, keyedHash, (docs) => positiveListErrors(docs, list, env.today)),
  );
}
