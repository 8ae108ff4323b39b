import type { GeoContext } from 'd3-geo';

type Tenths = [number, number];

/**
 * A d3-geo path context that writes short SVG path data.
 *
 * d3's own string output repeats every point in absolute coordinates. This context instead rounds each
 * projected point to 0.1 px, drops points closer than `tolerance` px to the last point kept (radial
 * simplification; the last point of a line is always kept so borders still meet), removes rings that shrink
 * below three points (islands too small to see), and writes relative commands (`l1.2-.5`). Deltas are taken
 * between already-rounded points, so rounding never accumulates.
 *
 * ```ts
 * const ctx = new CompactPath(1);
 * geoPath(projection, ctx)(feature);
 * ctx.toString(); // "m12.3,45.6,1.2-.5,3,1z…"
 * ```
 */
export class CompactPath implements GeoContext {
  #out = '';
  /** Current point of the committed path, in tenths of a pixel (null before the first subpath). */
  #current: Tenths | null = null;
  /** Points of the subpath being drawn, and a point dropped by simplification (kept if the line ends there). */
  #points: Tenths[] = [];
  #pending: Tenths | null = null;
  readonly #tol2: number;

  /** @param tolerance minimum distance in px between kept points (0 keeps every rounded point). */
  constructor(tolerance = 1) {
    this.#tol2 = (tolerance * 10) ** 2;
  }

  moveTo(x: number, y: number): void {
    this.#commit(false);
    this.#points = [tenths(x, y)];
  }

  lineTo(x: number, y: number): void {
    const p = tenths(x, y);
    const last = this.#points.at(-1);
    if (!last) {
      this.#points = [p];
      return;
    }
    const dx = p[0] - last[0];
    const dy = p[1] - last[1];
    if (dx * dx + dy * dy < this.#tol2) {
      if (dx !== 0 || dy !== 0) this.#pending = p;
      return;
    }
    this.#pending = null;
    this.#points.push(p);
  }

  closePath(): void {
    this.#pending = null; // near the last kept point; closing returns to the start anyway
    this.#commit(true);
  }

  /** d3 draws GeoJSON points as circles; markers are drawn separately, so points are ignored. */
  arc(): void {}

  beginPath(): void {}

  toString(): string {
    this.#commit(false);
    return this.#out;
  }

  #commit(closed: boolean): void {
    if (this.#pending) this.#points.push(this.#pending);
    this.#pending = null;
    const pts = this.#points;
    this.#points = [];
    if (pts.length < (closed ? 3 : 2)) return;
    const [first, ...rest] = pts as [Tenths, ...Tenths[]];
    // A leading "m" counts as absolute, and pairs after any "m" are relative lines: one command does it all.
    const from = this.#current ?? [0, 0];
    let text = `m${pair(first[0] - from[0], first[1] - from[1])}`;
    let prev = first;
    let lastNum = text;
    for (const p of rest) {
      const x = num(p[0] - prev[0]);
      const y = num(p[1] - prev[1]);
      text += sep(lastNum, x) + x + sep(x, y) + y;
      lastNum = y;
      prev = p;
    }
    if (closed) {
      text += 'z';
      this.#current = first; // after "z" the current point is the subpath's first point
    } else {
      this.#current = prev;
    }
    this.#out += text;
  }
}

function tenths(x: number, y: number): Tenths {
  return [Math.round(x * 10), Math.round(y * 10)];
}

function pair(a: number, b: number): string {
  const x = num(a);
  const y = num(b);
  return x + sep(x, y) + y;
}

/** Tenths of a pixel as the shortest SVG number: 15 → "1.5", 5 → ".5", -5 → "-.5", 20 → "2". */
function num(t: number): string {
  if (t === 0) return '0';
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return (t < 0 ? '-' : '') + (whole === 0 ? '' : String(whole)) + (frac === 0 ? '' : `.${frac}`);
}

/** Separator between two numbers: none before "-", none before ".5" when the previous number has a dot. */
function sep(prev: string, next: string): string {
  if (next.startsWith('-')) return '';
  if (next.startsWith('.') && /\.\d*$/.test(prev)) return '';
  return ',';
}
