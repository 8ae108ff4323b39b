/**
 * Builds the locator map's drawing at build time: a conformal conic projection fitted to the places (and the
 * nearest stretch of the Russia–Ukraine border, so the border is always in view), country shapes clipped to
 * the frame and written as compact path data, markers, labels placed so they do not overlap, and a scale bar.
 * Pure apart from `loadAtlas()` (which reads node_modules); pass `atlas` to test with other shapes.
 */
import { geoConicConformal, geoDistance, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import { bounds, loadAtlas, RUSSIA, UKRAINE } from './atlas.ts';
import type { Atlas, Bounds } from './atlas.ts';
import { CompactPath } from './compact-path.ts';
import type { PlaceKind } from '../../schemas/entities.ts';

/** One place to mark, as the component receives it. */
export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** The point only approximates the real location; drawn with a dashed ring and said in the list. */
  approximate: boolean;
  /** Link to the place's page (already with the base path). */
  href: string;
}

export interface MapOptions {
  width?: number;
  height?: number;
  /** Padding around the places, px. */
  padding?: number;
  /** The frame never shows less than this many km across, so a single place still has context. */
  minSpanKm?: number;
  /** Simplification tolerance, px. */
  tolerance?: number;
  fontSize?: number;
  /** Budget for all path data, characters; the tolerance grows until the paths fit. */
  maxPathChars?: number;
  /** Shapes to draw; by default Natural Earth at 1:10m for a region, 1:50m for a wider frame. */
  atlas?: Atlas;
}

export interface MapMarker extends MapPlace {
  x: number;
  y: number;
}
export interface MapLabel {
  /** The place's name, or a number where the name would not fit (the list shows the same number). */
  text: string;
  /** Set when the label is a number. */
  number?: number;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}
export interface LocatorMap {
  width: number;
  height: number;
  fontSize: number;
  /** Country fills: Russia, Ukraine, then every other country in view as one path. */
  russia: string;
  ukraine: string;
  others: string;
  ruUaBorder: string;
  otherBorders: string;
  markers: MapMarker[];
  labels: MapLabel[];
  /** Country names drawn where each country has room in the frame. */
  countryLabels: MapLabel[];
  scale: { km: number; px: number };
}

const EARTH_KM = 6371;

export function buildLocatorMap(places: readonly MapPlace[], options: MapOptions = {}): LocatorMap {
  const { width = 400, height = 320, padding = 40, minSpanKm = 160, fontSize = 15, maxPathChars = 9000 } = options;
  const points = places.map((p): [number, number] => [p.lon, p.lat]);
  if (points.length === 0) throw new Error('LocatorMap: give at least one place with coordinates');
  const [cLon, cLat] = centre(points);
  const border = (options.atlas ?? loadAtlas('50m')).ruUaBorder;
  const fitPoints = [...points, nearestOnBorder(border, [cLon, cLat]), ...spanPoints([cLon, cLat], minSpanKm)];

  const [south, north] = extent(fitPoints.map((p) => p[1]));
  const projection: GeoProjection = geoConicConformal()
    .rotate([-cLon, 0])
    .parallels([south + (north - south) / 6, north - (north - south) / 6])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'MultiPoint', coordinates: fitPoints },
    )
    .clipExtent([
      [-2, -2],
      [width + 2, height + 2],
    ]);
  const scale = scaleBar(projection, width, height);
  const atlas = options.atlas ?? loadAtlas(scale.kmPerPx < 1.2 ? '10m' : '50m');

  // Only shapes near the frame are streamed through the projection: the world at 1:10m is slow to clip.
  const view = viewBounds(projection, width, height);
  const near = (b: Bounds) => b[0] <= view[2] && b[2] >= view[0] && b[1] <= view[3] && b[3] >= view[1];
  const features = atlas.countries.features.filter((_, i) => near(atlas.countryBounds[i]!));
  const russia = features.find((f) => f.id === RUSSIA);
  const ukraine = features.find((f) => f.id === UKRAINE);
  const others = features.filter((f) => f !== russia && f !== ukraine);
  const lines = (m: MultiLineString): MultiLineString => ({
    type: 'MultiLineString',
    coordinates: m.coordinates.filter((line) => near(bounds({ type: 'LineString', coordinates: line }))),
  });
  const shapes = {
    russia,
    ukraine,
    others: { type: 'FeatureCollection' as const, features: others },
    ruUaBorder: lines(atlas.ruUaBorder),
    otherBorders: lines(atlas.otherBorders),
  };

  let paths = drawAll(projection, shapes, options.tolerance ?? 0.8);
  for (
    let tolerance = (options.tolerance ?? 0.8) * 1.5;
    totalLength(paths) > maxPathChars && tolerance < 20;
    tolerance *= 1.5
  )
    paths = drawAll(projection, shapes, tolerance);

  const markers = places.map((p): MapMarker => {
    const [x, y] = projection([p.lon, p.lat]) ?? [Number.NaN, Number.NaN];
    return { ...p, x: round(x), y: round(y) };
  });
  const taken: Box[] = markers.map((m) => {
    const r = markerRadius(m);
    return { x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r };
  });
  const labels = placeLabels(markers, taken, width, height, fontSize);
  const countryLabels = [russia, ukraine].flatMap((f) => {
    if (!f) return [];
    const [x, y] = geoPath(projection).centroid(f);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
    const label = placeCountryLabel(f.properties.name.toUpperCase(), x, y, taken, width, height, fontSize);
    return label ? [label] : [];
  });

  return { width, height, fontSize, ...paths, markers, labels, countryLabels, scale: { km: scale.km, px: scale.px } };
}

type Drawable = Parameters<ReturnType<typeof geoPath>>[0];
type Paths = Pick<LocatorMap, 'russia' | 'ukraine' | 'others' | 'ruUaBorder' | 'otherBorders'>;

function drawAll(
  projection: GeoProjection,
  shapes: Record<keyof Paths, Drawable | undefined>,
  tolerance: number,
): Paths {
  const draw = (object: Drawable | undefined) => {
    if (!object) return '';
    const ctx = new CompactPath(tolerance);
    geoPath(projection, ctx)(object);
    return ctx.toString();
  };
  return {
    russia: draw(shapes.russia),
    ukraine: draw(shapes.ukraine),
    others: draw(shapes.others),
    ruUaBorder: draw(shapes.ruUaBorder),
    otherBorders: draw(shapes.otherBorders),
  };
}

const totalLength = (p: Paths) =>
  p.russia.length + p.ukraine.length + p.others.length + p.ruUaBorder.length + p.otherBorders.length;

/** Longitude/latitude bounds of the frame (its edges inverted), with a margin. */
function viewBounds(projection: GeoProjection, w: number, h: number): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= 8; i++)
    for (const [x, y] of [
      [(w * i) / 8, 0],
      [(w * i) / 8, h],
      [0, (h * i) / 8],
      [w, (h * i) / 8],
    ] as const) {
      const p = projection.invert?.([x, y]);
      if (!p) continue;
      b[0] = Math.min(b[0], p[0]);
      b[1] = Math.min(b[1], p[1]);
      b[2] = Math.max(b[2], p[0]);
      b[3] = Math.max(b[3], p[1]);
    }
  return [b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1];
}

type Box = { x0: number; y0: number; x1: number; y1: number };

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, w: number, h: number) => a.x0 >= 2 && a.y0 >= 2 && a.x1 <= w - 2 && a.y1 <= h - 2;
/** Rough text width: about 0.56 em per character for a sans-serif face. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

function labelText(m: MapPlace): string {
  return m.approximate ? `${m.name} (approx.)` : m.name;
}

/** Half the size of a marker as drawn (the dashed ring of an approximate place is wider). */
const markerRadius = (m: MapPlace) => (m.approximate ? 11 : 7);

/** Labels are placed in this order, so sites and cities get the free spots first. */
const PRIORITY: Record<PlaceKind, number> = { site: 0, city: 1, settlement: 2, district: 3, region: 4, country: 5 };

/**
 * A name next to each marker where one fits without touching another marker or label; where none fits,
 * a number instead (1, 2… in list order), which the list beside the map repeats. Returned in marker order.
 */
function placeLabels(markers: MapMarker[], taken: Box[], w: number, h: number, size: number): MapLabel[] {
  const labels = new Map<MapMarker, MapLabel>();
  const byPriority = [...markers].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  for (const m of byPriority) {
    const named = placeLabel(m, labelText(m), taken, w, h, size, true);
    if (named) labels.set(m, named);
  }
  let n = 0;
  for (const m of markers) {
    if (labels.has(m)) continue;
    n += 1;
    labels.set(m, { ...placeLabel(m, String(n), taken, w, h, size, false)!, number: n });
  }
  return markers.map((m) => labels.get(m)!);
}

/**
 * Tries eight spots around the marker, near then farther. With `strict`, only a spot inside the frame and
 * free of other markers and labels will do (else null); otherwise the spot that overlaps least.
 */
function placeLabel(
  m: MapMarker,
  text: string,
  taken: Box[],
  w: number,
  h: number,
  size: number,
  strict: boolean,
): MapLabel | null {
  const tw = textWidth(text, size);
  const candidates: MapLabel[] = [];
  const near = markerRadius(m) + 2;
  for (const gap of [near, near * 2]) {
    const mid = m.y + size * 0.35;
    candidates.push(
      { text, x: m.x + gap, y: mid, anchor: 'start' },
      { text, x: m.x - gap, y: mid, anchor: 'end' },
      { text, x: m.x, y: m.y - gap - 2, anchor: 'middle' },
      { text, x: m.x, y: m.y + gap + size * 0.8, anchor: 'middle' },
      { text, x: m.x + gap * 0.7, y: m.y - gap * 0.7, anchor: 'start' },
      { text, x: m.x + gap * 0.7, y: m.y + gap * 0.7 + size * 0.7, anchor: 'start' },
      { text, x: m.x - gap * 0.7, y: m.y - gap * 0.7, anchor: 'end' },
      { text, x: m.x - gap * 0.7, y: m.y + gap * 0.7 + size * 0.7, anchor: 'end' },
    );
  }
  const box = (l: MapLabel): Box => {
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - tw : l.x - tw / 2;
    return { x0, y0: l.y - size * 0.8, x1: x0 + tw, y1: l.y + size * 0.25 };
  };
  const cost = (l: MapLabel) => {
    const b = box(l);
    const out = inside(b, w, h) ? 0 : 1e6;
    return out + taken.reduce((sum, t) => sum + overlapArea(b, t), 0);
  };
  let chosen = candidates[0]!;
  let best = Infinity;
  for (const l of candidates) {
    const c = cost(l);
    if (c < best) [chosen, best] = [l, c];
    if (c === 0) break;
  }
  if (strict && best > 0) return null;
  taken.push(box(chosen));
  return { ...chosen, x: round(chosen.x), y: round(chosen.y) };
}

function overlapArea(a: Box, b: Box): number {
  const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return x > 0 && y > 0 ? x * y : 0;
}

/** A country name near the centroid of its part in view, nudged off markers and labels; none if no room. */
function placeCountryLabel(text: string, cx: number, cy: number, taken: Box[], w: number, h: number, size: number) {
  const tw = textWidth(text, size) * 1.15; // letter-spaced
  for (const [dx, dy] of [
    [0, 0],
    [0, -40],
    [0, 40],
    [-60, 0],
    [60, 0],
    [0, -80],
    [0, 80],
    [-60, 50],
    [60, -50],
  ] as const) {
    const x = cx + dx;
    const y = cy + dy;
    const b: Box = { x0: x - tw / 2, y0: y - size, x1: x + tw / 2, y1: y + size * 0.3 };
    if (inside(b, w, h) && !taken.some((t) => overlaps(b, t))) {
      taken.push(b);
      return { text, x: round(x), y: round(y), anchor: 'middle' as const };
    }
  }
  return null;
}

/** A round length (10, 20, 25, 50, 100… km) about a fifth of the frame wide, measured at the frame's centre. */
function scaleBar(projection: GeoProjection, w: number, h: number): { km: number; px: number; kmPerPx: number } {
  const a = projection.invert?.([w / 2 - 50, h / 2]);
  const b = projection.invert?.([w / 2 + 50, h / 2]);
  if (!a || !b) return { km: 0, px: 0, kmPerPx: Infinity };
  const kmPerPx = (geoDistance(a, b) * EARTH_KM) / 100;
  const target = (w / 5) * kmPerPx;
  const nice = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].reduce((best, n) =>
    Math.abs(n - target) < Math.abs(best - target) ? n : best,
  );
  return { km: nice, px: round(nice / kmPerPx), kmPerPx };
}

function centre(points: [number, number][]): [number, number] {
  const [w, e] = extent(points.map((p) => p[0]));
  const [s, n] = extent(points.map((p) => p[1]));
  return [(w + e) / 2, (s + n) / 2];
}

function extent(values: number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/** Four points `spanKm` apart around the centre, so the frame is never tighter than that. */
function spanPoints([lon, lat]: [number, number], spanKm: number): [number, number][] {
  const dLat = (spanKm / 2 / EARTH_KM) * (180 / Math.PI);
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  return [
    [lon - dLon, lat],
    [lon + dLon, lat],
    [lon, lat - dLat],
    [lon, lat + dLat],
  ];
}

/** The vertex of the border line closest to `p`. */
function nearestOnBorder(border: MultiLineString, p: [number, number]): [number, number] {
  let best: [number, number] = p;
  let bestD = Infinity;
  for (const line of border.coordinates)
    for (const c of line) {
      const d = geoDistance(c as [number, number], p);
      if (d < bestD) {
        bestD = d;
        best = [c[0]!, c[1]!];
      }
    }
  return best;
}

const round = (n: number) => Math.round(n * 10) / 10;
