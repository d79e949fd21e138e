/** The one YAML reader's limits: depth, aliases, duplicate keys, tags and directives, in its own words. */
import { MAX_YAML_DEPTH, parseStructured } from '../../src/metrics/parse.js';

const parse = (text: string) => () => parseStructured(text, 'yaml', 'params.yaml');

test.each([
  ['flow', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
  ['dashes', `a:\n  ${'- '.repeat(5000)}1\n`],
  ['indented maps', `a:\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 2)}k:`).join('\n')} 1\n`],
])('YAML nested 5,000 deep (%s) is refused by depth, naming the line', (_shape, text) => {
  expect(parse(text)).toThrow(new RegExp(`^params\\.yaml: malformed YAML: nested more than ${MAX_YAML_DEPTH} levels deep at line \\d+; flatten it$`));
});

test('nesting within the limit is read', () => {
  const depth = MAX_YAML_DEPTH - 10;
  let value = parseStructured(`${'['.repeat(depth)}1${']'.repeat(depth)}`, 'yaml', 'p.yaml');
  for (let level = 0; level < depth; level++) value = (value as unknown[])[0] as typeof value;
  expect(value).toBe(1n);
});

test('an alias bomb is refused before it expands', () => {
  const lines = ['l0: &l0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]'];
  for (let i = 1; i <= 7; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
  expect(parse(lines.join('\n'))).toThrow(/^params\.yaml: malformed YAML: its aliases expand to more than a million values/);
});

test('an alias inside the value it names is refused, naming the line', () => {
  expect(parse('a: &a\n  b: *a\n')).toThrow('params.yaml: malformed YAML: the alias *a at line 2 is inside the value it names, which would never end');
});

test('an alias without its anchor is refused, naming the line', () => {
  expect(parse('a: 1\nb: *nope\n')).toThrow('params.yaml: malformed YAML: the alias *nope at line 2 names no anchor (&nope) before it');
});

test('several documents in one file are refused, not all but the first dropped', () => {
  expect(parse('lr: 0.1\n---\nlr: 0.2\n')).toThrow('params.yaml: malformed YAML: holds 2 YAML documents (a second one starts at line 2); a metrics, params or options file is one document: remove the --- separator');
  expect(parseStructured('---\nlr: 0.1\n', 'yaml', 'p.yaml')).toEqual({ lr: 0.1 });
  expect(parseStructured('', 'yaml', 'p.yaml')).toBeNull();
  expect(parseStructured('# nothing\n', 'yaml', 'p.yaml')).toBeNull();
});

test('a few aliases are read', () => {
  expect(parseStructured('base: &b {lr: 1}\ntrain: *b\n', 'yaml', 'p.yaml')).toEqual({ base: { lr: 1n }, train: { lr: 1n } });
});

test('a repeated key is an error naming the key and the line', () => {
  expect(parse('gates:\n  - a\nheadline: r2\ngates:\n  - b\n')).toThrow("params.yaml: malformed YAML: the key 'gates' is repeated at line 4, column 1; each key may appear once (the first value would be lost)");
  expect(parse('{"lr": 1, "lr": 2}')).toThrow("the key 'lr' is repeated at line 1, column 11");
});

test('a language tag and an unknown YAML version are errors, not warnings', () => {
  expect(parse('m: !!python/object:x.Y {}\n')).toThrow('params.yaml: malformed YAML: unknown tag: tag:yaml.org,2002:python/object:x.Y at line 1, column 4; only plain YAML values are read');
  expect(parse('%YAML 1.3\n---\na: 1\n')).toThrow(/^params\.yaml: malformed YAML: Unsupported YAML version 1\.3 at line 1, column 7; remove the %YAML directive or write %YAML 1\.2$/);
});

test('control characters quoted from the input are escaped', () => {
  const message = (() => {
    try {
      parse('lr\u0007\u001b[31m: 1\nlr\u0007\u001b[31m: 2\n')();
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  })();
  expect(message).toMatch(/^params\.yaml: malformed YAML: the key 'lr\\x07\\x1b\[31m' is repeated at line 2/);
  expect([...message].filter((char) => char.charCodeAt(0) < 0x20)).toEqual([]);
});

test('a __proto__ key is a key, not a prototype', () => {
  const value = parseStructured('__proto__:\n  fake: 1\nlr: 0.1\n', 'yaml', 'p.yaml') as Record<string, unknown>;
  expect(Object.keys(value)).toEqual(['__proto__', 'lr']);
  expect((value as { fake?: unknown }).fake).toBeUndefined();
});
