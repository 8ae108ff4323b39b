/**
 * What `npm run find -- <words>` prints: every entry whose id or text holds all the words
 * (case-insensitive), and for each matching source, the entries that cite it, so an editor sees
 * what already exists and where a source is used before adding anything. Reads only.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { listContentFiles, type ContentFile } from '../check/content-files.ts';
import { isRecord } from '../check/content-index.ts';
import { loadEntry } from '../check/load-entry.ts';

interface Found {
  file: ContentFile;
  label: string;
  raw: unknown;
  tree: Root | undefined;
  text: string;
}

/** Fields that name an entry, in order of preference. */
const labelKeys = ['title', 'name', 'description', 'text', 'words', 'counts', 'question', 'topic'];

function labelOf(raw: unknown, publisherToo: boolean): string {
  if (!isRecord(raw)) return '';
  const key = labelKeys.find((k) => typeof raw[k] === 'string');
  const label = key ? String(raw[key]).replace(/\s+/g, ' ') : '';
  const short = label.length > 90 ? `${label.slice(0, 89)}…` : label;
  return publisherToo && typeof raw['publisher'] === 'string' ? `${short} (${raw['publisher']})` : short;
}

/** Source ids an entry cites: `<Cite source>` in a page body, and any `source`/`sources` value in its data. */
function citedSources(entry: Found): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string' && (key === 'source' || key === 'sources')) ids.add(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(entry.raw, '');
  if (entry.tree)
    visit(entry.tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Cite')
        for (const a of node.attributes)
          if (a.type === 'mdxJsxAttribute' && a.name === 'source' && typeof a.value === 'string') ids.add(a.value);
    });
  return ids;
}

export function findEntries(root: string, words: readonly string[], cwd = process.cwd()): string {
  const needles = words.map((w) => w.toLowerCase()).filter(Boolean);
  const entries: Found[] = listContentFiles(root, cwd).files.map((file) => {
    const text = readFileSync(file.path, 'utf8');
    const { entry } = loadEntry(file, text);
    return { file, raw: entry.raw, tree: entry.tree, text, label: labelOf(entry.raw, file.collection === 'sources') };
  });
  const matches = entries.filter((e) => {
    const haystack = `${e.file.id}\n${e.text}`.toLowerCase();
    return needles.every((n) => haystack.includes(n));
  });
  if (matches.length === 0) return `Nothing matches "${words.join(' ')}" (${entries.length} entries searched).\n`;
  const lines: string[] = [];
  for (const match of matches) {
    lines.push(`${match.file.shown}${match.label ? ` — ${match.label}` : ''}`);
    if (match.file.collection !== 'sources') continue;
    const citing = entries.filter((e) => e !== match && citedSources(e).has(match.file.id));
    if (citing.length === 0) lines.push('    cited nowhere yet');
    for (const e of citing) lines.push(`    cited by ${e.file.shown}${e.label ? ` — ${e.label}` : ''}`);
  }
  const count = `${matches.length} ${matches.length === 1 ? 'entry matches' : 'entries match'}`;
  return `${lines.join('\n')}\n\n${count} "${words.join(' ')}" (${entries.length} searched).\n`;
}
