/**
 * `mlops plots show|diff`: DVC 3's `dvc plots show|diff` flags over src/plots. `--json` prints
 * DVC's JSON; without it, markdown (DVC writes an HTML page there, mlops writes none, so
 * `--show-vega`, `--open` and `--html-template` are usage errors).
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import type { PlotOverrides } from '../plots/collect.js';
import { PLOT_TEMPLATES } from '../plots/types.js';
import type { PlotsVerbInput, PlotsVerbOutput } from '../plots/verbs.js';
import type { CliIo } from './program.js';

interface PlotsFlags {
  targets?: string[];
  json?: boolean;
  split?: boolean;
  out?: string;
  template?: string;
  x?: string;
  y?: string;
  header?: boolean;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  showVega?: boolean;
  open?: boolean;
  htmlTemplate?: string;
}

const NO_HTML = 'mlops writes no HTML or Vega page: use --json for DVC\'s JSON (each plot\'s Vega-Lite spec is its "content"), or read the markdown it prints without it.';

/** `-t`: one of dvc-render's templates (custom template files are not read). */
function template(name: string | undefined): string | undefined {
  if (name === undefined || (PLOT_TEMPLATES as readonly string[]).includes(name)) return name;
  throw new UsageError(`--template: '${name}' is not one of DVC's templates.`, `Use one of ${PLOT_TEMPLATES.join(', ')} (custom template files are not read).`);
}

function overrides(flags: PlotsFlags): PlotOverrides {
  return {
    template: template(flags.template),
    x: flags.x,
    y: flags.y,
    header: flags.header === false ? false : undefined,
    title: flags.title,
    xLabel: flags.xLabel,
    yLabel: flags.yLabel,
  };
}

export function addPlotsCommands(program: Command, io: CliIo, cwdOf: () => string): void {
  const plots = program.command('plots').description('show or compare plots, exactly like `dvc plots` (`--json`), else as markdown');

  const common = (command: Command): Command =>
    command
      .option('-t, --template <name>', `template of every plot shown (${PLOT_TEMPLATES.join(', ')})`)
      .option('-x <field>', 'field for the x axis')
      .option('-y <field>', 'field for the y axis')
      .option('--no-header', 'the CSV/TSV data files have no header row')
      .option('--title <text>', 'plot title')
      .option('--x-label <text>', 'x axis label')
      .option('--y-label <text>', 'y axis label')
      .option('-o, --out <dir>', 'where image plots are written, as <rev>_<path with / → _> (default: dvc_plots)')
      .option('--json', "print DVC's JSON instead of markdown")
      .option('--split', 'with --json: the rows, title and labels in "anchor_definitions", their anchors left in "content"')
      .addOption(new Option('--show-vega').hideHelp())
      .addOption(new Option('--open').hideHelp())
      .addOption(new Option('--html-template <path>').hideHelp());

  const input = (flags: PlotsFlags, targets: string[]): PlotsVerbInput => {
    for (const [given, flag] of [[flags.showVega, '--show-vega'], [flags.open, '--open'], [flags.htmlTemplate !== undefined, '--html-template']] as const) {
      if (given) throw new UsageError(`${flag}: ${NO_HTML}`);
    }
    return { cwd: cwdOf(), targets, overrides: overrides(flags), outDir: flags.out, json: flags.json, split: flags.split, jsonIndent: io.stdoutIsTTY ? 2 : undefined };
  };
  const print = (output: PlotsVerbOutput): void => {
    for (const line of output.stderr) io.stderr(`${line}\n`);
    io.stdout(output.stdout);
  };

  common(
    plots
      .command('show')
      .description('the plots in the workspace (like `dvc plots show`)')
      .argument('[targets...]', 'plot ids or data files (default: every plot of every dvc.yaml)'),
  ).action(async (targets: string[], flags: PlotsFlags) => {
    const { plotsShow } = await import('../plots/verbs.js');
    print(await plotsShow(input(flags, targets)));
  });

  common(
    plots
      .command('diff')
      .description('the plots at several revisions, overlaid (like `dvc plots diff`)')
      .argument('[revisions...]', 'git revisions ("workspace" is the working tree; default: the workspace, and HEAD when a tracked file changed)')
      .option('--targets <paths...>', 'plot ids or data files (default: every plot of every dvc.yaml)'),
  ).action(async (revisions: string[], flags: PlotsFlags) => {
    const { plotsDiff } = await import('../plots/verbs.js');
    print(await plotsDiff({ ...input(flags, flags.targets ?? []), revisions }));
  });
}
