import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedOgPng, ogCacheKey, renderOgPng, titleSize } from '../../src/lib/og/render.ts';
import { OG_IMAGE } from '../../src/lib/seo/meta.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const dimensions = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) }; // IHDR follows the signature
};

describe('social image', () => {
  test.each([
    [
      'a long article title',
      'Russia says plane carrying 65 Ukrainian POWs crashes, killing all aboard',
      'Source article',
    ],
    ['a short name with Cyrillic', 'Yablonovo (Яблоново)', 'Place'],
  ])(
    '%s renders as a PNG of the announced size, under 60 KB',
    async (_, title, kind) => {
      const png = await renderOgPng({ title, kind, siteName: 'Il-76 crash explainer' });
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(dimensions(png)).toEqual(OG_IMAGE);
      expect(png.byteLength).toBeLessThan(60_000);
      if (process.env['OG_PREVIEW']) {
        mkdirSync('.tmp', { recursive: true });
        writeFileSync(`.tmp/og-${kind}.png`, png);
      }
    },
    20_000,
  );

  test('longer titles get smaller type', () => {
    expect(titleSize('Kharkiv')).toBeGreaterThan(titleSize('x'.repeat(100)));
  });
});

describe('social image cache', () => {
  const card = { title: 'Kharkiv', kind: 'Place', siteName: 'Il-76 crash explainer' };

  test('a cached card is the same bytes as a fresh drawing, and is read back rather than drawn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const fresh = await renderOgPng(card);
      const first = await cachedOgPng(card, dir);
      expect(Buffer.from(first).equals(Buffer.from(fresh))).toBe(true);
      const file = join(dir, `${ogCacheKey(card)}.png`);
      expect(readdirSync(dir)).toEqual([`${ogCacheKey(card)}.png`]);
      // A second call returns what the file holds (proof that it read the cache, not the renderer).
      writeFileSync(file, Uint8Array.from([1, 2, 3]));
      expect([...(await cachedOgPng(card, dir))]).toEqual([1, 2, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);

  test('the key changes with what the card shows', () => {
    const key = ogCacheKey(card);
    expect(ogCacheKey({ ...card })).toBe(key);
    expect(ogCacheKey({ ...card, title: 'Kharkiv region' })).not.toBe(key);
    expect(ogCacheKey({ ...card, kind: 'Person' })).not.toBe(key);
  });
});
