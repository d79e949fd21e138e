/**
 * The headline's trend reads the same row of a CSV log as the diff does (`csv-row`, `--row`), at
 * every commit of its history: real git, three commits of a training log, `mlops report`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';

const log = (first: number, last: number): string => `epoch,loss\n1,${first}\n2,${(first + last) / 2}\n3,${last}\n`;

let repo: GitRepo;
beforeAll(() => {
  repo = GitRepo.create('mlops-trend-row-');
  repo.commitFiles('one', { 'log.csv': log(0.91, 0.31) });
  repo.commitFiles('two', { 'log.csv': log(0.82, 0.22) });
  repo.commitFiles('three', { 'log.csv': log(0.73, 0.13) });
  repo.write('log.csv', log(0.64, 0.04));
});
afterAll(() => repo.cleanup());

async function trendOf(row: string[]): Promise<string> {
  const out = join(repo.dir, 'report.md');
  const result = await mlops(repo.dir, ['report', '--base', 'HEAD', '--metrics', 'log.csv', '--headline', 'loss', '--out', out, ...row], { PATH: process.env.PATH, HOME: repo.dir });
  expect(result).toMatchObject({ code: 0 });
  const report = readFileSync(out, 'utf8');
  return report.slice(report.indexOf('### Trend of `loss`'));
}

test('with --row 0, every commit of the trend shows its first row (0.91, 0.82, 0.73), then the workspace (0.64)', async () => {
  const trend = await trendOf(['--row', '0']);
  expect(trend).toContain('line "loss" [0.91, 0.82, 0.73, 0.64]');
  expect(trend).toMatch(/ 0\.91 at `[0-9a-f]{7}` \(\d{4}-\d\d-\d\d\) → 0\.64 at `workspace \([0-9a-f]{7}\)`, over the last 3 commits that wrote it/);
});

test('by default, the last row of each (0.31, 0.22, 0.13), then the workspace (0.04)', async () => {
  const trend = await trendOf([]);
  expect(trend).toContain('line "loss" [0.31, 0.22, 0.13, 0.04]');
  expect(trend).not.toMatch(/\b0\.(91|82|73|64)\b/);
});
