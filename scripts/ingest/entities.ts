/** Loads the entity registry (names and aliases) from the editors' YAML files, for mention matching. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { entityCollections } from '../../src/schemas/collections.ts';
import { IngestError } from './errors.ts';
import type { Entity } from '../../src/text/mentions.ts';

export function loadEntities(contentDir: string): Entity[] {
  const entities: Entity[] = [];
  for (const collection of entityCollections) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.yaml'))
      .sort()) {
      const path = join(dir, f);
      let doc: unknown;
      try {
        doc = parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new IngestError(
          path,
          `is not valid YAML (${(e as Error).message.split('\n')[0]}); run \`npm run check\` for details`,
        );
      }
      const { name, aliases } = (doc ?? {}) as { name?: unknown; aliases?: unknown };
      if (typeof name !== 'string') throw new IngestError(path, 'has no "name"; run `npm run check` for details');
      entities.push({
        ref: `${collection}/${f.replace(/\.yaml$/u, '')}`,
        name,
        aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
      });
    }
  }
  return entities;
}
