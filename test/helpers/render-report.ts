/**
 * A report as a reader sees it: markdown to HTML with marked (GFM, as GitHub reads comments),
 * every ```mermaid block drawn by the mermaid of node_modules in headless Chromium, and what came
 * of each block read back from the page. Plus PlotsResult fixtures with every DVC template.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Marked } from 'marked';
import type { PlotRow, PlotsResult, PlotTemplate, VegaPlot } from '../../src/plots/types.js';
import { ROOT } from './paths.js';

const execFileAsync = promisify(execFile);

export const MERMAID_SCRIPT = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

/** Debian's chromium (scripts/setup.sh installs it), else one on PATH. */
export function findChromium(): string | undefined {
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => existsSync(path));
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** GFM to HTML; a mermaid block becomes the `<pre class="mermaid">` mermaid.run looks for. */
export function markdownToHtml(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      code({ text, lang }) {
        return lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

export interface BlockResult {
  /** The block drew an SVG. */
  svg: boolean;
  /** Mermaid drew its error instead ("Syntax error in text", the bomb icon). */
  error: boolean;
  /** The block's text when it failed, for the test's message. */
  source?: string;
  /** Lines drawn (one path each). */
  lines: number;
  /** The points of each line's path. */
  points: number[];
  /** Bars drawn. */
  bars: number;
}

/**
 * The page: the report's HTML, then mermaid run over every block with GitHub's settings (strict
 * security, no legend: GitHub's mermaid 11 draws none, while the 12 here would), and what came of
 * each block written into #mermaid-result as JSON.
 */
export function reportPage(markdown: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>report</title>
<style>body { font-family: sans-serif; max-width: 900px; margin: 16px auto; } table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 2px 8px; } pre.mermaid { background: #fff; }</style>
</head><body>
${markdownToHtml(markdown)}
<pre id="mermaid-result"></pre>
<script src="${pathToFileURL(MERMAID_SCRIPT).href}"></script>
<script>
  const blocks = [...document.querySelectorAll('pre.mermaid')];
  const sources = blocks.map((block) => block.textContent);
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', xyChart: { showLegend: false } });
  mermaid.run({ nodes: blocks, suppressErrors: true }).finally(() => {
    const results = blocks.map((block, i) => {
      const error = block.textContent.includes('Syntax error in text') || block.querySelector('.error-icon') !== null;
      return {
        svg: block.querySelector('svg') !== null,
        error,
        ...(error ? { source: sources[i] } : {}),
        lines: block.querySelectorAll('g[class^="line-plot-"] path').length,
        points: [...block.querySelectorAll('g[class^="line-plot-"] path')].map((path) => (path.getAttribute('d') || '').split(/[ML]/).length - 1),
        bars: block.querySelectorAll('g[class^="bar-plot-"] rect').length,
      };
    });
    document.getElementById('mermaid-result').textContent = JSON.stringify(results);
  });
</script>
</body></html>
`;
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--virtual-time-budget=10000',
];

export interface Rendered {
  /** The page's DOM after mermaid ran, without its scripts. */
  dom: string;
  blocks: BlockResult[];
  html: string;
}

/** Render a report in headless Chromium; with `screenshot`, also save the page as a PNG there. */
export async function renderInChromium(chromium: string, markdown: string, options: { screenshot?: string; width?: number; height?: number } = {}): Promise<Rendered> {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-render-'));
  try {
    const page = join(dir, 'report.html');
    const html = reportPage(markdown);
    writeFileSync(page, html);
    const url = pathToFileURL(page).href;
    const run = (flags: string[]) =>
      execFileAsync(chromium, [...CHROMIUM_FLAGS, `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`, ...flags, url], { maxBuffer: 64 << 20, timeout: 90_000 });
    const { stdout } = await run(['--dump-dom']);
    const found = /<pre id="mermaid-result">([^<]*)<\/pre>/.exec(stdout);
    if (!found || !found[1]) throw new Error('mermaid did not finish within the virtual time budget: no #mermaid-result in the page');
    const json = found[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    if (options.screenshot) await run([`--screenshot=${options.screenshot}`, `--window-size=${options.width ?? 1000},${options.height ?? 3000}`]);
    // the page's own script names the error texts it looks for: leave scripts out of the DOM
    const dom = stdout.replace(/<script[\s\S]*?<\/script>/g, '');
    return { dom, blocks: JSON.parse(json) as BlockResult[], html };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a file is a PNG (its signature), for a screenshot check. */
export function isPng(path: string): boolean {
  return existsSync(path) && readFileSync(path).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

/** A Vega plot fixture; rows get `rev` from the revision they are listed under. */
export function vegaPlot(
  template: PlotTemplate,
  fields: { id: string; x: string; y: string; title?: string; xLabel?: string; yLabel?: string },
  byRevision: Record<string, Array<Record<string, PlotRow[string]>>>,
): VegaPlot {
  const revisions = Object.keys(byRevision);
  return {
    kind: 'vega',
    id: fields.id,
    revisions,
    template,
    title: fields.title ?? fields.id,
    x: fields.x,
    y: fields.y,
    xLabel: fields.xLabel ?? fields.x,
    yLabel: fields.yLabel ?? fields.y,
    rows: revisions.flatMap((rev) => byRevision[rev]!.map((row) => ({ ...row, rev }))),
    content: {},
  };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * One plot per DVC template, base `main` against head `feature`, with what breaks charts: uneven
 * and long x, numbers far below 1e-5 and above 1e21, labels with quotes, brackets, pipes,
 * backticks, `%%`, `#quot;`, newlines and HTML.
 */
export function everyTemplate(): PlotsResult {
  const classes = ['cat', 'dog "big"', 'bird|x'];
  const confusion = (shift: number) =>
    range(90).map((i) => ({ actual: classes[i % 3]!, predicted: classes[(i + (i % shift === 0 ? 1 : 0)) % 3]! }));
  const features = ['petal_length', 'petal [width]', 'sepal "length"', 'a|b', '`code`', '%%{init}%%', 'x#quot;y', '<b>bold</b>', 'line\nbreak', ...range(16).map((i) => `f${i}`)];
  return {
    plots: [
      vegaPlot('linear', { id: 'plots/loss.csv', x: 'step', y: 'loss', title: 'Training "loss" [log]' }, {
        main: range(120).map((i) => ({ step: String(i), loss: String(1 / (1 + 0.05 * i)) })),
        feature: range(150).map((i) => ({ step: String(i), loss: String(0.9 / (1 + 0.06 * i)) })),
      }),
      vegaPlot('simple', { id: 'plots/acc_by_split.json', x: 'split', y: 'acc' }, {
        main: ['train', 'val', 'test'].map((split, i) => ({ split, acc: 0.9 - 0.05 * i })),
        feature: ['train', 'val', 'test'].map((split, i) => ({ split, acc: 0.92 - 0.04 * i })),
      }),
      vegaPlot('smooth', { id: 'plots/lr.json', x: 'epoch', y: 'lr', xLabel: 'epoch (uneven)' }, {
        main: range(40).map((i) => ({ epoch: i * i * 0.37, lr: 0.000001 * Math.exp(-i / 10) })),
        feature: range(60).map((i) => ({ epoch: i * 20 + (i % 3) * 0.5, lr: 0.0000012 * Math.exp(-i / 12) })),
      }),
      vegaPlot('confusion', { id: 'plots/confusion.json', x: 'actual', y: 'predicted' }, { main: confusion(4), feature: confusion(6) }),
      vegaPlot('confusion_normalized', { id: 'plots/confusion_norm.json', x: 'actual', y: 'predicted' }, { main: confusion(4), feature: confusion(6) }),
      vegaPlot('scatter', { id: 'plots/pred.csv', x: 'y_true', y: 'y_pred' }, {
        main: range(50).map((i) => ({ y_true: String(i * 1000), y_pred: String(i * 990 + 5) })),
        feature: range(60).map((i) => ({ y_true: String(i * 1000), y_pred: String(i * 1001 - 3) })),
      }),
      vegaPlot('scatter_jitter', { id: 'plots/errors_by_class.csv', x: 'class', y: 'error' }, {
        main: range(30).map((i) => ({ class: classes[i % 3]!, error: (i % 7) / 10 })),
        feature: range(30).map((i) => ({ class: classes[i % 3]!, error: (i % 5) / 10 })),
      }),
      vegaPlot('bar_horizontal', { id: 'plots/importance.json', x: 'importance', y: 'feature', title: 'Feature importance' }, {
        main: features.slice(1).map((feature, i) => ({ feature, importance: 0.3 / (i + 1) })),
        feature: features.map((feature, i) => ({ feature, importance: 0.32 / (i + 1) })),
      }),
      vegaPlot('bar_horizontal_sorted', { id: 'plots/coefficients.json', x: 'coef', y: 'name' }, {
        main: ['bias', 'age', 'income', 'tiny'].map((name, i) => ({ name, coef: [-0.5, 2.5e-7, 1.5, 0.00000004][i]! })),
        feature: ['bias', 'age', 'income', 'tiny'].map((name, i) => ({ name, coef: [-0.45, 3e-7, 1.7, 0.00000005][i]! })),
      }),
      vegaPlot('linear', { id: 'plots/huge.json', x: 'step', y: 'value' }, {
        main: range(5).map((i) => ({ step: i, value: 1e22 * (i + 1) })),
        feature: range(5).map((i) => ({ step: i, value: 1.1e22 * (i + 1) })),
      }),
      { kind: 'image', id: 'plots/roc.png', revision: 'main', repoPath: 'plots/roc.png', file: '/tmp/plots/main_plots_roc.png' },
      { kind: 'image', id: 'plots/roc.png', revision: 'feature', repoPath: 'plots/roc.png', file: '/tmp/plots/feature_plots_roc.png' },
    ],
    errors: [{ name: 'plots/missing.csv', rev: 'main', source: 'plots/missing.csv', type: 'FileNotFoundError', msg: 'No such file' }],
  };
}
