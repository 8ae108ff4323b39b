/** The status rules, one by one, on small claims; the same module the pages and the checker use. */
import { describe, expect, test } from 'vitest';
import { campOf, claimStanding, type ClaimInput, type EvidenceItem, type SideOf } from '../../src/lib/claim-status.ts';
import type { Side } from '../../src/schemas/common.ts';

const sides: Record<string, Side> = {
  'organisations/mod': 'russian-state',
  'organisations/tass': 'russian-media',
  'organisations/hur': 'ukrainian-state',
  'organisations/kyiv-media': 'ukrainian-media',
  'organisations/un': 'international-body',
  'organisations/reuters': 'independent-media',
  'organisations/us-officials': 'foreign-state',
  'organisations/think-tank': 'other',
};
const sideOf: SideOf = (ref) => sides[ref];

const item = (
  date: string,
  by: string,
  stance: EvidenceItem['stance'],
  extra: Partial<EvidenceItem> = {},
): EvidenceItem => ({
  date,
  by,
  stance,
  note: `${by} said so`,
  ...extra,
});
const claim = (claimant: string, ...evidence: EvidenceItem[]): ClaimInput => ({
  claimant,
  made: '2024-01-24',
  evidence,
});
const status = (c: ClaimInput) => claimStanding(c, sideOf).status;

describe('camps', () => {
  test('state and media of one country are one camp; every other side is in none', () => {
    expect(campOf('russian-state')).toBe(campOf('russian-media'));
    expect(campOf('ukrainian-state')).toBe(campOf('ukrainian-media'));
    expect(campOf('russian-state')).not.toBe(campOf('ukrainian-state'));
    for (const side of ['international-body', 'independent-media', 'foreign-state', 'other'] as const)
      expect(campOf(side)).toBeUndefined();
  });
});

describe('rules', () => {
  test('no evidence: asserted', () => {
    expect(status(claim('organisations/mod'))).toBe('asserted');
  });

  test('1. withdrawn in full by the claimant: retracted, even when also contradicted', () => {
    const c = claim(
      'organisations/kyiv-media',
      item('2024-01-24', 'organisations/mod', 'contradicts'),
      item('2024-01-25', 'organisations/kyiv-media', 'withdraws', { scope: 'full' }),
    );
    expect(status(c)).toBe('retracted');
  });

  test('1. a withdrawal by anyone but the claimant counts for nothing', () => {
    expect(
      status(
        claim('organisations/kyiv-media', item('2024-01-25', 'organisations/hur', 'withdraws', { scope: 'full' })),
      ),
    ).toBe('asserted');
  });

  test('a partial withdrawal never changes the status, and stays visible', () => {
    const c = claim(
      'organisations/kyiv-media',
      item('2024-01-24', 'organisations/kyiv-media', 'withdraws', { scope: 'part' }),
    );
    const standing = claimStanding(c, sideOf);
    expect(standing.status).toBe('asserted');
    expect(standing.partialWithdrawals).toHaveLength(1);
  });

  test('2. contradicted by anyone other than the claimant: disputed, even when supported', () => {
    const c = claim(
      'organisations/mod',
      item('2024-01-24', 'organisations/reuters', 'supports'),
      item('2024-01-25', 'organisations/hur', 'contradicts'),
    );
    expect(status(c)).toBe('disputed');
  });

  test('2. the claimant contradicting itself does not dispute the claim', () => {
    expect(status(claim('organisations/mod', item('2024-01-25', 'organisations/mod', 'contradicts')))).toBe('asserted');
  });

  test('3. supported from outside the claimant’s camp: corroborated', () => {
    expect(status(claim('organisations/mod', item('2024-01-24', 'organisations/reuters', 'supports')))).toBe(
      'corroborated',
    );
    expect(status(claim('organisations/mod', item('2024-01-24', 'organisations/us-officials', 'supports')))).toBe(
      'corroborated',
    );
    expect(status(claim('organisations/mod', item('2024-01-24', 'organisations/hur', 'supports')))).toBe(
      'corroborated',
    );
  });

  test('3. support from the claimant’s own camp or from the claimant cannot corroborate', () => {
    expect(status(claim('organisations/mod', item('2024-01-24', 'organisations/tass', 'supports')))).toBe('asserted');
    expect(status(claim('organisations/mod', item('2024-01-24', 'organisations/mod', 'supports')))).toBe('asserted');
  });

  test('3. an independent claimant is corroborated by another independent voice', () => {
    expect(status(claim('organisations/reuters', item('2024-01-24', 'organisations/un', 'supports')))).toBe(
      'corroborated',
    );
  });

  test('3. support from a voice without a side cannot corroborate', () => {
    expect(status(claim('organisations/mod', item('2024-01-24', 'organisations/unknown', 'supports')))).toBe(
      'asserted',
    );
  });

  test('4. an international body or an independent outlet cannot verify it: unverified', () => {
    expect(status(claim('organisations/mod', item('2024-01-25', 'organisations/un', 'cannot-verify')))).toBe(
      'unverified',
    );
    expect(status(claim('organisations/mod', item('2024-01-25', 'organisations/reuters', 'cannot-verify')))).toBe(
      'unverified',
    );
  });

  test('4. a party, a foreign state or another voice saying it cannot verify changes nothing', () => {
    for (const by of ['organisations/hur', 'organisations/us-officials', 'organisations/think-tank'])
      expect(status(claim('organisations/mod', item('2024-01-25', by, 'cannot-verify')))).toBe('asserted');
  });

  test('4. support from outside the camp outranks "cannot verify"', () => {
    const c = claim(
      'organisations/mod',
      item('2024-01-25', 'organisations/un', 'cannot-verify'),
      item('2024-02-08', 'organisations/us-officials', 'supports'),
    );
    expect(status(c)).toBe('corroborated');
  });

  test('"repeats" never changes the status', () => {
    expect(status(claim('organisations/mod', item('2024-01-24', 'organisations/reuters', 'repeats')))).toBe('asserted');
  });
});

describe('history and reason', () => {
  test('history: the status from the day the claim was made, then after each evidence date where it changed', () => {
    const c = claim(
      'organisations/mod',
      item('2024-01-25', 'organisations/un', 'cannot-verify'),
      item('2024-01-25', 'organisations/hur', 'contradicts'),
      item('2024-01-26', 'organisations/hur', 'contradicts'),
      item('2024-02-01', 'organisations/tass', 'repeats'),
    );
    expect(claimStanding(c, sideOf).history).toEqual([
      { date: '2024-01-24', status: 'asserted' },
      { date: '2024-01-25', status: 'disputed' },
    ]);
  });

  test('the reason names the deciding evidence: its date and its note, as one sentence', () => {
    const c = claim('organisations/mod', {
      date: '2024-01-25',
      by: 'organisations/hur',
      stance: 'contradicts',
      note: "Ukraine's military intelligence said only five bodies had reached the morgue.",
    });
    expect(claimStanding(c, sideOf).reason).toBe(
      "Disputed: on 25 January 2024 Ukraine's military intelligence said only five bodies had reached the morgue.",
    );
  });

  test('the deciding evidence is the earliest of the deciding kind', () => {
    const c = claim(
      'organisations/mod',
      item('2024-01-26', 'organisations/hur', 'contradicts', { note: 'Later' }),
      item('2024-01-25', 'organisations/kyiv-media', 'contradicts', { note: 'Earlier' }),
    );
    expect(claimStanding(c, sideOf).reason).toBe('Disputed: on 25 January 2024 Earlier.');
  });

  test('a note opening with "The" reads on after the date', () => {
    const c = claim(
      'organisations/mod',
      item('2023-07-25', 'organisations/un', 'cannot-verify', { note: 'The UN said it could not verify it.' }),
    );
    expect(claimStanding({ ...c, made: '2023-07-01' }, sideOf).reason).toBe(
      'Unverified: on 25 July 2023 the UN said it could not verify it.',
    );
  });
});
