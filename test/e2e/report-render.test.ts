/**
 * The plots section and the trend as a reader sees them: the markdown through marked (GFM) and
 * every mermaid block drawn by the real mermaid in headless Chromium. A block that mermaid cannot
 * parse draws "Syntax error in text" and a bomb (`.error-icon`) instead of a chart on GitHub too,
 * so each must come out as an SVG with its lines and bars and no error. The screenshot is left in
 * the temp folder for a person to look at.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPlotsSection } from '../../src/report/plots-section.js';
import { renderTrend } from '../../src/report/trend.js';
import { everyTemplate, findChromium, isPng, renderInChromium, type Rendered } from '../helpers/render-report.js';

const chromium = findChromium();
// scripts/setup.sh installs Debian's chromium; without it there is nothing to render with
const withChromium = chromium ? describe : describe.skip;
if (!chromium) test.skip('report rendering needs chromium (add it to the apt list of scripts/setup.sh)', () => undefined);

const SCREENSHOT = join(tmpdir(), 'mlops-report-render.png');

function report(): string {
  const plots = renderPlotsSection(everyTemplate(), {
    base: 'main',
    head: 'feature',
    maxPlots: 20,
    imageLink: (plot) => (plot.revision === 'feature' ? 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' : undefined),
  });
  const history = [0.71, 0.74, 0.73, 0.78, 0.8].map((value, i) => ({ commit: `${i}`.repeat(40), date: `2024-05-0${i + 1}T10:00:00+02:00`, value }));
  const trend = renderTrend(history, { value: 0.83, label: 'feature (abc1234)' }, 'test.r2');
  return [...plots, ...trend].join('\n');
}

withChromium('the report drawn by mermaid in Chromium', () => {
  const markdown = report();
  const expected = markdown.split('\n').filter((line) => line === '```mermaid').length;
  let rendered: Rendered;

  beforeAll(async () => {
    rendered = await renderInChromium(chromium!, markdown, { screenshot: SCREENSHOT, width: 1000, height: 3000 });
  }, 120_000);

  test('every mermaid block is an SVG, none is mermaid\'s error', () => {
    expect(expected).toBe(7); // loss, accuracy, learning rate, importance, coefficients, huge values, trend
    expect(rendered.blocks).toHaveLength(expected);
    expect(rendered.blocks.filter((block) => !block.svg || block.error)).toEqual([]);
    expect(rendered.dom).not.toContain('Syntax error in text');
    // every SVG's own stylesheet names .error-icon; an element carrying it is the error
    expect(rendered.dom).not.toMatch(/class="[^"]*error-icon/);
  });

  test('each chart draws its lines and bars', () => {
    expect(rendered.blocks.map((block) => [block.lines, block.bars])).toEqual([
      [2, 0], // loss: main and feature
      [2, 0], // accuracy by split (categorical x)
      [2, 0], // learning rate on an uneven x
      [1, 20], // importance: the head's 20 largest as bars, the base as a line
      [2, 0], // coefficients, sorted: negative, so lines
      [2, 0], // values above 1e21
      [1, 0], // trend
    ].slice(0, rendered.blocks.length));
  });

  test('each line has a point for every value of its series', () => {
    const blocks = markdown.split('```mermaid').slice(1).map((block) => block.slice(0, block.indexOf('```')));
    const values = blocks.map((block) => [...block.matchAll(/^ {4}line .*\[(.*)\]$/gm)].map((match) => match[1]!.split(', ').length));
    expect(rendered.blocks.map((block) => block.points)).toEqual(values);
    expect(values.flat().every((count) => count >= 2 && count <= 50)).toBe(true);
  });

  test('tables, folded numbers and the image are in the page', () => {
    // confusion ×2 and scatter ×2 are tables of their own; every chart folds one away
    expect(rendered.dom.match(/<table>/g)?.length).toBe(4 + expected);
    expect(rendered.dom.match(/<details>/g)?.length).toBe(expected);
    expect(rendered.dom).toContain('<img src="data:image/png;base64,');
    expect(rendered.dom).toContain('FileNotFoundError');
  });

  test('a screenshot of the page is written', () => {
    expect(isPng(SCREENSHOT)).toBe(true);
  });
});

withChromium('the check itself', () => {
  test('catches what breaks a chart: exponent notation, a quote inside a label', async () => {
    const block = (lines: string[]) => ['```mermaid', 'xychart-beta', '    x-axis "step" 0 --> 1', ...lines, '```', ''].join('\n');
    const rendered = await renderInChromium(
      chromium!,
      [block(['    line [0.00001, 0.5]']), block(['    line [1e-05, 0.5]']), block(['    title "say "hi""', '    line [1, 2]'])].join('\n'),
    );
    expect(rendered.blocks.map((result) => [result.svg && !result.error, result.error])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
    expect(rendered.dom).toContain('Syntax error in text');
  }, 120_000);
});
