/** Key figures: a sum adds up, and the article sentence or the source's recorded words really give the number. */
import type { z } from 'astro/zod';
import type { figureSchema } from '../../src/schemas/editorial.ts';
import type { ContentIndex } from './content-index.ts';
import type { Entry } from './load-entry.ts';
import { numberInWords } from '../../src/text/number-words.ts';
import { sentenceGivesNumber } from './numbers.ts';
import { problemAt, type Problem } from './problems.ts';
import { sentenceText } from './references.ts';

type Figure = z.output<ReturnType<typeof figureSchema>>;

export function checkFigure(entry: Entry, index: ContentIndex): Problem[] {
  const figure = entry.data as Figure;
  const problems: Problem[] = [];
  const at = (key: string) => ({ file: entry.file.shown, line: entry.lineOf([key]), field: key });

  const partIds = figure.sumOf.map(String);
  const parts = partIds.map((id) => index.data.figures.get(id) as Figure | undefined);
  // A missing or invalid part is reported on its own; a sum over it would only add noise.
  if (parts.length > 0 && parts.every((part) => part !== undefined)) {
    const values = parts.map((part) => part.value);
    const total = values.reduce((sum, v) => sum + v, 0);
    if (total !== figure.value) {
      const shown = partIds.map((id, i) => `${id} ${values[i]}`).join(' + ');
      problems.push(problemAt(at('value'), 'sumBroken', { value: figure.value, parts: shown, total }));
    }
  }

  const words = numberInWords(figure.value);
  const written = words ? `"${figure.value}" or "${words}"` : `"${figure.value}"`;
  if (figure.sentence) {
    const sentence = sentenceText(index, figure.sentence);
    if (sentence !== undefined && !sentenceGivesNumber(sentence, figure.value))
      problems.push(
        problemAt(at('sentence'), 'figureNotInSentence', { value: figure.value, sentence: figure.sentence, written }),
      );
  }
  // A sum's number is its parts' numbers added up; the parts' words and the sum are checked instead.
  if (
    figure.source &&
    figure.words !== undefined &&
    figure.sumOf.length === 0 &&
    !sentenceGivesNumber(figure.words, figure.value)
  )
    problems.push(
      problemAt(at('words'), 'figureNotInWords', { value: figure.value, source: String(figure.source), written }),
    );
  return problems;
}
