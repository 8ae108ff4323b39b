/**
 * Claims: the status is never typed (it is computed from the evidence by `src/lib/claim-status.ts`),
 * the evidence can do what its stance says (only the claimant withdraws; only someone outside the
 * claimant's camp corroborates), every voice has a side, evidence is in date order and after the
 * claim, the text names the claimant, and quoted words are quoted exactly.
 */
import type { z } from 'astro/zod';
import { campOf, CAMP_LABEL, claimStanding, type SideOf } from '../../src/lib/claim-status.ts';
import { side as sideSchema, type Side } from '../../src/schemas/common.ts';
import type { claimSchema } from '../../src/schemas/editorial.ts';
import { isRecord, type ContentIndex } from './content-index.ts';
import type { Entry } from './load-entry.ts';
import { problemAt, type Problem } from './problems.ts';
import { quoteMismatch } from './quote-fidelity.ts';
import { sentenceText } from './references.ts';
import type { CollectionName } from './schemas.ts';

type Claim = z.output<ReturnType<typeof claimSchema>>;

interface EntityData {
  name?: string;
  aliases?: string[];
  side?: Side;
}

/** The validated entry an entity ref names, if any. */
export function entityData(index: ContentIndex, ref: string): EntityData | undefined {
  const [collection, id = ''] = ref.split('/') as [CollectionName, string];
  return index.data[collection]?.get(id) as EntityData | undefined;
}

export const sideLookup =
  (index: ContentIndex): SideOf =>
  (ref) =>
    entityData(index, ref)?.side;

export function checkClaim(entry: Entry, index: ContentIndex): Problem[] {
  const claim = entry.data as Claim;
  const problems: Problem[] = [];
  const at = (path: (string | number)[], field: string) => ({
    file: entry.file.shown,
    line: entry.lineOf(path),
    field,
  });
  const sideOf = sideLookup(index);

  // Every voice needs a side; an entity that does not exist is reported by the reference check.
  const voices: [string, (string | number)[], string][] = [
    [claim.claimant, ['claimant'], 'claimant'],
    ...claim.evidence.map((e, i): [string, (string | number)[], string] => [
      e.by,
      ['evidence', i, 'by'],
      `evidence[${i}].by`,
    ]),
  ];
  for (const [ref, path, field] of voices) {
    if (entityData(index, ref) && sideOf(ref) === undefined) {
      const [collection, id] = ref.split('/');
      problems.push(
        problemAt(at(path, field), 'sideMissing', {
          ref,
          file: `${index.folders[collection as CollectionName] ?? `${collection}/`}${id}.yaml`,
          sides: sideSchema.options,
        }),
      );
    }
  }

  const claimantCamp = campOf(sideOf(claim.claimant));
  claim.evidence.forEach((e, i) => {
    const previous = claim.evidence[i - 1];
    if (previous && e.date < previous.date)
      problems.push(
        problemAt(at(['evidence', i, 'date'], `evidence[${i}].date`), 'evidenceOutOfOrder', {
          date: e.date,
          previous: previous.date,
        }),
      );
    if (e.date < claim.made)
      problems.push(
        problemAt(at(['evidence', i, 'date'], `evidence[${i}].date`), 'evidenceBeforeClaim', {
          date: e.date,
          made: claim.made,
        }),
      );
    const stanceAt = at(['evidence', i, 'stance'], `evidence[${i}].stance`);
    if (e.stance === 'supports' && e.by === claim.claimant)
      problems.push(problemAt(stanceAt, 'claimantCannotCorroborate'));
    else if (e.stance === 'supports' && claimantCamp !== undefined && campOf(sideOf(e.by)) === claimantCamp)
      problems.push(
        problemAt(stanceAt, 'ownSideCannotCorroborate', { by: e.by, camp: `${CAMP_LABEL[claimantCamp]} camp` }),
      );
    if (e.stance === 'withdraws' && e.by !== claim.claimant)
      problems.push(
        problemAt(at(['evidence', i, 'by'], `evidence[${i}].by`), 'withdrawalNotByClaimant', {
          by: e.by,
          claimant: claim.claimant,
        }),
      );
  });

  const typed = isRecord(entry.raw) ? entry.raw['status'] : undefined;
  if (typeof typed === 'string') {
    const standing = claimStanding(claim, sideOf);
    problems.push(
      problemAt(at(['status'], 'status'), 'statusTyped', {
        typed,
        computed: standing.status,
        reason: standing.reason,
      }),
    );
  }

  const claimant = entityData(index, claim.claimant);
  if (claimant?.name) {
    const names = [claimant.name, ...(claimant.aliases ?? [])];
    const text = claim.text.toLowerCase();
    if (!names.some((name) => text.includes(name.toLowerCase())))
      problems.push(
        problemAt(at(['text'], 'text'), 'claimTextNamesNoClaimant', { names: names.at(-1) ?? claimant.name }),
      );
  }

  if (claim.wordsKind === 'quoted' && claim.sentence) {
    const sentence = sentenceText(index, claim.sentence);
    const mismatch = sentence === undefined ? undefined : quoteMismatch(claim.words, sentence);
    if (mismatch)
      problems.push(
        problemAt(at(['words'], 'words'), 'quoteNotVerbatim', {
          sentence: claim.sentence,
          matchedUpTo: mismatch.matchedUpTo,
        }),
      );
  }
  return problems;
}
