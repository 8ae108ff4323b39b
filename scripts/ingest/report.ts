/** The lines ingest prints under each article it writes: what an editor should act on. */
import { languageName } from '../../src/text/language.ts';
import type { ArticleData } from './analyse.ts';

/** What an editor should know about one written article, beyond the counts. */
export function report(data: ArticleData): string[] {
  const lines: string[] = [];
  const { language } = data;
  if (language.from === 'script' && language.code)
    lines.push(`language: ${languageName(language.code)} (${language.code}), ${language.note}`);
  if (language.from === 'unknown')
    lines.push(
      `language: unknown (${language.note}); the page marks the text lang="" — add "language" to the sidecar if you know it`,
    );
  const unlinked = [...new Set(data.quotes.flatMap((q) => (q.speaker && !q.entity ? [q.speaker] : [])))];
  for (const name of unlinked)
    lines.push(`quoted with no entity file: ${name} — add them with: npm run new -- person ${JSON.stringify(name)}`);
  if (data.unmatchedNames.length) lines.push(`names with no entity file: ${data.unmatchedNames.join(', ')}`);
  return lines;
}
