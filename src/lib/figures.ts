/** Key figures and the relations between them, checked when the site is built. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type FigureEntry = CollectionEntry<'figures'>;

const QUALIFIER = { about: 'about ', 'at-least': 'at least ', 'more-than': 'more than ' } as const;

/** The number as a reader sees it: "more than 50", "74". */
export function shownValue(data: { value: number; qualifier?: keyof typeof QUALIFIER | undefined }): string {
  return `${data.qualifier ? QUALIFIER[data.qualifier] : ''}${data.value.toLocaleString('en-GB')}`;
}

/** Problems with `sumOf` relations: a figure that is not the sum of its parts, or a part that does not exist. */
export function relationProblems(figures: FigureEntry[]): string[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return figures.flatMap((f) => {
    if (f.data.sumOf.length === 0) return [];
    const parts = f.data.sumOf.map((r) => byId.get(r.id));
    const missing = f.data.sumOf.filter((_, i) => !parts[i]).map((r) => r.id);
    if (missing.length)
      return [`src/content/figures/${f.id}.yaml sumOf — no figure ${missing.map((m) => `"${m}"`).join(', ')}`];
    const sum = parts.reduce((n, p) => n + p!.data.value, 0);
    return sum === f.data.value
      ? []
      : [
          `src/content/figures/${f.id}.yaml sumOf — ${f.data.value} is not ${parts.map((p) => p!.data.value).join(' + ')} = ${sum}`,
        ];
  });
}

let figuresPromise: Promise<FigureEntry[]> | undefined;

/** All figures in order; fails the build if a relation is broken. */
export function allFigures(): Promise<FigureEntry[]> {
  figuresPromise ??= getCollection('figures').then((figures) => {
    figures.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
    const problems = relationProblems(figures);
    if (problems.length) throw new Error(`Key figures do not add up:\n${problems.join('\n')}`);
    return figures;
  });
  return figuresPromise;
}

/**
 * The hub's key-figures box: figures the article gives (an article `sentence`) that are not in a
 * group. Figures from other sources, and groups, appear where a page places `<FigureGroup>`.
 */
export async function keyFigures(): Promise<FigureEntry[]> {
  return (await allFigures()).filter((f) => f.data.sentence !== undefined && f.data.group === undefined);
}

/** The figures of a group, in order, with the lowest and highest value (equal when they agree). */
export async function figureGroup(group: string): Promise<{ figures: FigureEntry[]; low: number; high: number }> {
  const figures = (await allFigures()).filter((f) => f.data.group === group);
  if (figures.length === 0)
    throw new Error(`<FigureGroup group="${group}" />: no figure has that group (run npm run check)`);
  const values = figures.map((f) => f.data.value);
  return { figures, low: Math.min(...values), high: Math.max(...values) };
}
