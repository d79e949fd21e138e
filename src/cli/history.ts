/**
 * `mlops metrics history`: the metrics at the last commits of a branch that wrote them, oldest
 * first, one column per metric (or just `--key`). The files are those `metrics show` reads (the
 * `--targets`, else dvc.yaml, else metrics.json), as the branch's tip declares them.
 */
import type { Command } from 'commander';
import type { HistoryFlags } from './history-run.js';
import type { CliIo } from './program.js';

/** `metrics history` under the `metrics` command. */
export function addHistoryCommand(metrics: Command, io: CliIo, cwdOf: () => string): void {
  metrics
    .command('history')
    .description('show the metrics at the last commits of a branch that changed them, oldest first (first parents only)')
    // 20 is DEFAULT_LAST (src/metrics/history.ts), not imported: this file loads before every verb
    .option('--last <n>', 'how many commits (default 20)')
    .option('--json', 'print the history as JSON')
    .option('--targets <paths...>', 'limit to these files (default: from dvc.yaml, else metrics.json)')
    .option('--key <key>', 'only this metric (dotted for nested keys, e.g. test.r2)')
    .option('--rev <ref>', 'the branch, tag or commit whose history is read (default: HEAD)')
    .action(async (flags: HistoryFlags) => {
      const { runHistory } = await import('./history-run.js');
      await runHistory(flags, io, cwdOf());
    });
}
