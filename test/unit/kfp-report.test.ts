/**
 * A KFP run read from the API's two task shapes (tasks.ts), and how a result reads: the one
 * line, the report's Training section and the outputs (report.ts). Table-driven over results.
 */
import type { Run } from '../../src/kfp/api-types.js';
import { describeKfpTraining, kfpMetricsNote, kfpOutputs, kfpReportLines } from '../../src/kfp/report.js';
import { metricsOf, realTime, tasksOf } from '../../src/kfp/tasks.js';
import type { KfpRunInfo, KfpTrainResult } from '../../src/kfp/train.js';

const EPOCH = '1970-01-01T00:00:00Z';
const NAMES = new Set(['load-data', 'train-model']);

describe('tasks of a released KFP run (Argo nodes)', () => {
  const run: Run = {
    state: 'RUNNING',
    run_details: {
      task_details: [
        { task_id: '1', display_name: 'california-housing-x7k2p', start_time: '2026-05-01T10:00:00Z', end_time: EPOCH, state: 'RUNNING' },
        { task_id: '2', display_name: 'root-driver', start_time: '2026-05-01T10:00:00Z', end_time: '2026-05-01T10:00:05Z', state: 'SUCCEEDED' },
        { task_id: '3', display_name: 'root', start_time: '2026-05-01T10:00:05Z', end_time: EPOCH, state: 'RUNNING' },
        { task_id: '4', display_name: 'load-data-driver', start_time: '2026-05-01T10:00:05Z', end_time: '2026-05-01T10:00:09Z', state: 'SUCCEEDED' },
        { task_id: '5', display_name: 'load-data', start_time: '2026-05-01T10:00:09Z', end_time: '2026-05-01T10:01:00Z', state: 'SUCCEEDED' },
        { task_id: '6', display_name: 'executor', start_time: '2026-05-01T10:00:10Z', end_time: '2026-05-01T10:00:59Z', state: 'SUCCEEDED' },
        { task_id: '7', display_name: 'train-model', start_time: '2026-05-01T10:01:00Z', end_time: EPOCH, state: 'RUNNING' },
        // a finished state with the epoch for an end: no duration rather than a negative one
        { task_id: '8', display_name: 'train-model', start_time: '2026-05-01T10:01:00Z', end_time: EPOCH, state: 'FAILED', error: { code: 2, message: 'OOMKilled' } },
      ],
    },
  };

  it('keeps the pipeline\'s tasks only, and never reads 1970 as an end', () => {
    expect(tasksOf(run, NAMES)).toEqual([
      { id: '5', name: 'load-data', state: 'SUCCEEDED', startedAt: '2026-05-01T10:00:09Z', finishedAt: '2026-05-01T10:01:00Z', durationMs: 51_000 },
      { id: '7', name: 'train-model', state: 'RUNNING', startedAt: '2026-05-01T10:01:00Z', finishedAt: undefined, durationMs: undefined },
      { id: '8', name: 'train-model', state: 'FAILED', startedAt: '2026-05-01T10:01:00Z', finishedAt: undefined, durationMs: undefined, error: 'OOMKilled' },
    ]);
    expect(metricsOf(run, NAMES)).toBeUndefined();
  });

  it('without the IR\'s names, the machinery rows are still left out (the workflow root cannot be told apart)', () => {
    expect(tasksOf(run, new Set()).map((task) => task.name)).toEqual(['california-housing-x7k2p', 'load-data', 'train-model', 'train-model']);
  });

  it.each([[EPOCH, undefined], ['', undefined], [undefined, undefined], ['not a time', undefined], ['2026-05-01T10:00:00Z', '2026-05-01T10:00:00Z']])('realTime(%j) is %j', (value, expected) => {
    expect(realTime(value)).toBe(expected);
  });
});

describe('tasks of the task API', () => {
  const run: Run = {
    state: 'SUCCEEDED',
    tasks: [
      { task_id: 'r', name: 'root', type: 'ROOT', state: 'SUCCEEDED', outputs: { artifacts: [{ artifact_key: 'metrics', artifacts: [{ name: 'r2', type: 'Metric', number_value: 0.5 }] }] } },
      { task_id: 'a', name: 'load-data', type: 'RUNTIME', state: 'CACHED', create_time: '2026-05-01T10:00:00Z', end_time: '2026-05-01T10:00:01Z' },
      {
        task_id: 'b', name: 'train-model', type: 'RUNTIME', state: 'SUCCEEDED', create_time: '2026-05-01T10:00:01Z', end_time: '2026-05-01T10:02:01Z',
        outputs: { artifacts: [
          { artifact_key: 'metrics', type: 'OUTPUT', artifacts: [{ name: 'r2', type: 'Metric', number_value: 0.82 }, { name: 'rmse', type: 'Metric', number_value: 'NaN' as unknown as number }, { name: 'mae', type: 'Metric', number_value: '33620.041' as unknown as number }] },
          { artifact_key: 'model', artifacts: [{ name: 'model', type: 'Model', uri: 's3://b/model' }] },
        ] },
      },
    ],
  };

  it('drops the ROOT task; CACHED counts as finished', () => {
    expect(tasksOf(run, NAMES).map((task) => [task.name, task.state, task.durationMs])).toEqual([['load-data', 'CACHED', 1000], ['train-model', 'SUCCEEDED', 120_000]]);
  });

  it('Metric artifacts by task, numbers only (protojson writes NaN as a string: dropped)', () => {
    expect(metricsOf(run, NAMES)).toEqual([{ path: 'kfp:train-model', values: { r2: 0.82, mae: 33620.041 } }]);
    expect(metricsOf({ tasks: [] }, NAMES)).toEqual([]);
  });
});

const INFO: KfpRunInfo = {
  id: 'run-1', url: 'https://kfp.example.com/pipeline/#/runs/details/run-1', displayName: 'acme/housing pr beefcaf',
  experiment: { id: 'e', name: 'mlops-action', created: false }, source: { kind: 'inline' },
};
const VERSION: KfpRunInfo['source'] = { kind: 'version', pipelineId: 'p', pipelineName: 'california-housing', versionId: 'v', versionName: 'c0ffee0123456789abcdef0123456789abcdef01', pipelineCreated: false, versionReused: true };
const TASKS = [
  { id: '1', name: 'load-data', state: 'SUCCEEDED', durationMs: 12_000 },
  { id: '2', name: 'train-model', state: 'FAILED', durationMs: 62_000, error: 'exit status 1 | OOM' },
  { id: '3', name: 'evaluate', state: 'RUNNING' },
];

const CASES: Array<[string, KfpTrainResult, string, string[]]> = [
  [
    'succeeded, registered version',
    { kind: 'succeeded', state: 'SUCCEEDED', run: { ...INFO, source: VERSION }, durationMs: 252_000, tasks: [TASKS[0]!] },
    'KFP run acme/housing pr beefcaf SUCCEEDED in 4 min 12 s: https://kfp.example.com/pipeline/#/runs/details/run-1',
    [
      '### Training', '',
      '✅ KFP run [acme/housing pr beefcaf](https://kfp.example.com/pipeline/#/runs/details/run-1) **SUCCEEDED** in 4 min 12 s · experiment `mlops-action` · pipeline `california-housing` version `c0ffee0` (registered before)', '',
      '| Task        | State       | Duration |\n| ----------- | ----------- | -------- |\n| `load-data` | ✅ SUCCEEDED | 12.0 s   |', '',
    ],
  ],
  [
    'failed, with a message and a failed task\'s error',
    { kind: 'failed', state: 'FAILED', run: INFO, durationMs: 80_000, tasks: TASKS, failingTasks: ['train-model'], message: 'Run failed' },
    'KFP run acme/housing pr beefcaf FAILED after 1 min 20 s; failed task: train-model; Run failed: https://kfp.example.com/pipeline/#/runs/details/run-1',
    [
      '### Training', '',
      '❌ KFP run [acme/housing pr beefcaf](https://kfp.example.com/pipeline/#/runs/details/run-1) **FAILED** in 1 min 20 s · experiment `mlops-action` · pipeline sent inline', '',
      'KFP run acme/housing pr beefcaf FAILED after 1 min 20 s; failed task: train-model; Run failed.', '',
      [
        '| Task          | State       | Duration  | Error                |',
        '| ------------- | ----------- | --------- | -------------------- |',
        '| `load-data`   | ✅ SUCCEEDED | 12.0 s    |                      |',
        '| `train-model` | ❌ FAILED    | 1 min 2 s | exit status 1 \\| OOM |',
        '| `evaluate`    | ⏳ RUNNING   | —         |                      |',
      ].join('\n'), '',
    ],
  ],
  [
    'timed out and terminated',
    { kind: 'timed-out', state: 'CANCELING', run: INFO, durationMs: 3_600_000, tasks: [], timeoutSeconds: 3600, lastState: { state: 'RUNNING', since: '2026-05-01T10:00:05Z' }, terminated: true },
    'KFP run acme/housing pr beefcaf did not finish within 3600 s and was terminated (last state RUNNING since 2026-05-01T10:00:05Z): https://kfp.example.com/pipeline/#/runs/details/run-1',
    [
      '### Training', '',
      '❌ KFP run [acme/housing pr beefcaf](https://kfp.example.com/pipeline/#/runs/details/run-1) **timed out (RUNNING)** in 60 min 0 s · experiment `mlops-action` · pipeline sent inline', '',
      'KFP run acme/housing pr beefcaf did not finish within 3600 s and was terminated (last state RUNNING since 2026-05-01T10:00:05Z).', '',
    ],
  ],
  [
    'the job cancelled, termination refused',
    { kind: 'interrupted', state: 'RUNNING', run: INFO, durationMs: 5_000, tasks: [], lastState: { state: 'PENDING' }, terminated: { error: 'KFP API POST /apis/v2beta1/runs/run-1:terminate answered 503' } },
    'The job was cancelled: KFP run acme/housing pr beefcaf could not be terminated (KFP API POST /apis/v2beta1/runs/run-1:terminate answered 503) (last state PENDING): https://kfp.example.com/pipeline/#/runs/details/run-1',
    [
      '### Training', '',
      '❌ KFP run [acme/housing pr beefcaf](https://kfp.example.com/pipeline/#/runs/details/run-1) **cancelled (PENDING)** in 5.0 s · experiment `mlops-action` · pipeline sent inline', '',
      'The job was cancelled: KFP run acme/housing pr beefcaf could not be terminated (KFP API POST /apis/v2beta1/runs/run-1:terminate answered 503) (last state PENDING).', '',
    ],
  ],
  [
    'not started',
    { kind: 'not-started', reason: 'kfp-params: n_estimators: \'x\' is not a whole number', durationMs: 3 },
    "KFP run not started: kfp-params: n_estimators: 'x' is not a whole number",
    ['### Training', '', "❌ Nothing was submitted to Kubeflow Pipelines: kfp-params: n_estimators: 'x' is not a whole number", ''],
  ],
];

describe.each(CASES)('%s', (_what, result, line, report) => {
  it('reads in one line', () => expect(describeKfpTraining(result)).toBe(line));
  it('has its Training section', () => expect(kfpReportLines(result)).toEqual(report));
  it('outputs the run id and URL when a run started', () => {
    expect(kfpOutputs(result)).toEqual(result.kind === 'not-started' ? {} : { 'kfp-run-id': 'run-1', 'kfp-run-url': INFO.url });
  });
});

it('compact drops the errors column, minimal the section; the heading can be left to the train command\'s section', () => {
  const failed = CASES[1]![1];
  expect(kfpReportLines(failed, 'full', { heading: false })).toEqual(CASES[1]![3].slice(2));
  expect(kfpReportLines(failed, 'compact').join('\n')).not.toContain('Error');
  expect(kfpReportLines(failed, 'minimal')).toEqual([]);
});

it('a display name with brackets stays a link', () => {
  const result: KfpTrainResult = { kind: 'succeeded', state: 'SUCCEEDED', run: { ...INFO, displayName: 'acme/[x] pr 1' }, durationMs: 1, tasks: [] };
  expect(kfpReportLines(result)[2]).toMatch(/^✅ KFP run \[acme\/\\\[x\\\] pr 1\]\(https:/);
});

it('says where metrics were looked for', () => {
  const base: KfpTrainResult = { kind: 'succeeded', state: 'SUCCEEDED', run: INFO, durationMs: 1, tasks: [] };
  expect(kfpMetricsNote(base)).toBe('the KFP API returned no task outputs for run run-1 (GET /apis/v2beta1/runs/{id}?view=FULL answers tasks only on KFP versions with the task API)');
  expect(kfpMetricsNote({ ...base, metrics: [] })).toBe("run run-1's tasks logged no metric artifacts (dsl.Metrics.log_metric)");
  expect(kfpMetricsNote({ ...base, metrics: [{ path: 'kfp:evaluate', values: { r2: 1 } }] })).toBe('metric artifacts of kfp:evaluate');
});
