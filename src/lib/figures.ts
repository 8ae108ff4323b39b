/** Key figures and the relations between them, checked when the site is built. */
import { getCollection, type CollectionEntry } from 'astro:content';

/** Problems with `sumOf` relations: a figure that is not the sum of its parts, or a part that does not exist. */
export function relationProblems(figures: CollectionEntry<'figures'>[]): string[] {
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

/** All figures in box order; fails the build if a relation is broken. */
export async function keyFigures(): Promise<CollectionEntry<'figures'>[]> {
  const figures = (await getCollection('figures')).sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  const problems = relationProblems(figures);
  if (problems.length) throw new Error(`Key figures do not add up:\n${problems.join('\n')}`);
  return figures;
}
