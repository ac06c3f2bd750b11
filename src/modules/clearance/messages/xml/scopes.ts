/**
 * Namespaces in XML 1.0 over saxes's plain mode. saxes checks the XML itself; with its `xmlns` option it
 * also resolves names, but builds two dictionary objects and a name object for every element. A CEB
 * message has about 50 elements and declares its namespaces once, on the root: resolving here, with one
 * small object an element, halved what the parse worker allocates and so the time it spends collecting
 * (docs/benchmarks.md § Clearance). The rules are those saxes applies in that mode, with its messages.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface ResolvedName {
  /** The name as written (`ceb:OrderHead`). */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** The namespace URI ('' for none). */
  readonly uri: string;
}

export interface ResolvedAttribute extends ResolvedName {
  readonly value: string;
}

export interface ResolvedElement extends ResolvedName {
  /** The namespaces this element declares (prefix → URI; '' for the default). */
  readonly ns: Readonly<Record<string, string>>;
  readonly attributes: readonly ResolvedAttribute[];
}

/** A map of prefixes without a prototype, so that no prefix (`toString`, `__proto__`) finds an inherited value. */
function bindings(...from: Readonly<Record<string, string>>[]): Record<string, string> {
  const map = Object.create(null) as Record<string, string>;
  for (const part of from) Object.assign(map, part);
  return map;
}

const NONE: Readonly<Record<string, string>> = Object.freeze(bindings());
const NO_ATTRIBUTES: readonly ResolvedAttribute[] = Object.freeze([]);
const BUILT_IN: Readonly<Record<string, string>> = Object.freeze(bindings({ xml: XML_NS, xmlns: XMLNS_NS }));

function hasAny(attributes: Readonly<Record<string, string>>): boolean {
  for (const _ in attributes) return true;
  return false;
}

/** A name split at its colon, kept: messages repeat the same few dozen names. */
const splits = new Map<string, readonly [prefix: string, local: string] | null>();
const SPLITS_KEPT = 4096;

/** [prefix, local], or null for a malformed name (an empty part, or a second colon). */
function split(name: string): readonly [string, string] | null {
  let parts = splits.get(name);
  if (parts !== undefined) return parts;
  const colon = name.indexOf(':');
  if (colon === -1) parts = ['', name];
  else {
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    parts = prefix === '' || local === '' || local.includes(':') ? null : [prefix, local];
  }
  // Bounded, so that a document of ever new names cannot grow it.
  if (splits.size >= SPLITS_KEPT) splits.clear();
  splits.set(name, parts);
  return parts;
}

/**
 * The namespaces in scope while a document is read: `open` each start tag, `close` each end tag. A
 * fault is reported through the parser's `fail`, which throws it with the position (saxes's does when
 * no error handler is set, or through a handler that throws).
 */
export class NamespaceScopes {
  /** The bindings in scope, merged; a new object only where an element declares one. */
  #inScope: Readonly<Record<string, string>> = BUILT_IN;
  /** The bindings outside each declaring element, and the depth it opened at. */
  readonly #saved: { depth: number; inScope: Readonly<Record<string, string>> }[] = [];
  #depth = 0;

  readonly #parser: { fail(message: string): unknown };

  constructor(parser: { fail(message: string): unknown }) {
    this.#parser = parser;
  }

  #fail(message: string): never {
    this.#parser.fail(message);
    throw new Error(message); // not reached while the parser's fail throws
  }

  /** A start tag, its attributes as saxes's plain mode gives them (name → value). */
  open(name: string, attributes: Readonly<Record<string, string>>): ResolvedElement {
    this.#depth++;
    // CEB elements below the root carry no attributes, and this is the hot path.
    const named = hasAny(attributes) ? this.#declare(attributes) : undefined;
    // The element's name, then its attributes' names: the order saxes reports faults in.
    const parts = split(name) ?? this.#fail(`malformed name: ${name}.`);
    const [prefix, local] = parts;
    if (prefix === 'xmlns') this.#fail('tags may not have "xmlns" as prefix.');
    const uri = this.#inScope[prefix];
    if (uri === undefined && prefix !== '')
      this.#fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
    return {
      name,
      prefix,
      local,
      uri: uri ?? '',
      ns: named?.declared ?? NONE,
      attributes: named ? this.#resolve(named.list) : NO_ATTRIBUTES,
    };
  }

  close(): void {
    const saved = this.#saved.at(-1);
    if (saved && saved.depth === this.#depth) {
      this.#inScope = saved.inScope;
      this.#saved.pop();
    }
    this.#depth--;
  }

  /** The element's declarations put in scope, checked in the order they are written; its attributes split. */
  #declare(attributes: Readonly<Record<string, string>>) {
    const declared = bindings();
    let any = false;
    const list: [name: string, prefix: string, local: string, value: string][] = [];
    for (const name in attributes) {
      const value = attributes[name]!;
      const parts = split(name) ?? this.#fail(`malformed name: ${name}.`);
      const [prefix, local] = parts;
      list.push([name, prefix, local, value]);
      if (prefix === 'xmlns') {
        const uri = value.trim();
        if (uri === '') this.#fail('invalid attempt to undefine prefix in XML 1.0');
        this.#check(local, uri);
        declared[local] = uri;
        any = true;
      } else if (name === 'xmlns') {
        const uri = value.trim();
        this.#check('', uri);
        declared[''] = uri;
        any = true;
      }
    }
    if (any) {
      this.#saved.push({ depth: this.#depth, inScope: this.#inScope });
      this.#inScope = bindings(this.#inScope, declared);
    }
    return { declared: any ? declared : NONE, list };
  }

  /** The attributes' namespaces. Attributes take no default namespace (Namespaces in XML 1.0 §6.2). */
  #resolve(list: readonly (readonly [name: string, prefix: string, local: string, value: string])[]) {
    const seen = new Set<string>();
    return list.map(([name, prefix, local, value]): ResolvedAttribute => {
      let uri: string;
      let expanded: string;
      if (prefix === '') {
        uri = name === 'xmlns' ? XMLNS_NS : '';
        expanded = name;
      } else {
        uri = this.#inScope[prefix] ?? this.#fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
        expanded = `{${uri}}${local}`;
      }
      if (seen.has(expanded)) this.#fail(`duplicate attribute: ${expanded}.`);
      seen.add(expanded);
      return { name, prefix, local, uri, value };
    });
  }

  /** The reserved prefixes and names (Namespaces in XML 1.0 §3, "Reserved Prefixes and Namespace Names"). */
  #check(prefix: string, uri: string): void {
    if (prefix === 'xml' && uri !== XML_NS) this.#fail(`xml prefix must be bound to ${XML_NS}.`);
    if (prefix === 'xmlns' && uri !== XMLNS_NS) this.#fail(`xmlns prefix must be bound to ${XMLNS_NS}.`);
    if (uri === XMLNS_NS)
      this.#fail(
        prefix === ''
          ? `the default namespace may not be set to ${uri}.`
          : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NS}.`,
      );
    if (uri === XML_NS && prefix !== 'xml')
      this.#fail(
        prefix === ''
          ? `the default namespace may not be set to ${uri}.`
          : 'may not assign the xml namespace to another prefix.',
      );
  }
}
