import { expect, test } from 'vitest';
import { numberInWords, numberValue } from '../../src/text/number-words.ts';

test('numbers to words', () => {
  expect(numberInWords(0)).toBe('zero');
  expect(numberInWords(65)).toBe('sixty-five');
  expect(numberInWords(70)).toBe('seventy');
  expect(numberInWords(105)).toBe('one hundred five');
  expect(numberInWords(1_200)).toBe('one thousand two hundred');
  expect(numberInWords(1_000_000)).toBeUndefined();
  expect(numberInWords(2.5)).toBeUndefined();
});

test('words and digits to numbers', () => {
  expect(numberValue('sixty-five')).toBe(65);
  expect(numberValue('Six')).toBe(6);
  expect(numberValue('nineteen')).toBe(19);
  expect(numberValue('ninety')).toBe(90);
  expect(numberValue('1,200')).toBe(1200);
  for (const bad of ['zero', 'twenty-eleven', 'sixty-', 'hundred', 'many']) expect(numberValue(bad), bad).toBeNull();
});

test('the two directions agree from one to ninety-nine', () => {
  for (let n = 1; n < 100; n++) expect(numberValue(numberInWords(n)!)).toBe(n);
});
