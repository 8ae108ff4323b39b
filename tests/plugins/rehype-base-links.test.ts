import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links.ts';

const run = async (html: string, base: string) =>
  String(
    await unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeBaseLinks, { base })
      .use(rehypeStringify)
      .process(html),
  );

describe('rehypeBaseLinks', () => {
  test('prefixes site-relative links and sources with the base path', async () => {
    expect(await run('<a href="/claims/">Claims</a><img src="/map.svg" alt="">', '/explainer/')).toBe(
      '<a href="/explainer/claims/">Claims</a><img src="/explainer/map.svg" alt="">',
    );
  });

  test('leaves absolute, protocol-relative, fragment and relative links alone', async () => {
    const html =
      '<a href="https://tass.com/politics/1736663">a</a><a href="//cdn.example/x">b</a><a href="#source-x">c</a><a href="../x/">d</a>';
    expect(await run(html, '/explainer/')).toBe(html);
  });

  test('is a no-op at the root base', async () => {
    expect(await run('<a href="/claims/">Claims</a>', '/')).toBe('<a href="/claims/">Claims</a>');
  });
});
