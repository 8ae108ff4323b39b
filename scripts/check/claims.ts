/** Claims: the status agrees with the dated history, and quoted words are quoted exactly. */
import type { z } from 'astro/zod';
import type { claimSchema } from '../../src/schemas/editorial.ts';
import type { ContentIndex } from './content-index.ts';
import type { Entry } from './load-entry.ts';
import { problemAt, type Problem } from './problems.ts';
import { quoteMismatch } from './quotes.ts';
import { sentenceText } from './references.ts';

type Claim = z.output<ReturnType<typeof claimSchema>>;

export function checkClaim(entry: Entry, index: ContentIndex): Problem[] {
  const claim = entry.data as Claim;
  const problems: Problem[] = [];
  const at = (path: (string | number)[], field: string) => ({
    file: entry.file.shown,
    line: entry.lineOf(path),
    field,
  });

  const last = claim.history.at(-1);
  if (last && last.status !== claim.status) {
    problems.push(
      problemAt(at(['status'], 'status'), 'statusDiffersFromHistory', {
        status: claim.status,
        last: last.status,
        date: last.date,
      }),
    );
  }
  claim.history.forEach((change, i) => {
    const previous = claim.history[i - 1];
    if (previous && change.date < previous.date) {
      problems.push(
        problemAt(at(['history', i, 'date'], `history[${i}].date`), 'historyOutOfOrder', {
          date: change.date,
          previous: previous.date,
        }),
      );
    }
  });

  if (claim.wordsKind === 'quoted') {
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
