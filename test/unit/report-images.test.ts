/**
 * The pure half of report images: blob URLs, and which references of a markdown text are local
 * images. Rewrites are checked against marked (a devDependency), the CommonMark parser the
 * report render test uses: what marked reads as each image's destination after the rewrite must
 * be what we meant, so our reading of the syntax is never only our own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { marked, type Token } from 'marked';
import { blobImageUrl, findLocalImages, rewriteImageLinks, unpublishedImageMarkdown } from '../../src/report/images.js';

const dir = mkdtempSync(join(tmpdir(), 'mlops-images-'));
const FILES = ['plot.png', 'my_plot.png', 'sp ace.png', 'a(1).png', 'h.png', 'img/r.png', 'img/r 2.png', 'q.png'];
beforeAll(() => {
  for (const file of FILES) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'png');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHA = '0123456789abcdef0123456789abcdef01234567';
/** What the tests resolve a local file to: its blob at SHA. */
const urlOf = (path: string): string => blobImageUrl({ serverUrl: 'https://github.com', repository: 'acme/housing', commit: SHA, repoPath: relative(dir, path) });
const U = (repoPath: string): string => blobImageUrl({ serverUrl: 'https://github.com', repository: 'acme/housing', commit: SHA, repoPath });

describe('blobImageUrl', () => {
  test.each([
    ['plain', 'https://github.com', 'plots/loss.png', `https://github.com/acme/housing/blob/${SHA}/plots/loss.png?raw=true`],
    ['GitHub Enterprise Server, trailing slash', 'https://ghe.example.com/', 'loss.png', `https://ghe.example.com/acme/housing/blob/${SHA}/loss.png?raw=true`],
    ['a leading ./', 'https://github.com', './plots/loss.png', `https://github.com/acme/housing/blob/${SHA}/plots/loss.png?raw=true`],
    ['segments encoded, slashes not', 'https://github.com', "plots/my plot #1 (v2)?'.png", `https://github.com/acme/housing/blob/${SHA}/plots/my%20plot%20%231%20%28v2%29%3F%27.png?raw=true`],
    ['non-ASCII', 'https://github.com', 'графики/été.png', `https://github.com/acme/housing/blob/${SHA}/%D0%B3%D1%80%D0%B0%D1%84%D0%B8%D0%BA%D0%B8/%C3%A9t%C3%A9.png?raw=true`],
  ])('%s', (_, serverUrl, repoPath, expected) => {
    const url = blobImageUrl({ serverUrl, repository: 'acme/housing', commit: SHA, repoPath });
    expect(url).toBe(expected);
    // The WHATWG URL parser reads the same path back, segment by segment, and only raw=true as query.
    const parsed = new URL(url);
    expect(parsed.pathname.split('/').slice(5).map(decodeURIComponent)).toEqual(repoPath.replace(/^\.\//, '').split('/'));
    expect([...parsed.searchParams]).toEqual([['raw', 'true']]);
    expect(parsed.hash).toBe('');
  });
});

/** Every image destination marked reads, in order: markdown images, then `<img src>` in HTML. */
function imageHrefs(markdown: string): string[] {
  const images: string[] = [];
  const html: string[] = [];
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type === 'image') images.push(token.href);
    if (token.type === 'html') for (const m of token.raw.matchAll(/<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) html.push((m[1] ?? m[2] ?? m[3])!.replace(/&amp;/g, '&'));
  });
  return [...images, ...html];
}

describe('rewriteImageLinks', () => {
  const resolve = (path: string): string | undefined => urlOf(path);
  test.each([
    ['an inline image', '![loss](plot.png)\n', `![loss](${U('plot.png')})\n`],
    ['a title and ./', '![loss](./plot.png "Loss curve")\n', `![loss](${U('plot.png')} "Loss curve")\n`],
    ['brackets in alt, an escaped _', '![a [b] c](my\\_plot.png)\n', `![a [b] c](${U('my_plot.png')})\n`],
    ['<angle brackets> with a space', '![x](<sp ace.png>)\n', `![x](${U('sp ace.png')})\n`],
    ['%-encoded', '![x](sp%20ace.png)\n', `![x](${U('sp ace.png')})\n`],
    ['balanced parentheses', '![x](a(1).png)\n', `![x](${U('a(1).png')})\n`],
    ['reference images and their definitions', '![r][ref] ![Img 2]\n\n[ref]: img/r.png\n[img  2]: <img/r 2.png> "two"\n', `![r][ref] ![Img 2]\n\n[ref]: ${U('img/r.png')}\n[img  2]: ${U('img/r 2.png')} "two"\n`],
    ['<img src>, other attributes kept', '<img src="h.png" alt="h" width="300">\n', `<img src="${U('h.png')}" alt="h" width="300">\n`],
    ["<img> with src='…' after another attribute", "<p><img width=300 src='h.png'/></p>\n", `<p><img width=300 src="${U('h.png')}"/></p>\n`],
    ['an image in a table cell', '| a | b |\n|---|---|\n| ![x](plot.png) | 1 |\n', `| a | b |\n|---|---|\n| ![x](${U('plot.png')}) | 1 |\n`],
    ['a ?query on a local file', '![x](q.png?v=2)\n', `![x](${U('q.png')})\n`],
  ])('%s', (_, markdown, expected) => {
    const rewritten = rewriteImageLinks(markdown, { cwd: dir, resolve });
    expect(rewritten).toBe(expected);
    expect(imageHrefs(rewritten)).toEqual(imageHrefs(markdown).map((href) => (href.startsWith('http') ? href : urlOf(join(dir, decodeURIComponent(href.replace(/\?.*$/, '')))))));
  });

  test('a URL with a space or parentheses from resolve is wrapped so markdown reads it whole', () => {
    const rewritten = rewriteImageLinks('![x](plot.png)\n', { cwd: dir, resolve: () => 'https://example.com/a b(1).png' });
    expect(rewritten).toBe('![x](<https://example.com/a b(1).png>)\n');
    expect(imageHrefs(rewritten)).toEqual(['https://example.com/a b(1).png']);
  });

  test('an absolute path to a file', () => {
    const markdown = `![x](${join(dir, 'plot.png')})\n`;
    expect(rewriteImageLinks(markdown, { cwd: '/', resolve })).toBe(`![x](${U('plot.png')})\n`);
  });

  test.each([
    ['https:', '![x](https://example.com/plot.png)\n'],
    ['http:', '<img src="http://example.com/plot.png">\n'],
    ['data:', '![x](data:image/png;base64,iVBORw0KGgo=)\n'],
    ['protocol-relative', '![x](//example.com/plot.png)\n'],
    ['inline code', 'run `![x](plot.png)` to show it\n'],
    ['fenced code', '```md\n![x](plot.png)\n<img src="plot.png">\n```\n'],
    ['a tilde fence', '~~~\n![x](plot.png)\n~~~\n'],
    ['an HTML comment', '<!-- ![x](plot.png) -->\n'],
    ['a file that does not exist', '![x](missing.png)\n'],
    ['a site path that is no file', '![x](/acme/housing/raw/main/plot.png)\n'],
    ['a link, not an image', '[the plot](plot.png)\n'],
    ['a definition only a link uses', '[x][ref]\n\n[ref]: plot.png\n'],
  ])('left alone: %s', (_, markdown) => {
    expect(rewriteImageLinks(markdown, { cwd: dir, resolve })).toBe(markdown);
  });

  test('an image resolve leaves can be replaced whole, or dropped', () => {
    const markdown = '![loss](plot.png) and <img src="h.png" alt="h"> and ![kept](my_plot.png)\n';
    const rewritten = rewriteImageLinks(markdown, {
      cwd: dir,
      resolve: (path) => (path.endsWith('my_plot.png') ? urlOf(path) : undefined),
      unresolved: (path, alt) => (path.endsWith('plot.png') ? `[${alt}: see the run](https://github.com/acme/housing/actions/runs/1)` : ''),
    });
    expect(rewritten).toBe(`[loss: see the run](https://github.com/acme/housing/actions/runs/1) and  and ![kept](${U('my_plot.png')})\n`);
  });
});

test('findLocalImages: files found (absolute, once each), relative references without a file missing', () => {
  const markdown = '![a](plot.png) ![b](./plot.png) <img src="h.png"> ![c](nope.png) ![d](https://x/y.png) ![e](/site/path.png)\n```\n![f](fence.png)\n```\n';
  expect(findLocalImages(markdown, dir)).toEqual({ found: [join(dir, 'plot.png'), join(dir, 'h.png')], missing: ['nope.png'] });
});

test.each([
  ['with the run', 'plots/loss.png', 'https://github.com/acme/housing/actions/runs/7', "[plots/loss.png (image not published: see the run's summary and artifacts)](https://github.com/acme/housing/actions/runs/7)"],
  ['without', 'my_plot[1].png', undefined, 'my\\_plot\\[1\\].png (image not published)'],
])('unpublishedImageMarkdown %s', (_, name, runUrl, expected) => {
  expect(unpublishedImageMarkdown(name, runUrl)).toBe(expected);
});
