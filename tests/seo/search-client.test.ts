import { describe, expect, test } from 'vitest';
import { excerptSegments, isSitePath } from '../../src/pages/search/_client.js';

describe('search excerpts', () => {
  test('keeps only <mark>, as plain text pieces', () => {
    expect(excerptSegments('Governor <mark>Gladkov</mark> said on <b>Telegram</b>')).toEqual([
      { text: 'Governor ', mark: false },
      { text: 'Gladkov', mark: true },
      { text: ' said on Telegram', mark: false },
    ]);
  });

  test('decodes entities once, so text is neither double-escaped nor turned into markup', () => {
    expect(excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <img src=x onerror=alert(1)>')).toEqual([
      { text: '<script>alert(1)</script> & ', mark: false },
    ]);
  });

  test('accepts only paths on this site as result links', () => {
    expect(isSitePath('/explainer/articles/x/')).toBe(true);
    expect(isSitePath('https://evil.example/')).toBe(false);
    expect(isSitePath('//evil.example/')).toBe(false);
    expect(isSitePath('javascript:alert(1)')).toBe(false);
  });
});
