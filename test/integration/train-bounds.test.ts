/**
 * The train stage ends when the command does, whatever it leaves behind or prints: a process left
 * running in the background, megabytes of `\r` progress bars, a timeout longer than a timer holds.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTraining } from '../../src/train/run-command.js';
import { mlops } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';

const cwd = mkdtempSync(join(tmpdir(), 'mlops-train-bounds-'));
const env = { PATH: process.env.PATH };
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Whether a process is still running (a zombie waiting to be reaped counts as gone). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function gone(pid: number): Promise<boolean> {
  for (let tries = 0; tries < 50 && running(pid); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  return !running(pid);
}

test('a process left in the background holding the output does not hold the stage, and is stopped', async () => {
  const pidFile = join(cwd, 'background.pid');
  const result = await runTraining({ command: `sleep 600 & echo $! > ${pidFile}; echo trained`, cwd, env });
  expect(result).toMatchObject({ kind: 'succeeded', exitCode: 0, outputTail: ['trained'] });
  expect(await gone(Number(readFileSync(pidFile, 'utf8')))).toBe(true);
}, 60_000);

test('a background process that ignores SIGTERM is killed, and the stage still ends', async () => {
  const pidFile = join(cwd, 'stubborn.pid');
  const result = await runTraining({ command: `sh -c 'trap "" TERM; echo $$ > ${pidFile}; while :; do sleep 1; done' & sleep 0.5; echo trained`, cwd, env });
  expect(result).toMatchObject({ kind: 'succeeded', exitCode: 0 });
  expect(result.outputTail).toEqual(['trained']);
  expect(await gone(Number(readFileSync(pidFile, 'utf8')))).toBe(true);
}, 60_000);

test('the exit code is the command\'s, even when a background process outlives it', async () => {
  const result = await runTraining({ command: 'tail -f /dev/null & echo boom >&2; exit 5', cwd, env });
  expect(result).toMatchObject({ kind: 'failed', exitCode: 5, outputTail: ['boom'] });
}, 60_000);

test('megabytes of carriage-return progress keep a bounded tail: the last redraw of each line', async () => {
  const result = await runTraining({
    command: "for i in 1 2 3; do head -c 4000000 /dev/zero | tr '\\0' '\\r'; printf 'epoch %s 100%%\\r' $i; echo; done; printf 'x%.0s' $(seq 1 5000); echo; echo done",
    cwd, env,
  });
  expect(result.kind).toBe('succeeded');
  expect(result.outputTail.slice(0, 3)).toEqual(['epoch 1 100%', 'epoch 2 100%', 'epoch 3 100%']);
  expect(result.outputTail[3]).toBe('x'.repeat(2000));
  expect(result.outputTail.at(-1)).toBe('done');
}, 60_000);

test('CRLF output ends lines, as a newline does', async () => {
  const result = await runTraining({ command: "printf 'one\\r\\ntwo\\r\\n'", cwd, env });
  expect(result.outputTail).toEqual(['one', 'two']);
});

test('a timeout longer than 24.8 days does not stop the command at once', async () => {
  const result = await runTraining({ command: 'sleep 0.2; echo trained', cwd, env, timeoutSeconds: 3_000_000 });
  expect(result).toMatchObject({ kind: 'succeeded', outputTail: ['trained'] });
});

test('a failed run with 20 MB of progress output writes a small report', async () => {
  const repo = GitRepo.create();
  try {
    repo.commitFiles('base', { 'metrics.json': '{"r2": 0.8}' });
    const result = await mlops(repo.dir, ['run', '--train', "head -c 20000000 /dev/zero | tr '\\0' '\\r'; echo 'CUDA out of memory' >&2; exit 1"]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('failed with exit code 1').length - 1).toBe(1);
    const report = join(repo.dir, 'report.md');
    expect(existsSync(report)).toBe(true);
    expect(statSync(report).size).toBeLessThan(64 * 1024);
    expect(readFileSync(report, 'utf8')).toContain('CUDA out of memory');
  } finally {
    repo.cleanup();
  }
}, 120_000);
