/**
 * JSON metrics take a fast native path unless a number token's text matters; both paths must read
 * every file the same way Python does (int vs float, big ints, duplicates, NaN).
 */
import { parse as losslessParse, isInteger } from 'lossless-json';
import { parseStructured } from '../../src/metrics/parse.js';
import { seeded } from '../helpers/seeded-random.js';

const lossless = (text: string) => losslessParse(text, null, { parseNumber: (token: string) => (isInteger(token) ? BigInt(token) : Number(token)), onDuplicateKey: ({ newValue }: { newValue: unknown }) => newValue });

const TOKENS = ['0', '-0', '1', '7', '-3', '0.5', '1.5', '1.0', '100.00', '-0.0', '2e3', '1.5e3', '2E-2', '1.50', '0.1', '0.30000000000000004', '0.6000000000000001',
  '9007199254740993', '12345678901234567890', '1.0000000000000000001', '0.99999999999999999999', '3.14159', '1e400', '123456789012345.6'];

test.each(TOKENS)('%s reads as Python reads it, on either path', (token) => {
  const text = `{"value": ${token}, "list": [${token}, 1, 2.5], "nested": {"x": ${token}}}`;
  expect(parseStructured(text, 'json', 'm.json')).toEqual(lossless(text));
});

test('a file of many plain floats and ints (the fast path) matches the lossless reading exactly', () => {
  const data: Record<string, unknown> = {};
  let seed = 7;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    data[`k${i}`] = i % 3 === 0 ? seed : seed / 2 ** 20;
  }
  const text = JSON.stringify(data);
  expect(parseStructured(text, 'json', 'm.json')).toEqual(lossless(text));
});

test('duplicate keys keep the last value, as Python json does', () => {
  expect(parseStructured('{"a": 1, "a": 2.5}', 'json', 'm.json')).toEqual({ a: 2.5 });
  expect(parseStructured('{"a": 1.0, "a": 2}', 'json', 'm.json')).toEqual({ a: 2n });
});

test('number-like text inside strings (escaped quotes and backslashes too) neither hides nor fakes an ambiguous number', () => {
  for (const text of [
    '{"a\\"1.0": 5, "s": "x\\\\", "v": 1.0}',
    '{"s": "1.0 \\" 2e3 \\\\", "v": 0.5}',
    '{"s": "ends with a backslash \\\\", "big": 12345678901234567890}',
    '{"\\\\\\"": 2e3}',
  ]) {
    expect(parseStructured(text, 'json', 'm.json')).toEqual(lossless(text));
  }
});

test('generated files of every token shape, in values, lists and keys, read as the lossless parser reads them', () => {
  const random = seeded(17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  for (let file = 0; file < 200; file++) {
    const entries = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => {
      const value = random() < 0.2 ? `"${pick(TOKENS)}\\"${pick(['', '\\\\'])}"` : random() < 0.3 ? `[${pick(TOKENS)}, ${pick(TOKENS)}]` : pick(TOKENS);
      return `"${pick(TOKENS)}_${i}": ${value}`;
    });
    const text = `{${entries.join(', ')}}`;
    expect({ text, value: parseStructured(text, 'json', 'm.json') }).toEqual({ text, value: lossless(text) });
  }
});
