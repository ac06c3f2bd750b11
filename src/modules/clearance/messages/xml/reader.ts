import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { FieldError } from '../../../../shared/app-error.js';
import { docMsg, fieldError, msg, type Path } from '../errors.js';
import type { GroupSpec, ScalarSpec } from '../spec/nodes.js';
import type { MessageSpec } from '../spec/message.js';
import { RawCapture } from './capture.js';
import { refuse, XmlRefusal, type XmlLimits } from './limits.js';
import { CEB_NS, DS_NS, XSI_NS } from './namespaces.js';
import { NamespaceScopes, type ResolvedElement } from './scopes.js';

/**
 * Streams a CEB document with saxes straight into the plain object the message schema validates:
 * no DOM, one pass, the spec tree says what each element is. Structural faults the JSON form cannot
 * have (order, duplicates, stray text, unknown elements) are collected here; values are checked
 * afterwards by the same zod schema the JSON API uses.
 *
 * Refused outright, before any value is kept: a DOCTYPE (so no entity is ever declared, let alone
 * expanded), nesting deeper than `maxDepth`, more than `maxElements` elements, malformed XML, an
 * unknown namespace or root element.
 */

type Obj = Record<string, unknown>;

interface GroupFrame {
  readonly kind: 'group';
  readonly spec: GroupSpec;
  readonly obj: Obj;
  readonly path: Path;
  /**
   * The single children seen so far: by XSD position, a bit each in two 32-bit words (a CEB group has
   * at most 48 children), and by name beyond them (the signature's slot). A Set per group cost the
   * parse worker a collection's worth of time for every element.
   */
  seenLow: number;
  seenHigh: number;
  seenOther: Set<string> | undefined;
  readonly isRoot: boolean;
  /** Highest XSD position seen so far among the children. */
  pos: number;
  textReported: boolean;
}

interface ScalarFrame {
  readonly kind: 'scalar';
  readonly spec: ScalarSpec;
  readonly obj: Obj;
  readonly name: string;
  text: string;
}

interface Capturing {
  readonly raw: RawCapture;
  /** Where the captured text goes: ExtendMessage.Message, or the signature. */
  readonly target: { readonly obj: Obj; readonly name: string } | 'signature';
}

export interface ReadOutcome {
  readonly spec: MessageSpec;
  readonly value: Obj;
  readonly errors: FieldError[];
  readonly signature: string | undefined;
  /**
   * Every value passed its field's check as it was read (and is stored as the schema outputs it),
   * every required element is there and every list within its bounds: only the business rules are
   * left to check. False means the schema must run to name the faults.
   */
  readonly checked: boolean;
}

export type SpecLookup = (rootElement: string) => MessageSpec | undefined;

const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;
const NOT_SPACE = /[^ \t\r\n]/;
const INTEGER = /^[+-]?\d+$/;
const CEB_ROOT = /^CEB\d{3}Message$/;
const SAXES_ERROR = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s;

/** Reads one document (a string already within the size limit) or throws XmlRefusal. */
export function readDocument(source: string, limits: XmlLimits, lookup: SpecLookup): ReadOutcome {
  const reader = new Reader(source, limits, lookup);
  return reader.read();
}

class Reader {
  // Namespaces are resolved by NamespaceScopes, not by saxes (see scopes.ts).
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly scopes = new NamespaceScopes(this.parser);
  private readonly frames: (GroupFrame | ScalarFrame)[] = [];
  private readonly errors: FieldError[] = [];
  private spec: MessageSpec | undefined;
  private root: Obj | undefined;
  private signature: string | undefined;
  private capture: Capturing | undefined;
  private depth = 0;
  private elements = 0;
  /** > 0 while inside an element being skipped after an error. */
  private skipDepth = 0;
  /** See ReadOutcome.checked. */
  private checked = true;

  constructor(
    private readonly source: string,
    private readonly limits: XmlLimits,
    private readonly lookup: SpecLookup,
  ) {
    // Five handlers only: with seven, V8 stops optimising saxes' hot loop (measured 5× slower). The
    // XML declaration is checked at the root element and saxes throws its own errors.
    const p = this.parser;
    p.on('doctype', () => refuse('doctype_forbidden', docMsg.doctype()));
    p.on('opentag', (tag) => this.open(tag));
    p.on('closetag', () => {
      this.scopes.close();
      this.close();
    });
    p.on('text', (text) => this.text(text));
    p.on('cdata', (text) => this.text(text));
  }

  read(): ReadOutcome {
    try {
      // One write of the whole document: saxes positions then index into `source` (see RawCapture).
      this.parser.write(this.source).close();
    } catch (e) {
      // saxes reports well-formedness errors as "line:column: message".
      const m = e instanceof Error && !(e instanceof XmlRefusal) ? SAXES_ERROR.exec(e.message) : null;
      if (!m) throw e;
      refuse('malformed_xml', docMsg.malformed(Number(m[1]), Number(m[2]), m[3]!));
    }
    if (!this.spec || !this.root) refuse('malformed_xml', docMsg.malformed(1, 0, 'no root element'));
    return {
      spec: this.spec,
      value: this.root,
      errors: this.errors,
      signature: this.signature,
      checked: this.checked,
    };
  }

  private open(start: SaxesTagPlain): void {
    const tag = this.scopes.open(start.name, start.attributes);
    if (++this.elements > this.limits.maxElements)
      refuse('too_many_elements', docMsg.tooManyElements(this.limits.maxElements));
    if (++this.depth > this.limits.maxDepth) refuse('too_deep', docMsg.tooDeep(this.limits.maxDepth));
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (this.capture) {
      this.capture.raw.enter(tag, this.parser.position);
      return;
    }
    const top = this.frames.at(-1);
    if (!top) return this.openRoot(tag);
    if (top.kind === 'scalar') {
      this.fault(
        [...this.pathOfScalar(), tag.local],
        'unexpected_element',
        docMsg.unexpectedElement(tag.name),
      );
      this.skipDepth = 1;
      return;
    }
    this.openChild(top, tag);
  }

  private openRoot(tag: ResolvedElement): void {
    const encoding = this.parser.xmlDecl.encoding;
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
      refuse('unsupported_encoding', docMsg.unsupportedEncoding(encoding));
    if (tag.uri !== CEB_NS) refuse('unknown_namespace', docMsg.unknownNamespace(tag.uri));
    const spec = this.lookup(tag.local);
    if (!spec)
      refuse(
        CEB_ROOT.test(tag.local) ? 'unsupported_message_type' : 'unknown_message_type',
        (CEB_ROOT.test(tag.local) ? docMsg.unsupportedMessageType : docMsg.unknownMessageType)(tag.local),
      );
    this.spec = spec;
    const obj: Obj = {};
    this.root = obj;
    const attributes = new Map(spec.root.attributes.map((a) => [a.name, a]));
    for (const a of tag.attributes) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      if (a.uri === XSI_NS && (a.local === 'schemaLocation' || a.local === 'noNamespaceSchemaLocation'))
        continue;
      const known = a.prefix === '' ? attributes.get(a.local) : undefined;
      if (known) obj[a.local] = this.checkedValue(known.spec as ScalarSpec, a.value);
      else this.fault([`@${a.name}`], 'unknown_attribute', docMsg.unknownAttribute(a.name));
    }
    for (const a of spec.root.attributes)
      if (obj[a.name] === undefined && (a.spec as ScalarSpec).required) this.checked = false;
    this.frames.push(this.groupFrame(spec.root, obj, [], true));
  }

  private openChild(top: GroupFrame, tag: ResolvedElement): void {
    const slot = top.isRoot ? this.spec?.signature : undefined;
    if (slot && tag.uri === DS_NS && tag.local === 'Signature') {
      const position =
        slot.before === null ? top.spec.children.length : top.spec.byName.get(slot.before)!.position - 0.5;
      if (!this.place(top, 'Signature', position, true)) return;
      this.capture = {
        raw: new RawCapture(this.source, 'outer', tag, this.parser.position),
        target: 'signature',
      };
      return;
    }
    if (tag.uri !== CEB_NS) {
      this.fault([...top.path, tag.local], 'unknown_namespace', docMsg.unknownNamespace(tag.uri));
      this.skipDepth = 1;
      return;
    }
    const child = top.spec.byName.get(tag.local);
    if (!child) {
      this.fault([...top.path, tag.local], 'unknown_field', msg.unknownField(tag.local));
      this.skipDepth = 1;
      return;
    }
    const spec = child.spec;
    if (!this.place(top, child.name, child.position, spec.node !== 'many')) return;
    for (const a of tag.attributes) {
      if (a.prefix !== 'xmlns' && a.name !== 'xmlns')
        this.fault(
          [...top.path, child.name, `@${a.name}`],
          'unknown_attribute',
          docMsg.unknownAttribute(a.name),
        );
    }
    switch (spec.node) {
      case 'scalar':
        this.frames.push({ kind: 'scalar', spec, obj: top.obj, name: child.name, text: '' });
        return;
      case 'one': {
        const obj: Obj = {};
        top.obj[child.name] = obj;
        this.frames.push(this.groupFrame(spec.group, obj, [...top.path, child.name], false));
        return;
      }
      case 'many': {
        let list = top.obj[child.name] as Obj[] | undefined;
        if (!list) top.obj[child.name] = list = [];
        const obj: Obj = {};
        this.frames.push(this.groupFrame(spec.group, obj, [...top.path, child.name, list.length], false));
        list.push(obj);
        return;
      }
      case 'raw':
        this.capture = {
          raw: new RawCapture(this.source, 'inner', tag, this.parser.position),
          target: { obj: top.obj, name: child.name },
        };
        return;
    }
  }

  /**
   * The XSD sequence: an element may not come back after a later one, and a single element may not
   * repeat. Returns false when the element is to be skipped.
   */
  private place(top: GroupFrame, name: string, position: number, single: boolean): boolean {
    if (single && seenBefore(top, name, position)) {
      this.fault([...top.path, name], 'duplicate_element', docMsg.duplicate(name));
      this.skipDepth = 1;
      return false;
    }
    if (position < top.pos) this.fault([...top.path, name], 'element_order', docMsg.order(name));
    else top.pos = position;
    return true;
  }

  private close(): void {
    this.depth--;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const capture = this.capture;
    if (capture) {
      if (capture.raw.mode === 'outer') {
        if (capture.raw.leave()) {
          this.signature = capture.raw.finish(this.parser.position);
          this.capture = undefined;
        }
      } else if (capture.raw.atTop()) {
        // The container (Message) itself closes.
        if (capture.target !== 'signature')
          capture.target.obj[capture.target.name] = capture.raw.finish(this.parser.position);
        this.capture = undefined;
      } else {
        capture.raw.leave();
      }
      return;
    }
    const frame = this.frames.pop();
    if (frame?.kind === 'scalar') this.setScalar(frame);
    else if (frame && this.checked) this.checkGroup(frame);
  }

  /** What the schema asks of a group as a whole: required children present, lists within bounds. */
  private checkGroup(frame: GroupFrame): void {
    const obj = frame.obj;
    for (const { name, spec } of frame.spec.children) {
      const v = obj[name];
      switch (spec.node) {
        case 'many': {
          const n = v === undefined ? 0 : (v as unknown[]).length;
          if (n < spec.min || n > spec.max) this.checked = false;
          // The schema's default for a list that may be empty.
          else if (v === undefined) obj[name] = [];
          break;
        }
        case 'raw':
          // Carried verbatim and checked by the schema alone.
          this.checked = false;
          break;
        default:
          if (v === undefined && spec.required) this.checked = false;
      }
    }
  }

  private text(text: string): void {
    if (this.skipDepth > 0 || this.capture) return;
    const top = this.frames.at(-1);
    if (!top) return;
    if (top.kind === 'scalar') top.text += text;
    else if (!top.textReported && NOT_SPACE.test(text)) {
      top.textReported = true;
      this.fault(top.path, 'unexpected_text', docMsg.unexpectedText());
    }
  }

  /**
   * Text → model value. Integers become numbers (xs:int collapses whitespace); everything else stays
   * the text as written, and the schema applies the XSD's whitespace and default rules to it.
   */
  private setScalar(frame: ScalarFrame): void {
    const { spec, text } = frame;
    let value: string | number = text;
    if (spec.kind.kind === 'int') {
      const t = text.replace(XML_SPACE, '');
      // A non-integer stays a string, so the schema reports it as the JSON form would be reported.
      value = INTEGER.test(t) ? Number(t) : t;
    }
    if (value === '') {
      // An empty optional element is "not filled"; an empty required one is left for the schema.
      if (!spec.required || spec.kind.kind === 'int') return;
    }
    frame.obj[frame.name] = this.checkedValue(spec, value);
  }

  /**
   * The value as the schema would output it when it passes the field's check; otherwise as read, and
   * the schema will name the fault. (Normalising is idempotent, so the schema reads either alike.)
   */
  private checkedValue(spec: ScalarSpec, value: string | number): string | number {
    if (!this.checked) return value;
    const read = spec.read(value, spec.required);
    if (read === undefined) {
      this.checked = false;
      return value;
    }
    return read;
  }

  private groupFrame(spec: GroupSpec, obj: Obj, path: Path, isRoot: boolean): GroupFrame {
    return {
      kind: 'group',
      spec,
      obj,
      path,
      seenLow: 0,
      seenHigh: 0,
      seenOther: undefined,
      isRoot,
      pos: -1,
      textReported: false,
    };
  }

  private pathOfScalar(): Path {
    const scalar = this.frames.at(-1) as ScalarFrame;
    const parent = this.frames.at(-2) as GroupFrame;
    return [...parent.path, scalar.name];
  }

  private fault(path: Path, code: string, message: FieldError['message']): void {
    this.errors.push(fieldError(path, code, message));
  }
}

/** Whether a single child was seen already in this group; marks it seen. */
function seenBefore(top: GroupFrame, name: string, position: number): boolean {
  if (Number.isInteger(position) && position >= 0 && position < 64) {
    const bit = 1 << (position & 31);
    if (position < 32) {
      if (top.seenLow & bit) return true;
      top.seenLow |= bit;
    } else {
      if (top.seenHigh & bit) return true;
      top.seenHigh |= bit;
    }
    return false;
  }
  const other = (top.seenOther ??= new Set());
  if (other.has(name)) return true;
  other.add(name);
  return false;
}
