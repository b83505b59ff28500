// The OOXML scanner: events as a conforming parser would give them, and every malformation refused.
import { describe, expect, it } from 'vitest';
import { scanXml } from '../src/readers/docx/xml-scan.ts';
import { ReadError } from '../src/readers/types.ts';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, 'part.xml', {
    open: (name, attrs) => out.push(`<${name}${attrs.entries().map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join('')}>`),
    close: (name) => out.push(`</${name}>`),
    text: (t) => out.push(JSON.stringify(t)),
  });
  return out;
}

function codeOf(xml: string): string {
  try {
    events(xml);
    return 'ok';
  } catch (err) {
    return err instanceof ReadError ? err.code : 'other';
  }
}

describe('scanXml', () => {
  it('reports elements, attributes and text in document order', () => {
    expect(events('<?xml version="1.0" encoding="UTF-8"?>\n<w:document a="1"><w:p><w:t xml:space=\'preserve\'> x </w:t><w:br/></w:p></w:document>'))
      .toEqual(['<w:document a="1">', '<w:p>', '<w:t xml:space="preserve">', '" x "', '</w:t>', '<w:br>', '</w:br>', '</w:p>', '</w:document>']);
  });

  it('decodes the predefined entities and character references in text and attributes', () => {
    expect(events('<r v="a&amp;b&#x4E2D;&quot;">&lt;&gt;&apos;&#25991;</r>')).toEqual(['<r v="a&b中\\"">', '"<>\'文"', '</r>']);
  });

  it('normalises newlines in text and whitespace in attribute values', () => {
    expect(events('<r v="a\tb\r\nc">x\r\ny\rz</r>')).toEqual(['<r v="a b c">', '"x\\ny\\nz"', '</r>']);
  });

  it('passes CDATA through as text and skips comments and processing instructions', () => {
    expect(events('<r><!-- <no/> --><?pi x?><![CDATA[<a>&amp;]]></r>')).toEqual(['<r>', '"<a>&amp;"', '</r>']);
  });

  it('reads a ">" inside a quoted attribute value as part of the value', () => {
    expect(events('<r v="a>b" w=\'>\'/>')).toEqual(['<r v="a>b" w=">">', '</r>']);
  });

  it('refuses any DOCTYPE', () => {
    expect(codeOf('<!DOCTYPE r [<!ENTITY x "y">]><r>&x;</r>')).toBe('XML_DTD');
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['a stray closing tag', '<a></a></b>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['a bad character reference', '<a>&#xZZ;</a>'],
    ['an unquoted attribute', '<a v=1></a>'],
    ['an attribute without a value', '<a v></a>'],
    ['a repeated attribute', '<a v="1" v="2"></a>'],
    ['attributes without space between them', '<a v="1"w="2"></a>'],
    ['"<" in an attribute value', '<a v="<"></a>'],
    ['text outside the root', 'x<a></a>'],
    ['two root elements', '<a></a><b></b>'],
    ['no root element', '<?xml version="1.0"?>'],
    ['an unclosed comment', '<a><!-- x</a>'],
    ['a tag cut off at the end', '<a><b'],
  ])('refuses %s as MALFORMED_XML', (_what, xml) => {
    expect(codeOf(xml)).toBe('MALFORMED_XML');
  });
});
