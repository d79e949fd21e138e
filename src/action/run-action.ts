/**
 * The action front end: inputs and event → one run → outputs and the job summary.
 * Any thrown value fails the step with one message (never a stack trace for a user's mistake).
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeError } from '../errors.js';
import { pyJsonDumps } from '../metrics/pyformat.js';
import type { Value } from '../metrics/value.js';
import { buildRunOptions, CONFIG_FILE, parseConfigFile, type RawOptions } from '../options.js';
import { run, type RunResult } from '../run.js';
import { eventContext } from './event.js';
import { readRunInputs } from './inputs.js';
import { ActionsLogger } from './actions-logger.js';

async function readConfig(workingDirectory: string): Promise<RawOptions> {
  try {
    return parseConfigFile(await readFile(resolve(workingDirectory, CONFIG_FILE), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

async function readPayload(path: string | undefined): Promise<object> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as object;
  } catch {
    return {};
  }
}

function metricsJson(result: RunResult): string {
  const data: { [key: string]: Value } = {};
  for (const row of result.metrics) {
    const entry: { [key: string]: Value } = { old: row.old, new: row.new };
    if (row.diff !== undefined) entry.diff = row.diff;
    ((data[row.path] ??= {}) as { [key: string]: Value })[row.key] = entry;
  }
  return pyJsonDumps(data);
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readRunInputs();
    const workingDirectory = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs['working-directory']?.toString() ?? '.');
    const context = eventContext(env.GITHUB_EVENT_NAME ?? '', await readPayload(env.GITHUB_EVENT_PATH));
    const options = buildRunOptions(
      { 'base-ref': context.defaultBase },
      await readConfig(workingDirectory),
      { ...inputs, 'working-directory': workingDirectory, event: context.event },
    );
    const result = await run(options, { logger: new ActionsLogger(), env });
    core.setOutput('report-path', result.reportPath);
    core.setOutput('gates-passed', String(result.gates.every((gate) => gate.passed)));
    core.setOutput('metrics-json', metricsJson(result));
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.report).write();
    if (result.outcome.kind === 'gates-failed') core.setFailed(`Gates failed:\n${result.outcome.failures.join('\n')}`);
    else if (result.outcome.kind !== 'passed') core.setFailed(result.outcome.reason);
  } catch (error) {
    core.setFailed(describeError(error));
  }
}
