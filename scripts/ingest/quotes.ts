/**
 * Quotes: sentence → direct quotes with their speaker. Runs after reported statements (statements.ts)
 * because the speaker of a quote is the claimant of the statement around it:
 *   `"…," Moscow's defence ministry told…`  → speaker named in the sentence;
 *   `…said the plane had been "shot down"`  → a partial quote inside reported speech;
 *   `"…," it said.`                          → a pronoun, resolved to the previous speaker;
 *   a sentence that is only a quotation      → the previous quote's speaker in the same paragraph.
 */
import { quotationRanges } from '../../src/text/sentences.ts';
import type { Statement } from './statements.ts';

export interface Quote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerFrom: 'sentence' | 'previous-quote' | 'pronoun' | 'none';
  direct: boolean;
}

export const PRONOUN = /^(?:it|he|she|they)$/iu;

/**
 * @param previousSpeaker the speaker of the last quote in this paragraph (for quotation-only sentences)
 * @param lastNamedClaimant the last claimant named before this sentence (to resolve "it said")
 */
export function findQuotes(
  sentence: string,
  statements: Statement[],
  previousSpeaker: string | null,
  lastNamedClaimant: string | null,
): Quote[] {
  const quotes: Quote[] = [];
  for (const [start, end] of quotationRanges(sentence)) {
    const text = sentence.slice(start + 1, end - 1);
    if (text.trim().length < 2) continue;
    const direct = start === 0 || /[.!?,]$/u.test(text);
    const around = direct ? statements.find((s) => s.at >= end) : [...statements].reverse().find((s) => s.at < start);
    let speaker: string | null = around?.claimant ?? null;
    let speakerFrom: Quote['speakerFrom'] = speaker ? 'sentence' : 'none';
    if (speaker && PRONOUN.test(speaker)) {
      speaker = lastNamedClaimant;
      speakerFrom = speaker ? 'pronoun' : 'none';
    }
    const wholeSentence = start === 0 && /^[.!?]?\s*$/u.test(sentence.slice(end));
    if (!speaker && wholeSentence && previousSpeaker) {
      speaker = previousSpeaker;
      speakerFrom = 'previous-quote';
    }
    quotes.push({ start, end, text, speaker, speakerFrom, direct });
  }
  return quotes;
}
