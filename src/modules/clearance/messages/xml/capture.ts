import type { ResolvedElement } from './scopes.js';

/**
 * Carries a piece of XML through verbatim: the ds:Signature block (never re-signed) and the content
 * of ExtendMessage/Message (xs:any, processContents="skip").
 *
 * The text is sliced from the source, so it is byte-for-byte what the sender wrote, with one
 * exception: a namespace prefix used inside but declared on an ancestor outside (typically
 * `xmlns:ds` on the root) is declared again on the captured top-level element(s), so the piece means
 * the same thing wherever the producer puts it back.
 */
export class RawCapture {
  /** Where the kept text starts in the source. */
  private readonly start: number;
  private depth = 0;
  private readonly declared: Record<string, string>[] = [];
  private readonly needed = new Map<string, string>();
  /** Source index just after `<qname` of each top-level element, where declarations go. */
  private readonly insertAt: number[] = [];

  /**
   * @param source the whole document (parsed in one write, so saxes positions index into it)
   * @param mode `outer` keeps the element itself (Signature); `inner` keeps its content (Message)
   * @param position the parser position just after the `>` of the start tag of the element
   */
  constructor(
    private readonly source: string,
    readonly mode: 'outer' | 'inner',
    tag: ResolvedElement,
    position: number,
  ) {
    if (mode === 'outer') {
      this.start = source.lastIndexOf('<', position - 1);
      this.enter(tag, position);
    } else {
      this.start = position;
    }
  }

  /** An element opens inside the capture (or, in outer mode, the captured element itself). */
  enter(tag: ResolvedElement, position: number): void {
    if (this.depth === 0)
      this.insertAt.push(this.source.lastIndexOf('<', position - 1) + 1 + tag.name.length);
    this.depth++;
    this.declared.push(tag.ns);
    this.use(tag.prefix, tag.uri);
    for (const a of tag.attributes) if (a.prefix !== '' && a.prefix !== 'xmlns') this.use(a.prefix, a.uri);
  }

  /** An element closes; true when the captured element (outer mode) has closed. */
  leave(): boolean {
    this.depth--;
    this.declared.pop();
    return this.mode === 'outer' && this.depth === 0;
  }

  /** In inner mode: no captured element is open, so the next end tag is the container's. */
  atTop(): boolean {
    return this.depth === 0;
  }

  /**
   * The captured text. `end` is the parser position just after the end tag of the captured element
   * (outer) or of the container (inner; for a self-closing container that is the start tag's end).
   */
  finish(end: number): string {
    const stop = this.mode === 'outer' ? end : this.source.lastIndexOf('<', end - 1);
    if (stop <= this.start) return '';
    const decls = [...this.needed]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([prefix, uri]) =>
          ` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${uri.replace(/[&<"]/g, (c) => `&#${c.charCodeAt(0)};`)}"`,
      )
      .join('');
    if (decls === '') return this.source.slice(this.start, stop);
    let out = '';
    let from = this.start;
    for (const at of this.insertAt) {
      out += this.source.slice(from, at) + decls;
      from = at;
    }
    return out + this.source.slice(from, stop);
  }

  private use(prefix: string, uri: string): void {
    if (prefix === 'xml' || (prefix === '' && uri === '')) return;
    for (let i = this.declared.length - 1; i >= 0; i--) if (prefix in this.declared[i]!) return;
    this.needed.set(prefix, uri);
  }
}
