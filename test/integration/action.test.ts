/**
 * The bundled action run the way the runner runs it: `node dist/index.js` with INPUT_* (hyphens
 * kept), GITHUB_EVENT_NAME/GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, on a
 * real git repository. Publishing to GitHub is not part of this yet.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from '../helpers/git-repo.js';
import { ACTION_BUNDLE } from '../helpers/paths.js';

function outputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const result: Record<string, string> = {};
  for (const match of text.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) result[match[1]!] = match[3]!;
  return result;
}

describe('the action on a pull_request event', () => {
  let repo: GitRepo;
  let result: ReturnType<typeof spawnSync>;
  let files: { output: string; summary: string; event: string };

  beforeAll(() => {
    repo = GitRepo.create('mlops-action-');
    const base = repo.commitFiles('base', { 'model/metrics.json': '{"acc": 0.9, "loss": 0.3}', 'model/params.yaml': 'lr: 0.1\n' });
    repo.commitFiles('head', { 'model/params.yaml': 'lr: 0.05\n' });
    files = { output: join(repo.dir, '..', `${repo.dir.split('/').pop()}.out`), summary: join(repo.dir, '..', `${repo.dir.split('/').pop()}.md`), event: join(repo.dir, '..', `${repo.dir.split('/').pop()}.json`) };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    writeFileSync(files.event, JSON.stringify({ pull_request: { number: 7, base: { sha: base } } }));
    result = spawnSync(process.execPath, [ACTION_BUNDLE], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: files.event,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        'INPUT_WORKING-DIRECTORY': 'model',
        'INPUT_TRAIN-COMMAND': `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({acc: 0.93, loss: 0.25}))"`,
        INPUT_GATES: 'acc >= 0.92\nloss max-rise 1%',
        INPUT_CHARTS: 'mermaid',
        'INPUT_REPORT-PATH': 'report.md',
        'INPUT_REPORT-ID': 'default',
        INPUT_PRECISION: '5',
      },
    });
  });
  afterAll(() => repo.cleanup());

  it('compares with the pull request base, passes the gates and succeeds', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(String(result.stdout)).toContain('::group::train');
    expect(String(result.stdout)).toMatch(/^metrics\.json {2}acc {7}0\.9 {8}0\.93 {9}0\.03$/m);
  });

  it('sets the outputs', () => {
    const out = outputs(files.output);
    expect(out['report-path']).toBe(join(repo.dir, 'model', 'report.md'));
    expect(out['gates-passed']).toBe('true');
    expect(out['metrics-json']).toBe('{"metrics.json": {"acc": {"old": 0.9, "new": 0.93, "diff": 0.030000000000000027}, "loss": {"old": 0.3, "new": 0.25, "diff": -0.04999999999999999}}}');
  });

  it('writes the report to the job summary', () => {
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('## ✅ **All 2 gates passed** · acc 0.9 → 0.93 (+3.33%, better)');
    expect(summary).toContain('| lr    | 0.1');
  });
});

test('a bad input fails the step with one message naming it', () => {
  const repo = GitRepo.create('mlops-action-');
  try {
    repo.commitFiles('base', { 'metrics.json': '{"acc": 0.9}' });
    const result = spawnSync(process.execPath, [ACTION_BUNDLE], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo.dir, GITHUB_EVENT_NAME: 'push', INPUT_GATES: 'acc is high', INPUT_CHARTS: 'pie' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::gate 'acc is high' is not understood.%0AWrite `<metric> >= <number>`");
  } finally {
    repo.cleanup();
  }
});
