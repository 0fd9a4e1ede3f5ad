import { isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from './linkified-text.tsx';

function hrefs(text: string): string[] {
  return linkify(text).flatMap((part) => (isValidElement<{ href: string }>(part) ? [part.props.href] : []));
}

describe('turning customer text into text and safe links', () => {
  it('links http and https addresses and leaves the sentence punctuation out', () => {
    expect(hrefs('Track it: https://example.com/t?id=1. Or http://shop.example/a, thanks')).toEqual(['https://example.com/t?id=1', 'http://shop.example/a']);
  });

  it('never links javascript:, data: or markup', () => {
    expect(hrefs('javascript:alert(1) data:text/html,<script>x</script> <a href="javascript:x">y</a>')).toEqual([]);
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
  });

  it('keeps every other character as plain text', () => {
    const text = '<img src=x onerror=alert(1)> مرحبا 👋🏽';
    expect(linkify(text)).toEqual([text]);
  });
});
