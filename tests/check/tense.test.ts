/** The present-tense role heuristic: what it flags, what it lets through, on sentences from real pages. */
import { describe, expect, test } from 'vitest';
import { presentTenseRole } from '../../scripts/check/tense.ts';

describe('flags a role stated in the present tense without "as of"', () => {
  test.each([
    ['Its chief, Budanov, has also led the Coordination Headquarters since 31 May 2022.', 'has also led'],
    ['Budanov leads Ukraine’s military intelligence.', 'leads'],
    ['He heads the regional administration.', 'heads'],
    ['Volodin is the speaker of the State Duma.', 'is the speaker'],
    [
      'Head of the Kharkiv regional administration since 24 December 2021.',
      'Head of the Kharkiv regional administration since',
    ],
    ['President of Ukraine since 20 May 2019, elected that April.', 'President of Ukraine since'],
  ])('%s', (text, phrase) => {
    expect(presentTenseRole(text)).toBe(phrase);
  });
});

describe('lets through past tense and "as of"', () => {
  test.each([
    'As of January 2024 its chief, Budanov, also headed the Coordination Headquarters, which he had led since 31 May 2022.',
    'He became head of the Kharkiv regional administration on 24 December 2021.',
    'He was appointed head of the Kherson regional military administration on 7 February 2023.',
    'From 31 May 2022 it was led by Budanov.',
    'Russia’s defence ministry said 74 people were aboard.',
  ])('%s', (text) => {
    expect(presentTenseRole(text)).toBeUndefined();
  });

  test('each sentence is judged on its own: an "as of" in one does not excuse the next', () => {
    expect(presentTenseRole('Budanov led it as of 26 January 2024. He leads HUR.')).toBe('leads');
  });
});
