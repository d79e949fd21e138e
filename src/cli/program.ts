/**
 * The `mlops` command line: one verb per stage, DVC's flags on the DVC verbs. Built with
 * commander; everything it touches (output, cwd, env) is passed in, so tests run it in-process.
 */
import { Command, CommanderError, Option } from 'commander';
import { resolve } from 'node:path';
import { describeError, describeSystemError, escapeText, exitCodeOf, MlopsError, UsageError } from '../errors.js';
import type { RowSelector } from '../metrics/csv.js';
import type { VerbOutput } from '../metrics/dvc-verbs.js';
import type { EventName, RawOptions } from '../options.js';
import type { EventVerb } from '../event-run.js';
import { addCommentCommand } from './comment.js';
import { addHistoryCommand } from './history.js';
import { addImageCommands } from './image.js';
import { addKserveCommands } from './kserve.js';
import { addPlotsCommands } from './plots.js';
import { addStepCommand } from './step.js';
import { writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { AlreadyPrinted, closingError, errorFileText, RememberingLogger, unlessPrinted } from './closing-error.js';
import { CONFIG_FILE } from '../config-name.js';
import { VERSION } from '../version.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** DVC indents `--json` when stdout is a terminal. */
  stdoutIsTTY: boolean;
}

interface TrainFlags {
  timeout?: string; kfp?: boolean; kfpHost?: string; kfpPipeline?: string; kfpPipelineName?: string; kfpExperiment?: string;
  kfpNamespace?: string; kfpParams?: string[]; kfpTimeout?: string; kfpTokenFile?: string;
}

interface DvcFlags {
  targets?: string[];
  json?: boolean;
  md?: boolean;
  precision?: string;
  all?: boolean;
  path?: boolean;
  deps?: boolean;
  row?: string;
}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${name}: '${escapeText(value)}' is not a whole number.`);
  return Number(value);
}

async function rowOf(value: string | undefined): Promise<RowSelector | undefined> {
  if (value === undefined) return undefined;
  const { parseRowSelector } = await import('../metrics/csv.js');
  return parseRowSelector(value);
}

/**
 * Each verb loads what it runs when it runs: `mlops metrics diff` should start about as fast as
 * node itself, not parse the Kubernetes client, octokit and vega first.
 */
const dvcVerbs = () => import('../metrics/dvc-verbs.js');

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];


/** The verbs at the top of `mlops`: a command line that names one builds only that one. */
export const TOP_LEVEL_VERBS = ['metrics', 'params', 'train', 'run', 'report', 'comment', 'send-comment', 'image', 'kserve', 'plots', 'step'] as const;

/**
 * The verb a command line names (its first word after the program's own options), when it is one
 * of ours: `mlops metrics diff` then defines only `metrics` (a few ms of start-up), while help, a
 * typo or no verb at all get the whole program, its listing and its suggestions.
 */
export function verbNamed(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--cd') i++;
    else if (!arg.startsWith('--cd=')) return arg.startsWith('-') ? undefined : (TOP_LEVEL_VERBS as readonly string[]).includes(arg) ? arg : undefined;
  }
  return undefined;
}

/** The program with every verb, or with `only` that one (see verbNamed). */
export function buildProgram(io: CliIo, only?: string): Command {
  const wanted = (verb: (typeof TOP_LEVEL_VERBS)[number]): boolean => only === undefined || only === verb;
  const program = new Command('mlops');
  const cwdOf = (): string => resolve(io.cwd, (program.opts() as { cd?: string }).cd ?? '.');
  const logger = (): RememberingLogger => new RememberingLogger(io, io.env.GITHUB_ACTIONS === 'true');
  const print = (output: VerbOutput): void => {
    for (const warning of output.warnings) io.stderr(`WARNING: ${warning}\n`);
    if (typeof output.stdout === 'string') io.stdout(output.stdout);
    else for (const piece of output.stdout) io.stdout(piece);
  };
  const dvcInput = async (flags: DvcFlags) => ({
    cwd: cwdOf(),
    targets: flags.targets,
    json: flags.json,
    markdown: flags.md,
    jsonIndent: io.stdoutIsTTY ? 2 : undefined,
    precision: integer('--precision', flags.precision),
    noPath: flags.path === false,
    row: await rowOf(flags.row),
    deps: flags.deps,
  });

  program
    .description('CI/CD for machine-learning projects: train, DVC-identical metrics/params diffs, gates and a PR-ready report.')
    .version(VERSION, '-V, --version')
    .option('--cd <path>', 'run as if started in <path> (the project folder with dvc.yaml); goes before the verb')
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .hook('preAction', async () => {
      const cd = (program.opts() as { cd?: string }).cd;
      if (cd === undefined) return;
      const info = await stat(resolve(io.cwd, cd)).catch(() => undefined);
      if (!info) throw new UsageError(`--cd: ${cd} does not exist.`, 'Name the project folder (the one with dvc.yaml), relative to where mlops runs.');
      if (!info.isDirectory()) throw new UsageError(`--cd: ${cd} is not a folder.`);
    });

  const targets = (): Option => new Option('--targets <paths...>', 'limit to these files (default: from dvc.yaml, else metrics.json / params.yaml)');
  const output = (command: Command): Command =>
    command.option('--json', 'print the result as JSON').option('--md', 'print the table as markdown');
  const row = (): Option => new Option('--row <selector>', 'CSV/TSV metrics: which row (last, first, N, -N or column=value)').default(undefined);

  if (wanted('metrics')) {
    const metrics = program.command('metrics').description('show or compare metrics, exactly like `dvc metrics`');
    output(
      metrics
        .command('show')
        .description('show the metrics in the workspace (like `dvc metrics show`)')
        .argument('[targets...]', 'metrics files to show')
        .addOption(targets())
        .option('-R, --recursive', 'accepted for DVC compatibility (directories are always expanded)')
        .option('--precision <n>', 'round floats to <n> digits after the point (default 5)')
        .addOption(row()),
    ).action(async (positional: string[], flags: DvcFlags) => {
      const input = await dvcInput({ ...flags, targets: [...positional, ...(flags.targets ?? [])] });
      print(await (await dvcVerbs()).metricsShow(input));
    });

    output(
      metrics
        .command('diff')
        .description('compare metrics between two revisions (like `dvc metrics diff`)')
        .argument('[a_rev]', 'old revision', 'HEAD')
        .argument('[b_rev]', 'new revision ("workspace" is the working tree)', 'workspace')
        .addOption(targets())
        .option('-R, --recursive', 'accepted for DVC compatibility')
        .option('--all', 'show unchanged metrics as well')
        .option('--no-path', "don't show the metric's file path")
        .option('--precision <n>', 'round floats to <n> digits after the point (default 5)')
        .addOption(row()),
    ).action(async (aRev: string, bRev: string, flags: DvcFlags) => {
      print(await (await dvcVerbs()).metricsDiff({ ...(await dvcInput(flags)), aRev, bRev, all: flags.all }));
    });
    addHistoryCommand(metrics, io, cwdOf);
  }

  if (wanted('params')) {
    const params = program.command('params').description('show or compare params, exactly like `dvc params diff`');
    output(
      params
        .command('show')
        .description('show the params in the workspace (DVC has no such command: laid out like `dvc metrics show`)')
        .addOption(targets())
        .option('--deps', 'only params that stages depend on'),
    ).action(async (flags: DvcFlags) => {
      print(await (await dvcVerbs()).paramsShow(await dvcInput(flags)));
    });

    output(
      params
        .command('diff')
        .description('compare params between two revisions (like `dvc params diff`)')
        .argument('[a_rev]', 'old revision', 'HEAD')
        .argument('[b_rev]', 'new revision ("workspace" is the working tree)', 'workspace')
        .addOption(targets())
        .option('--all', 'show unchanged params as well')
        .option('--deps', 'only params that stages depend on')
        .option('--no-path', "don't show the param's file path"),
    ).action(async (aRev: string, bRev: string, flags: DvcFlags) => {
      print(await (await dvcVerbs()).paramsDiff({ ...(await dvcInput(flags)), aRev, bRev, all: flags.all }));
    });
  }

  /** A terminal platform for a verb: its flags' spellings, mlops.yaml and flag layers, the event. */
  const terminal = async (layers: RawOptions[], flags: Partial<Record<string, string>>, event: EventName = 'manual') => {
    const { terminalPlatform } = await import('../platform/terminal.js');
    return terminalPlatform({ event, cwd: cwdOf(), env: io.env, logger: logger(), options: layers, flags });
  };

  if (wanted('train')) {
    program
      .command('train')
      .description('run the training command as a stage (live output, duration, exit status); with --kfp, then as a Kubeflow Pipelines run')
      .argument('[command...]', 'the command and its arguments, after -- (with --kfp: optional, e.g. what compiles the pipeline)')
      .option('--timeout <seconds>', 'stop the command (and its children) after this long')
      .option('--kfp', 'train on Kubeflow Pipelines (the --kfp-* flags or mlops.yaml\'s kfp-* keys; token from KFP_TOKEN)')
      .option('--kfp-host <url>', 'the KFP API base URL (paths are <url>/apis/v2beta1/…)')
      .option('--kfp-pipeline <file>', 'the compiled pipeline (IR YAML or JSON)')
      .option('--kfp-pipeline-name <name>', "name it is registered under (default: the IR's pipelineInfo.name)")
      .option('--kfp-experiment <name>', 'experiment, created when missing (default: mlops-action)')
      .option('--kfp-namespace <ns>', 'the Kubeflow profile namespace (multi-user KFP)')
      .option('--kfp-params <name=value>', 'a pipeline parameter, typed by the IR (repeatable)', collect)
      .option('--kfp-timeout <seconds>', 'terminate the run after this long (default: 3600)')
      .option('--kfp-token-file <file>', 'a file holding the bearer token, re-read before every request')
      .passThroughOptions()
      .action(async (command: string[], flags: TrainFlags) => {
        const kfpFlags: RawOptions = {
          'kfp-host': flags.kfpHost, 'kfp-pipeline': flags.kfpPipeline, 'kfp-pipeline-name': flags.kfpPipelineName, 'kfp-experiment': flags.kfpExperiment,
          'kfp-namespace': flags.kfpNamespace, 'kfp-params': flags.kfpParams, 'kfp-timeout': flags.kfpTimeout, 'kfp-token-file': flags.kfpTokenFile,
        };
        // with --kfp the kfp-* keys (and a compiling train-command) may come from mlops.yaml, as for `mlops run`
        const { readConfigFile } = await import('../config-file.js');
        const layers = flags.kfp ? [await readConfigFile(resolve(cwdOf(), CONFIG_FILE))] : [];
        const platform = await terminal(
          [...layers, { 'working-directory': cwdOf(), 'train-command': command.length > 0 ? command : undefined, 'train-timeout': flags.timeout, ...kfpFlags }],
          { 'train-timeout': '--timeout', 'train-command': 'the command', ...Object.fromEntries(Object.keys(kfpFlags).map((key) => [key, `--${key}`])) },
        );
        const { trainStage } = await import('../single-stage.js');
        const outcome = await trainStage(platform, {}, { kfp: flags.kfp === true });
        if (outcome.exitCode !== 0) throw new MlopsError(outcome.message, { exitCode: outcome.exitCode });
        io.stdout(`${outcome.message}\n`);
      });
  }

  const runFlags = (command: Command): Command =>
    command
      .option('--base <rev>', 'revision to compare against (default: HEAD)')
      .option('--gate <gate>', 'a gate, e.g. "r2 >= 0.75" or "rmse max-rise 2%" (repeatable)', collect)
      .option('--direction <name=higher|lower>', 'override the guessed direction of a metric (repeatable)', collect)
      .option('--headline <metric>', 'the metric named in the verdict line')
      .option('--metrics <paths...>', 'metrics files (default: from dvc.yaml, else metrics.json)')
      .option('--params <paths...>', 'params files (default: from dvc.yaml, plus params.yaml)')
      .addOption(row())
      .addOption(new Option('--charts <kind>', 'charts in the report').choices(['mermaid', 'quickchart', 'none']))
      .option('--out <path>', 'where to write the report (default: report.md)')
      .option('--report-id <id>', 'key of the sticky PR comment (several reports per PR)')
      .option('--precision <n>', 'digits after the point for floats (default 5)')
      .option('--predictions <file>', 'the evaluation predictions (y_true, y_pred per example): intervals and noise-aware verdicts')
      .option('--config <file>', `options file (default: ${CONFIG_FILE} in the project folder, if present)`);

  interface RunFlags {
    base?: string; head?: string; gate?: string[]; direction?: string[]; headline?: string; metrics?: string[]; params?: string[];
    row?: string; charts?: string; out?: string; reportId?: string; precision?: string; config?: string; train?: string;
    timeout?: string; event?: string; check?: boolean; predictions?: string; json?: boolean;
  }

  const rawFrom = (flags: RunFlags): RawOptions => ({
    'working-directory': cwdOf(), 'train-command': flags.train, 'train-timeout': flags.timeout,
    'base-ref': flags.base, 'head-ref': flags.head, gates: flags.gate, direction: flags.direction, headline: flags.headline,
    metrics: flags.metrics, params: flags.params, 'csv-row': flags.row, charts: flags.charts, 'report-path': flags.out,
    'report-id': flags.reportId, precision: flags.precision, predictions: flags.predictions,
  });

  const configOf = async (flags: RunFlags): Promise<RawOptions> => {
    const { readConfigFile } = await import('../config-file.js');
    return readConfigFile(resolve(cwdOf(), flags.config ?? CONFIG_FILE), { required: flags.config !== undefined, name: flags.config ?? CONFIG_FILE });
  };

  /** How `mlops run` and `mlops report` spell the options they have flags for; the rest live in mlops.yaml. */
  const RUN_FLAGS: Partial<Record<string, string>> = {
    event: '--event', 'train-command': '--train', 'train-timeout': '--timeout', 'base-ref': '--base', 'head-ref': '--head', gates: '--gate',
    direction: '--direction', headline: '--headline', metrics: '--metrics', params: '--params', 'csv-row': '--row', charts: '--charts',
    'report-path': '--out', 'report-id': '--report-id', precision: '--precision', predictions: '--predictions',
  };

  const runEventFrom = async (flags: RunFlags, verb: EventVerb): Promise<void> => {
    const [{ EVENTS, parseChoice }, { terminalPlatform }, { closingLines, runEvent }] = await Promise.all([
      import('../options.js'), import('../platform/terminal.js'), import('../event-run.js'),
    ]);
    const event = parseChoice('--event', flags.event, EVENTS, 'manual');
    // --json: stdout carries only the JSON, progress goes to stderr
    const log = new RememberingLogger(flags.json ? { ...io, stdout: io.stderr } : io, io.env.GITHUB_ACTIONS === 'true');
    const platform = await terminalPlatform({ event, cwd: cwdOf(), env: io.env, logger: log, options: [await configOf(flags), rawFrom(flags)], flags: RUN_FLAGS });
    const result = await runEvent(platform, { verb, gatesFail: verb === 'run' || flags.check === true }).catch((error: unknown) => {
      throw unlessPrinted(error, log);
    });
    // DVC's metrics diff shape, plus the extra key with intervals and noise-aware verdicts
    if (flags.json && result.run) io.stdout(`${result.outputs['metrics-json']}\n`);
    for (const line of closingLines(result)) (flags.json ? io.stderr : io.stdout)(`${line}\n`);
    if (result.outcome.kind === 'gates-failed' && result.exitCode === 0) io.stderr(`${result.outcome.failures.length} of ${result.run?.gates.length} gates failed (listed above); the report says why.\n`);
    const failed = closingError(result, log);
    if (failed) throw failed;
  };

  if (wanted('run')) {
    runFlags(
      program
        .command('run')
        .description('plan and run the stages for an event: train → metrics diff → gates → report')
        .addOption(new Option('--event <event>', 'which event this run is for').choices(['pr', 'push', 'schedule', 'manual']))
        .option('--train <command>', 'training command, run through the shell (default: none; metrics as they are)')
        .option('--timeout <seconds>', 'stop training after this long'),
    ).action((flags: RunFlags) => runEventFrom(flags, 'run'));
  }

  if (wanted('report')) {
    runFlags(
      program
        .command('report')
        .description('render the markdown report from the metrics diff and gates (no training)')
        .option('--head <rev>', 'revision to report on (default: the workspace)')
        .option('--check', 'exit 1 when a gate fails (the report is still written)')
        .option('--json', "print the metrics diff as DVC's --json shape, with intervals and noise-aware verdicts under _mlops (progress goes to stderr)"),
    ).action((flags: RunFlags) => runEventFrom(flags, 'report'));
  }

  if (wanted('comment') || wanted('send-comment')) addCommentCommand(program, io, cwdOf, { comment: wanted('comment'), sendComment: wanted('send-comment') });
  if (wanted('image')) addImageCommands(program, io, cwdOf, logger);
  if (wanted('kserve')) addKserveCommands(program, io, cwdOf, logger);
  if (wanted('plots')) addPlotsCommands(program, io, cwdOf);
  if (wanted('step')) addStepCommand(program, io, cwdOf, logger);

  return program;
}

/** Run the CLI to completion; returns the exit code (0 ok, 1 failure, 2 usage). Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io, verbNamed(argv));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      // help printed because no verb was given (`mlops`, `mlops metrics`) is a usage error
      if (error.code === 'commander.help') return error.exitCode === 0 ? 0 : 2;
      // commander already printed its message
      return error.exitCode === 0 ? 0 : 2;
    }
    if (!(error instanceof AlreadyPrinted)) io.stderr(`ERROR: ${describeSystemError(error) ?? describeError(error)}\n`);
    // The Jenkins runner turns this file into the build's one error message.
    if (io.env.MLOPS_ERROR_FILE) {
      try {
        writeFileSync(io.env.MLOPS_ERROR_FILE, errorFileText(error));
      } catch {
        // the message is on stderr already
      }
    }
    return exitCodeOf(error);
  }
}
