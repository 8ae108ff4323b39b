/**
 * Text is data: every generated fixture reads back as exactly the data ingest found, so no character
 * of the source became JSON structure (read with `JSON.parse`, as Astro reads it, and with the YAML
 * parser the checker finds lines with), and the markup the page builds from it (`paragraphSegments`)
 * holds each paragraph's exact text.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { GENERATOR } from '../../scripts/ingest/emit.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { paragraphSegments, segmentText } from '../../src/text/markup.ts';
import { ingestFixture } from './fixture.ts';

describe.each(readdirSync('tests/fixtures/ingest').sort())('%s', (name) => {
  test('the generated file reads back as exactly the data ingest found, and fits the schema', () => {
    const { text, analysis } = ingestFixture(name);
    const read = JSON.parse(text) as Record<string, unknown>;
    expect(parse(text)).toEqual(read);
    const { generated, ...data } = read;
    expect(data).toEqual(analysis.data);
    expect(generated).toEqual({
      by: GENERATOR,
      note: expect.stringContaining('Do not edit'),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/u),
    });
    expect(articleSchema.safeParse(read).success).toBe(true);
  });

  test('each paragraph’s markup holds the paragraph’s exact text, and every sentence once', () => {
    const { analysis } = ingestFixture(name);
    const segments = paragraphSegments(analysis.data);
    for (const p of analysis.data.paragraphs) {
      expect(segmentText(segments.get(p.id)!), p.id).toBe(p.text);
      const ids = JSON.stringify(segments.get(p.id)).match(/"sentence",\{"id":"p\d+s\d+"\}/gu) ?? [];
      expect(ids, p.id).toEqual(p.sentences.map((s) => `"sentence",{"id":"${s.id}"}`));
    }
  });
});
