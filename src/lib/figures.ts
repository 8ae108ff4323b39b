/** Key figures as the pages show them. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type FigureEntry = CollectionEntry<'figures'>;

type Qualifier = NonNullable<FigureEntry['data']['qualifier']>;
const QUALIFIER: Record<Qualifier, string> = { about: 'about ', 'at-least': 'at least ', 'more-than': 'more than ' };

/** The number as a reader sees it: "more than 50", "74". */
export function shownValue(data: { value: number; qualifier?: Qualifier | undefined }): string {
  return `${data.qualifier ? QUALIFIER[data.qualifier] : ''}${data.value.toLocaleString('en-GB')}`;
}

let figuresPromise: Promise<FigureEntry[]> | undefined;

/**
 * All figures in order. Whether a sum adds up is checked once, by `npm run check` (`scripts/check/figures.ts`),
 * which every build runs first.
 */
export function allFigures(): Promise<FigureEntry[]> {
  figuresPromise ??= getCollection('figures').then((figures) =>
    figures.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  );
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
