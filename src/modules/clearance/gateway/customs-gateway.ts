import type { CustomsStatus } from './customs-status.js';

/** A parcel the platform hands to customs. */
export interface OutgoingParcel {
  parcelId: string;
  flow: 'import' | 'export';
  /** The inventory document's guid: customs answers name it. */
  guid: string;
  /** The message that carried the inventory (a message may carry up to 100). */
  messageGuid: string;
  /** That message as the enterprise sent it (CEB621 / CEB603 XML), for gateways that transmit it. */
  xml?: string | undefined;
}

/** A message the platform passes on to customs as it came: a withdrawal, a return, a site's report. */
export interface RelayedMessage {
  guid: string;
  type: string;
  /** The message as the enterprise sent it, for gateways that transmit it. */
  xml?: string | undefined;
}

/** A parcel the platform is waiting on, and how many of this gateway's answers it has recorded. */
export interface InFlightParcel {
  parcelId: string;
  /** Its inventory's guid: customs' first answer names it ("新增申报成功[guid]"). */
  inventoryGuid: string;
  sentAt: Date;
  recorded: number;
}

/** A relayed record (a withdrawal, a return, a site's report) still awaiting customs' receipt. */
export interface AwaitingRecord {
  recordGuid: string;
  /** The relayed message's type (CEB605, 623, 625, 507, 509). */
  type: string;
  relayedAt: Date;
  /** The record's parcels, each with when its current declaration was sent. */
  parcels: { parcelId: string; sentAt: Date | null }[];
}

/**
 * One answer of customs about one parcel, named by the platform's id or by the inventory's guid; or
 * customs' receipt of a relayed record (a withdrawal, a return, a site's report), named by its guid.
 */
export interface CustomsAnswer {
  parcelId?: string | undefined;
  inventoryGuid?: string | undefined;
  /** A receipt: the relayed record's guid, and the receipt's type (CEB508, 510, 606, 624, 626). */
  receipt?: { recordGuid: string; type: string } | undefined;
  status: CustomsStatus | `-${string}`;
  info: string;
  at: Date;
  /** The inventory number customs assigned (from 120 on). */
  invtNo?: string | undefined;
}

/**
 * The platform's one door to customs (design: "Outside systems"). Two adapters: the sandbox customs
 * (default) and file exchange with a single-window client.
 */
export interface CustomsGateway {
  readonly source: 'sandbox' | 'file_exchange';
  /** Whether send() and relay() need the message bodies (the sandbox does not). */
  readonly transmitsBodies: boolean;
  send(parcels: OutgoingParcel[]): Promise<void>;
  /** Passes messages on to customs as they came (relay-to-customs.ts). */
  relay(messages: RelayedMessage[]): Promise<void>;
  /**
   * Whether the gateway answers relayed records when told which await a receipt (the sandbox, which
   * keeps no state); file exchange reads customs' receipts as they come.
   */
  readonly answersRelays?: boolean;
  /** Answers that have arrived by `now` and are not yet recorded. */
  answers(inFlight: InFlightParcel[], now: Date, awaiting?: AwaitingRecord[]): Promise<CustomsAnswer[]>;
  /**
   * After the answers are committed: lets the adapter drop what it has delivered (files it read). The
   * answers that named no parcel or relayed record of the platform's are given back, to be set aside.
   */
  acknowledge?(unmatched: CustomsAnswer[]): Promise<void>;
}
