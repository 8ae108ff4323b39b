import { describe, expect, test } from 'vitest';
import { withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  test.each([
    ['/claims/', '/', '/claims/'],
    ['/claims/', '/explainer/', '/explainer/claims/'],
    ['claims/', '/explainer', '/explainer/claims/'],
    ['/', '/explainer/', '/explainer/'],
    ['https://example.org/x', '/explainer/', 'https://example.org/x'],
    ['#p3s1', '/explainer/', '#p3s1'],
  ])('%s under %s → %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});
