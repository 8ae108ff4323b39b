import { describe, expect, test } from 'vitest';
import { CompactPath } from '../../src/lib/map/compact-path.ts';

/** Reads path data written by CompactPath (only `m`, implicit relative pairs and `z`) back into absolute subpaths. */
function parse(d: string): { points: [number, number][]; closed: boolean }[] {
  const subpaths: { points: [number, number][]; closed: boolean }[] = [];
  let cur: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (const [, cmd, body] of d.matchAll(/([mz])([^mz]*)/g)) {
    if (cmd === 'z') {
      subpaths.at(-1)!.closed = true;
      cur = start;
      continue;
    }
    const nums = (body!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const points: [number, number][] = [];
    for (let i = 0; i < nums.length; i += 2) {
      cur = [Math.round((cur[0] + nums[i]!) * 10) / 10, Math.round((cur[1] + nums[i + 1]!) * 10) / 10];
      points.push(cur);
    }
    start = points[0]!;
    subpaths.push({ points, closed: false });
  }
  return subpaths;
}

function draw(tolerance: number, fn: (c: CompactPath) => void): string {
  const c = new CompactPath(tolerance);
  fn(c);
  return c.toString();
}

describe('CompactPath', () => {
  test('writes relative pairs after one m, with the shortest numbers', () => {
    const d = draw(0, (c) => {
      c.moveTo(10.04, 20);
      c.lineTo(10.54, 20);
      c.lineTo(10.54, 19);
      c.lineTo(0, 0);
    });
    expect(d).toBe('m10,20,.5,0,0-1-10.5-19'); // "20,.5": a comma is needed where the previous number has no dot
    expect(parse(d)[0]!.points).toEqual([
      [10, 20],
      [10.5, 20],
      [10.5, 19],
      [0, 0],
    ]);
  });

  test('rounding never drifts: every point read back is within 0.05 px of the original', () => {
    const pts: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      i * 1.2345 + 0.0371,
      Math.sin(i) * 50 + 100.0449,
    ]);
    const d = draw(0, (c) => pts.forEach(([x, y], i) => (i ? c.lineTo(x, y) : c.moveTo(x, y))));
    const back = parse(d)[0]!.points;
    expect(back).toHaveLength(pts.length);
    back.forEach(([x, y], i) => {
      expect(Math.abs(x - pts[i]![0])).toBeLessThanOrEqual(0.0500001);
      expect(Math.abs(y - pts[i]![1])).toBeLessThanOrEqual(0.0500001);
    });
  });

  test('drops points closer than the tolerance but keeps the last point of a line', () => {
    const d = draw(1, (c) => {
      c.moveTo(0, 0);
      c.lineTo(0.3, 0);
      c.lineTo(0.6, 0);
      c.lineTo(5, 0);
      c.lineTo(5.4, 0);
    });
    expect(parse(d)[0]!.points).toEqual([
      [0, 0],
      [5, 0],
      [5.4, 0],
    ]);
  });

  test('removes a ring that shrinks below three points, and the next ring still starts in the right place', () => {
    const d = draw(1, (c) => {
      c.moveTo(0, 0);
      c.lineTo(10, 0);
      c.lineTo(10, 10);
      c.closePath();
      c.moveTo(50, 50); // a speck: simplified to one point
      c.lineTo(50.2, 50);
      c.lineTo(50.2, 50.2);
      c.closePath();
      c.moveTo(100, 100);
      c.lineTo(110, 100);
      c.lineTo(110, 110);
      c.closePath();
    });
    const rings = parse(d);
    expect(rings).toHaveLength(2);
    expect(rings.every((r) => r.closed)).toBe(true);
    expect(rings[1]!.points[0]).toEqual([100, 100]);
  });

  test('writes numbers without leading zeros and without needless separators', () => {
    const d = draw(0, (c) => {
      c.moveTo(0.5, 0.5);
      c.lineTo(0, 0);
      c.lineTo(0.5, 0.5);
    });
    expect(d).toBe('m.5.5-.5-.5.5.5');
  });
});
