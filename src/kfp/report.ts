/**
 * How a KFP training reads: one line (logs, the failure message, the verdict line), the
 * report's Training section (run link, state, duration, a task table with each failed task's
 * error), the outputs, and where metrics were looked for. Pure: the result in, text out.
 */
import { markdownTable } from 'markdown-table';
import { cell, code } from '../report/format.js';
import { formatSeconds } from '../report/seconds.js';
import type { KfpTrainResult } from './train.js';

type Started = Exclude<KfpTrainResult, { kind: 'not-started' }>;

const STATE_MARK: Record<string, string> = {
  SUCCEEDED: '✅', CACHED: '✅', SKIPPED: '⏭️', FAILED: '❌', CANCELED: '🚫', CANCELING: '🚫', RUNNING: '⏳', PENDING: '⏳', PAUSED: '⏸️',
};

function lastStateText(result: Extract<KfpTrainResult, { lastState: unknown }>): string {
  const { state, since } = result.lastState;
  return `last state ${state}${since ? ` since ${since}` : ''}`;
}

function terminatedText(result: Extract<KfpTrainResult, { terminated: unknown }>): string {
  return result.terminated === true ? 'was terminated' : `could not be terminated (${result.terminated.error})`;
}

/** One line saying how the KFP training ended, with the run URL. */
export function describeKfpTraining(result: KfpTrainResult): string {
  if (result.kind === 'not-started') return `KFP run not started: ${result.reason}`;
  const run = `KFP run ${result.run.displayName}`;
  const took = formatSeconds(result.durationMs);
  switch (result.kind) {
    case 'succeeded':
      return `${run} ${result.state === 'SKIPPED' ? 'was SKIPPED (nothing ran; treated as passed)' : 'SUCCEEDED'} in ${took}: ${result.run.url}`;
    case 'failed': {
      const tasks = result.failingTasks.length > 0 ? `; failed task${result.failingTasks.length === 1 ? '' : 's'}: ${result.failingTasks.join(', ')}` : '';
      return `${run} ${result.state} after ${took}${tasks}${result.message ? `; ${result.message}` : ''}: ${result.run.url}`;
    }
    case 'timed-out':
      return `${run} did not finish within ${result.timeoutSeconds} s and ${terminatedText(result)} (${lastStateText(result)}): ${result.run.url}`;
    case 'interrupted':
      return `The job was cancelled: ${run} ${terminatedText(result)} (${lastStateText(result)}): ${result.run.url}`;
  }
}

function sourceText(result: Started): string {
  const { source } = result.run;
  if (source.kind === 'inline') return 'pipeline sent inline';
  return `pipeline ${code(source.pipelineName)} version ${code(source.versionName.slice(0, 7))}${source.versionReused ? ' (registered before)' : ''}`;
}

/**
 * The report's Training section for a KFP run. `full` shows the task table with errors,
 * `compact` the table without errors, `minimal` nothing (the verdict line carries the failure).
 * `heading: false` leaves out `### Training`, to follow the train command's line in one section.
 */
export function kfpReportLines(result: KfpTrainResult, detail: 'full' | 'compact' | 'minimal' = 'full', { heading = true }: { heading?: boolean } = {}): string[] {
  if (detail === 'minimal') return [];
  const head = heading ? ['### Training', ''] : [];
  if (result.kind === 'not-started') return [...head, `❌ Nothing was submitted to Kubeflow Pipelines: ${result.reason}`, ''];
  const mark = result.kind === 'succeeded' ? '✅' : '❌';
  const state = result.kind === 'timed-out' ? `timed out (${result.lastState.state})` : result.kind === 'interrupted' ? `cancelled (${result.lastState.state})` : result.state;
  const header = `${mark} KFP run [${cell(result.run.displayName).replace(/[[\]]/g, '\\$&')}](${result.run.url}) **${state}** in ${formatSeconds(result.durationMs)} · experiment ${code(result.run.experiment.name)} · ${sourceText(result)}`;
  const lines = [...head, header, ''];
  if (result.kind !== 'succeeded') lines.push(describeKfpTraining(result).replace(/: https?:\/\/\S+$/, '.'), '');
  if (result.tasks.length > 0) {
    const withErrors = detail === 'full' && result.tasks.some((task) => task.error);
    const rows = result.tasks.map((task) => {
      const row = [code(task.name), `${STATE_MARK[task.state] ?? ''} ${task.state}`.trim(), task.durationMs !== undefined ? formatSeconds(task.durationMs) : '—'];
      if (withErrors) row.push(task.error ? cell(task.error) : '');
      return row;
    });
    lines.push(markdownTable([['Task', 'State', 'Duration', ...(withErrors ? ['Error'] : [])], ...rows]), '');
  }
  return lines;
}

/** The named outputs of a KFP training: the run's id and URL, when a run was started. */
export function kfpOutputs(result: KfpTrainResult): Record<string, string> {
  if (result.kind === 'not-started') return {};
  return { 'kfp-run-id': result.run.id, 'kfp-run-url': result.run.url };
}

/**
 * Where this run's metrics were looked for in KFP, for the report when none were found:
 * released KFP returns no task outputs, so there is nothing to read there.
 */
export function kfpMetricsNote(result: KfpTrainResult): string {
  if (result.kind === 'not-started') return 'no KFP run was started';
  if (!result.metrics) return `the KFP API returned no task outputs for run ${result.run.id} (GET /apis/v2beta1/runs/{id}?view=FULL answers tasks only on KFP versions with the task API)`;
  if (result.metrics.length === 0) return `run ${result.run.id}'s tasks logged no metric artifacts (dsl.Metrics.log_metric)`;
  return `metric artifacts of ${result.metrics.map((metrics) => metrics.path).join(', ')}`;
}
