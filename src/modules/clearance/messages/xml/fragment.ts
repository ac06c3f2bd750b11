import { SaxesParser } from 'saxes';
import { DS_NS } from './namespaces.js';
import { NamespaceScopes } from './scopes.js';

/**
 * Checks XML that is carried through verbatim into a produced document, so the document stays
 * well-formed and means what the piece meant: well-formed, every prefix declared inside it, no
 * DOCTYPE, no deeper than documents may be. Each returns an English detail, or null when fine.
 */

/** A ds:Signature block handed to the producer: exactly one {xmldsig}Signature element. */
export function checkSignatureBlock(xml: string): string | null {
  return scan(xml, { expect: { uri: DS_NS, local: 'Signature' }, minRoots: 1 });
}

/**
 * ExtendMessage/Message content: `xs:any minOccurs="0"` in an element-only type, so at most one
 * element and nothing but whitespace around it.
 */
export function checkExtensionContent(xml: string): string | null {
  return scan(xml, { minRoots: 0 });
}

interface ScanRules {
  readonly expect?: { readonly uri: string; readonly local: string };
  readonly minRoots: 0 | 1;
}

const MAX_DEPTH = 32;

function scan(xml: string, rules: ScanRules): string | null {
  const { expect } = rules;
  // saxes's plain mode, the namespaces resolved beside it, as the reader runs it (scopes.ts): both modes
  // on one thread would leave saxes's code compiled for two shapes of tag.
  const parser = new SaxesParser({ xmlns: false, fragment: true, position: false });
  const scopes = new NamespaceScopes(parser);
  let depth = 0;
  let roots = 0;
  parser.on('doctype', () => {
    throw new Error('a DOCTYPE is not allowed');
  });
  parser.on('opentag', (start) => {
    const tag = scopes.open(start.name, start.attributes);
    if (++depth > MAX_DEPTH) throw new Error(`nested deeper than ${MAX_DEPTH} levels`);
    if (depth > 1) return;
    if (++roots > 1) throw new Error('one element at most');
    if (expect && (tag.uri !== expect.uri || tag.local !== expect.local))
      throw new Error(`expected {${expect.uri}}${expect.local}, found {${tag.uri}}${tag.local}`);
  });
  parser.on('closetag', () => {
    scopes.close();
    depth--;
  });
  parser.on('text', (text) => {
    if (depth === 0 && /[^ \t\r\n]/.test(text)) throw new Error('text outside the element');
  });
  parser.on('cdata', () => {
    if (depth === 0) throw new Error('text outside the element');
  });
  parser.on('error', (e) => {
    throw e;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return roots < rules.minRoots ? 'an element is expected' : null;
}
