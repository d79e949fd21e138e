/** The train stage with real processes: live output, stderr kept, exit status, timeout of a whole process tree. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTraining } from '../../src/train/run-command.js';

const cwd = mkdtempSync(join(tmpdir(), 'mlops-train-'));
/** The front end hands the stage its environment; these tests are that front end. */
const env = { PATH: process.env.PATH };
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

test('output is handed over as it comes, before the command ends, with stderr kept apart', async () => {
  const seen: { text: string; stream: string; at: number }[] = [];
  const started = Date.now();
  const result = await runTraining({
    command: ['bash', '-c', 'echo epoch 1; echo warn >&2; sleep 0.5; echo epoch 2'],
    cwd,
    env,
    onOutput: (chunk, stream) => seen.push({ text: chunk.toString(), stream, at: Date.now() - started }),
  });
  expect(result).toMatchObject({ kind: 'succeeded', exitCode: 0, command: "bash -c 'echo epoch 1; echo warn >&2; sleep 0.5; echo epoch 2'" });
  expect(seen.find((item) => item.text.includes('epoch 1'))).toMatchObject({ stream: 'stdout' });
  expect(seen.find((item) => item.text.includes('warn'))).toMatchObject({ stream: 'stderr' });
  // the first epoch arrived while the command was still sleeping
  const first = seen.find((item) => item.text.includes('epoch 1'))!;
  const last = seen.find((item) => item.text.includes('epoch 2'))!;
  expect(last.at - first.at).toBeGreaterThanOrEqual(400);
  expect(result.outputTail).toEqual(['epoch 1', 'warn', 'epoch 2']);
});

test('a failing command reports its exit code and its last lines', async () => {
  const result = await runTraining({ command: 'for i in $(seq 1 30); do echo line $i; done; exit 4', cwd, env });
  expect(result).toMatchObject({ kind: 'failed', exitCode: 4 });
  expect(result.outputTail).toHaveLength(20);
  expect(result.outputTail.at(-1)).toBe('line 30');
});

test('a timeout stops the command and the processes it started', async () => {
  const marker = join(cwd, 'child-survived');
  const result = await runTraining({ command: `(sleep 3; touch ${marker}) & sleep 30`, cwd, env, timeoutSeconds: 1, killGraceSeconds: 1 });
  expect(result).toMatchObject({ kind: 'timed-out', timeoutSeconds: 1 });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const { existsSync } = await import('node:fs');
  expect(existsSync(marker)).toBe(false);
});

test('a command that is not installed says so', async () => {
  const result = await runTraining({ command: ['no-such-trainer-xyz'], cwd, env });
  expect(result).toMatchObject({ kind: 'not-started', reason: "'no-such-trainer-xyz' was not found (is it installed and on PATH?)" });
});

test('the command sees the environment the front end gave it, not the process its runner runs in', async () => {
  process.env.MLOPS_TEST_LEAK = 'from-the-process';
  try {
    const result = await runTraining({ command: 'echo "given=$GIVEN leak=${MLOPS_TEST_LEAK:-none}"', cwd, env: { ...env, GIVEN: 'yes' } });
    expect(result.outputTail).toEqual(['given=yes leak=none']);
  } finally {
    delete process.env.MLOPS_TEST_LEAK;
  }
});
