/**
 * .dvcignore matching, held to DVC's own vectors (tests/unit/test_ignore.py:
 * `test_match_ignore_from_file`, `test_ignore_complex`, `test_ignore_unignore_from_git_example`).
 * `isIgnored(rules, path, isDir)` is DVC's `DvcIgnorePatterns.matches(root, path, is_dir)`.
 */
import { DEFAULT_IGNORE_RULES, isIgnored, parseDvcIgnore } from '../../src/metrics/dvcignore.js';

describe('test_match_ignore_from_file: the rules of gitignore, one .dvcignore', () => {
  it.each([
    ['to_ignore', ['to_ignore'], true],
    ['dont_ignore.txt', ['dont_ignore'], false],
    ['to_ignore', ['', 'to_ignore'], true],
    ['#to_ignore', ['\\#to_ignore'], true],
    ['#to_ignore', ['#to_ignore'], false],
    [' to_ignore', [' to_ignore'], false],
    [' to_ignore', ['\\ to_ignore'], true],
    ['to_ignore.txt', ['to_ignore*'], true],
    ['to_ignore.txt', ['to_ignore*', '!to_ignore.txt'], false],
    ['to_ignore.txt', ['!to_ignore.txt', 'to_ignore*'], true],
    ['!to_ignore.txt', ['\\!to_ignore.txt'], true],
    ['file', ['/file'], true],
    ['data/file', ['/file'], false],
    ['data/file', ['data/file'], true],
    ['other/data/file', ['data/file'], false],
    ['to_ignore.txt', ['/*.txt'], true],
    ['path/to_ignore.txt', ['/*.txt'], false],
    ['data/file.txt', ['data/*'], true],
    ['data/subdir/file.txt', ['data/*'], true],
    ['data/file.txt', ['data/'], true],
    ['data/subdir/file.txt', ['data/'], true],
    ['data/subdir/file.txt', ['subdir/'], true],
    ['data/subdir/file.txt', ['/subdir/'], false],
    ['data/path', ['path/'], false],
    ['.git/file.txt', ['.git/'], true],
    ['data/.dvc/file.txt', ['.dvc/'], true],
    ['rel/path/path2/to_ignore', ['rel/*/to_ignore'], false],
    ['file.txt', ['file.*'], true],
    ['file.txt', ['fi?e.t?t'], true],
    ['fi/e.txt', ['fi?e.t?t'], false],
    ['file.txt', ['[a-zA-Z]ile.txt'], true],
    ['2ile.txt', ['[a-zA-Z]ile.txt'], false],
    ['rel/p/p2/to_ignore', ['**/to_ignore'], true],
    ['rel/p/p2/to_ignore', ['**/p2/to_ignore'], true],
    ['rel/path/path2/dont_ignore', ['**/to_ignore'], false],
    ['rel/p/p2/to_ignore', ['rel/**'], true],
    ['rel/p/p2/to_ignore', ['p/**'], false],
    ['rel/path/path2/dont_ignore', ['rel/**'], true],
    ['rel/p/to_ignore', ['rel/**/to_ignore'], true],
    ['rel/p/p2/to_ignore', ['rel/**/to_ignore'], true],
    ['rel/path/path2/dont_ignore', ['rel/**/to_ignore'], false],
    ['rel/path/path2/dont_ignore', ['path/**/dont_ignore'], false],
    ['to_ignore.txt', ['/***.txt'], true],
    ['path/to_ignore.txt', ['/****.txt'], false],
    ['path/to_ignore.txt', ['****.txt'], true],
    ['data/file.txt', ['data/***'], true],
    ['data/p/file.txt', ['***/file.txt'], false],
    ['rel/path/path2/to_ignore', ['rel/***/to_ignore'], false],
  ] as const)('%s with %j: %s', (path, patterns, expected) => {
    expect(isIgnored(parseDvcIgnore('', patterns.join('\n')), path)).toBe(expected);
  });
});

/** [path, is a folder, ignored] */
type Vector = readonly [string, boolean, boolean];

describe('test_ignore_complex', () => {
  const spec = [
    '# Ignore everything',
    '1/**',
    '# Except directories (leaves all files ignored)',
    '!1/**/',
    "# Don't ignore files in 3",
    '!seq/**/3/**',
    '',
    'data/',
    '!data/keep.csv',
    '',
    'data2/**',
    '!data2/**/',
    '!data2/**/*.csv',
    '',
    'ignore.txt',
    '!no-ignore.txt',
  ].join('\n');
  const vectors: Vector[] = [
    ['1', true, false],
    ['1/2', true, false],
    ['1/2/shouldIgnore.txt', false, true],
    ['1/2/3', true, false],
    ['1/2/3/shouldKeep.txt', false, true],
    ['data', true, true],
    ['data/keep.csv', false, true],
    ['data/other.csv', false, true],
    ['data/subdir/file.txt', false, true],
    ['data2', true, false],
    ['data2/keep.csv', false, false],
    ['data2/other.txt', false, true],
    ['data2/subdir', true, false],
    ['data2/subdir/keep.csv', false, false],
    ['data2/subdir/other.txt', false, true],
    ['ignore.txt', false, true],
    ['no-ignore.txt', false, false],
  ];
  it.each(vectors)('%s (folder: %s) ignored: %s', (path, isDir, expected) => {
    expect(isIgnored(parseDvcIgnore('', spec), path, isDir)).toBe(expected);
  });
});

describe('test_ignore_unignore_from_git_example', () => {
  const spec = '# exclude everything except directory foo/bar\n/*\n!/foo\n/foo/*\n!/foo/bar\n';
  const vectors: Vector[] = [
    ['foo', true, false],
    ['foo/myfile', false, true],
    ['foo/bar', true, false],
    ['foo/bar/myfile', false, false],
    ['foo/baz', true, true],
    ['foo/baz/myfile', false, true],
    ['foo/foobar', true, true],
    ['foo/foobar/myfile', false, true],
  ];
  it.each(vectors)('%s (folder: %s) ignored: %s', (path, isDir, expected) => {
    expect(isIgnored(parseDvcIgnore('', spec), path, isDir)).toBe(expected);
  });
});

describe('where the patterns apply', () => {
  it('test_should_ignore_dir: .git, .hg and .dvc folders are skipped at any depth, files of those names are not', () => {
    for (const name of ['.git', '.hg', '.dvc']) {
      for (const folder of ['', 'dir/']) {
        expect(isIgnored(DEFAULT_IGNORE_RULES, `${folder}${name}`, true)).toBe(true);
        expect(isIgnored(DEFAULT_IGNORE_RULES, `${folder}dir1`, true)).toBe(false);
      }
    }
    expect(isIgnored(DEFAULT_IGNORE_RULES, '.hg')).toBe(false);
    expect(isIgnored(DEFAULT_IGNORE_RULES, '.dvc')).toBe(false);
  });

  it("a .dvcignore in a folder applies below that folder only, relative to it", () => {
    const rules = [...parseDvcIgnore('', 'top.txt\n'), ...parseDvcIgnore('sub', '/local\n')];
    expect(isIgnored(rules, 'sub/local/dvc.yaml')).toBe(true);
    expect(isIgnored(rules, 'local/dvc.yaml')).toBe(false);
    expect(isIgnored(rules, 'sub/deeper/local/dvc.yaml')).toBe(false);
    expect(isIgnored(rules, 'sub/top.txt')).toBe(true);
  });
});
