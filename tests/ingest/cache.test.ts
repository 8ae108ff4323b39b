import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IngestCache } from '../../scripts/ingest/cache.ts';
import { generated, ingest, tempProject } from './cli.ts';

const SOURCE = new TextEncoder().encode('Headline\nA plane crashed near Belgorod, officials said.\n');
const ENTITIES = [{ ref: 'places/belgorod', name: 'Belgorod', aliases: [] }];

describe('IngestCache', () => {
  test('a key changes with the source, its path, its sidecar and the entities', () => {
    const dir = tempProject();
    const cache = new IngestCache(dir, ENTITIES);
    const key = cache.key('sources/a.txt', SOURCE, { publisher: 'X' });
    expect(cache.key('sources/a.txt', SOURCE, { publisher: 'X' })).toBe(key);
    expect(cache.key('sources/b.txt', SOURCE, { publisher: 'X' })).not.toBe(key);
    expect(cache.key('sources/a.txt', new TextEncoder().encode('Other\ntext.\n'), { publisher: 'X' })).not.toBe(key);
    expect(cache.key('sources/a.txt', SOURCE, { publisher: 'Y' })).not.toBe(key);
    expect(
      new IngestCache(dir, [...ENTITIES, { ref: 'places/kyiv', name: 'Kyiv', aliases: [] }]).key(
        'sources/a.txt',
        SOURCE,
        { publisher: 'X' },
      ),
    ).not.toBe(key);
  });

  test('an article is unchanged only while its file holds what was recorded for its key', () => {
    const dir = tempProject();
    const article = join(dir, 'a.json');
    const first = new IngestCache(dir, ENTITIES);
    const key = first.key('sources/a.txt', SOURCE, {});
    writeFileSync(article, 'generated\n');
    first.record(key, 'generated\n');
    first.save(true);

    const second = new IngestCache(dir, ENTITIES);
    expect(second.unchanged(key, article)).toBe(true);
    expect(second.unchanged(second.key('sources/a.txt', SOURCE, { publisher: 'X' }), article)).toBe(false);
    writeFileSync(article, 'edited by hand\n');
    expect(second.unchanged(key, article)).toBe(false);
    rmSync(article);
    expect(second.unchanged(key, article)).toBe(false);
  });

  test('a run over every source forgets the others; a run over some keeps them', () => {
    const dir = tempProject();
    const article = join(dir, 'a.json');
    writeFileSync(article, 'generated\n');
    const seed = new IngestCache(dir, ENTITIES);
    const key = seed.key('sources/a.txt', SOURCE, {});
    seed.record(key, 'generated\n');
    seed.save(true);

    new IngestCache(dir, ENTITIES).save(false);
    expect(new IngestCache(dir, ENTITIES).unchanged(key, article)).toBe(true);
    new IngestCache(dir, ENTITIES).save(true);
    expect(new IngestCache(dir, ENTITIES).unchanged(key, article)).toBe(false);
  });
});

describe('ingest with its cache', () => {
  const REAL = readFileSync('sources/il76-crash-2024-01-24.txt');

  test('a deleted article is written again, and a changed sidecar changes the article', () => {
    const dir = tempProject({ 'sources/a.txt': REAL });
    expect(ingest(dir).code).toBe(0);
    const first = generated(dir)['a.json'];
    rmSync(join(dir, 'src/content/articles/a.json'));
    expect(ingest(dir).stdout).toContain('wrote src/content/articles/a.json');
    expect(generated(dir)['a.json']).toBe(first);
    writeFileSync(join(dir, 'sources/a.meta.json'), JSON.stringify({ publisher: 'Example Wire' }));
    expect(ingest(dir).stdout).toContain('wrote src/content/articles/a.json');
    expect(generated(dir)['a.json']).toContain('Example Wire');
  });
});
