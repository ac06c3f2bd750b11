import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkExtensionContent, checkSignatureBlock } from './fragment.js';

const DS = 'xmlns:ds="http://www.w3.org/2000/09/xmldsig#"';

describe('pieces of XML carried into a produced message', () => {
  it('a signature block: one ds:Signature, every prefix in it declared in it', () => {
    assert.equal(checkSignatureBlock(`<ds:Signature ${DS}><ds:SignedInfo/></ds:Signature>`), null);
    assert.equal(checkSignatureBlock(`<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>`), null);
    for (const [block, fault] of [
      [`<ds:Signature ${DS}><x:y/></ds:Signature>`, /unbound namespace prefix: "x"/],
      [`<ds:Signature/>`, /unbound namespace prefix: "ds"/],
      [
        `<Signature/>`,
        /expected \{http:\/\/www\.w3\.org\/2000\/09\/xmldsig#\}Signature, found \{\}Signature/,
      ],
      [`<ds:Signature ${DS}/><ds:Signature ${DS}/>`, /one element at most/],
      [`<ds:Signature ${DS}>`, /unclosed tag/],
      [`<!DOCTYPE x><ds:Signature ${DS}/>`, /doctype/i],
      [`<ds:Signature ${DS} xmlns:ds="urn:again"/>`, /duplicate attribute/],
      ['', /an element is expected/],
    ] as const)
      assert.match(checkSignatureBlock(block) ?? 'accepted', fault, block);
  });

  it('extension content: at most one element, its prefixes declared, no text around it', () => {
    for (const ok of ['', '  ', '<e:x xmlns:e="urn:e"><e:y/></e:x>', '<x/>'])
      assert.equal(checkExtensionContent(ok), null, ok);
    for (const [content, fault] of [
      ['<e:x/>', /unbound namespace prefix: "e"/],
      ['text', /text outside the element/],
      ['<x/><y/>', /one element at most/],
      [`${'<a>'.repeat(33)}${'</a>'.repeat(33)}`, /nested deeper than 32 levels/],
    ] as const)
      assert.match(checkExtensionContent(content) ?? 'accepted', fault, content);
  });
});
