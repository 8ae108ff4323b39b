import { describe, expect, test } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { OG_HEIGHT, OG_WIDTH, renderOgPng, titleSize } from '../../src/lib/og/render.ts';

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
    '%s renders as a 1200×630 PNG under 60 KB',
    async (_, title, kind) => {
      const png = await renderOgPng({ title, kind, siteName: 'Il-76 crash explainer' });
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(dimensions(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
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
