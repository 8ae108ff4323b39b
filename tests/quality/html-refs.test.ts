import { expect, test } from 'vitest';
import { readPageRefs } from '../../scripts/quality/html-refs.ts';

test('attribute values are read as a browser reads them, every character reference decoded', async () => {
  const { ids, refs } = await readPageRefs(
    '<!doctype html><html><body><h2 id="who&rsquo;s-who">x</h2>' +
      '<a href="/search/?q=a&amp;b=c&#x2F;d">s</a><a href="/caf&eacute;/#x&hellip;">c</a>' +
      '<a href="/a?x=1&copy=2">not a reference before =</a></body></html>',
  );
  expect([...ids]).toEqual(['who’s-who']);
  expect(refs.map((r) => r.url)).toEqual(['/search/?q=a&b=c/d', '/café/#x…', '/a?x=1&copy=2']);
});
