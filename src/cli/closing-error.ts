/**
 * How a CLI event run ends when it failed: the one decision `mlops run`/`report` and the Jenkins
 * runner's `mlops step report|pipeline` share. A failure the run's log has already printed (a
 * training command's failure, each failed gate) is not printed again; the CLI still exits with
 * its code and hands the message to MLOPS_ERROR_FILE.
 */
import { describeError, exitCodeOf, MlopsError } from '../errors.js';
import type { EventResult } from '../event-run.js';
import { ConsoleLogger } from '../platform/console-logger.js';

/** A failure the run's log has already printed: the CLI ends with its exit code, without saying it again. */
export class AlreadyPrinted extends MlopsError {}

/** Failed gates, already listed one per line: the CLI says how many; MLOPS_ERROR_FILE still gets them all. */
export class GatesFailed extends MlopsError {
  constructor(
    message: string,
    readonly full: string,
    exitCode: 1 | 2,
  ) {
    super(message, { exitCode });
  }
}

/** What MLOPS_ERROR_FILE (the Jenkins build's one error message) says for a thrown error. */
export function errorFileText(error: unknown): string {
  return error instanceof GatesFailed ? error.full : describeError(error);
}

/** The console logger, remembering the errors it printed (a few: one per failed stage at most). */
export class RememberingLogger extends ConsoleLogger {
  readonly printed = new Set<string>();
  override error(message: string): void {
    if (this.printed.size < 100) this.printed.add(message);
    super.error(message);
  }
}

/** What to throw for a failed event run, or undefined when it did not fail. */
export function closingError(result: EventResult, log: RememberingLogger): MlopsError | undefined {
  if (!result.failure) return undefined;
  const exitCode = result.exitCode === 2 ? 2 : 1;
  // the gates' own lines are in the log already: the closing error counts them, not repeats them
  const failures = result.outcome.kind === 'gates-failed' ? result.outcome.failures : [];
  if (failures.length > 0 && failures.every((line) => log.printed.has(line))) {
    return new GatesFailed(`${failures.length} of ${result.run?.gates.length ?? failures.length} gates failed (listed above); the report says why.`, result.failure, exitCode);
  }
  return log.printed.has(result.failure) ? new AlreadyPrinted(result.failure, { exitCode }) : new MlopsError(result.failure, { exitCode });
}

/** A thrown error the log has already printed becomes AlreadyPrinted, keeping its exit code. */
export function unlessPrinted(error: unknown, log: RememberingLogger): unknown {
  return log.printed.has(describeError(error)) ? new AlreadyPrinted(describeError(error), { exitCode: exitCodeOf(error) }) : error;
}
