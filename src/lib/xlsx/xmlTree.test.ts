import { describe, expect, test } from 'vitest';
import { childNamed, parseXml } from './xmlTree.ts';

describe('parseXml(text)', () => {
  test('reads elements, attributes without their prefix, text with entities, CDATA, and skips comments and declarations', () => {
    const root = parseXml('<?xml version="1.0"?>\n<x:a xmlns:x="u" r:id=\'r1\'><!-- note --><b k="1 &lt; 2">A &amp; B&#33;<![CDATA[<c>]]></b><e/></x:a>');
    expect(root?.name).toBe('a');
    expect(root?.attributes['id']).toBe('r1');
    const b = childNamed(root, 'b');
    expect(b?.attributes['k']).toBe('1 < 2');
    expect(b?.text).toBe('A & B!<c>');
    expect(root?.children.map((child) => child.name)).toEqual(['b', 'e']);
  });

  test('refuses a document type declaration, so no entity is ever expanded', () => {
    expect(parseXml('<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>')).toBeUndefined();
  });

  test.each([['<a><b></a>'], ['<a>'], ['<a></b>'], ['<a/><b/>'], ['text'], ['<a x=1/>']])('%s is not well-formed', (text) => expect(parseXml(text)).toBeUndefined());
});
