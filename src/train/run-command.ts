/**
 * The train stage: run the user's command (python train.py, dvc repro, make train…), stream its
 * output as it comes, time it, and report how it ended. A string runs through the shell, as a
 * workflow's `run:` does; an argv array runs as it is. Output is handed to a sink, not printed,
 * so the front end decides where it goes.
 */
import { spawn } from 'node:child_process';

export interface TrainInput {
  command: string | readonly string[];
  cwd: string;
  /** Seconds before the command (and everything it started) is stopped; none when absent. */
  timeoutSeconds?: number;
  /** The command's environment, from the front end (the core never reads the process's own). */
  env: NodeJS.ProcessEnv;
  /** Where output goes as it arrives, unchanged (stderr stays stderr). */
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  /** Seconds between SIGTERM and SIGKILL on timeout. */
  killGraceSeconds?: number;
}

interface TrainBase {
  command: string;
  cwd: string;
  durationMs: number;
  /** The last lines of output, to show why it failed without scrolling the log. */
  outputTail: string[];
}

export type TrainResult =
  | (TrainBase & { kind: 'succeeded'; exitCode: 0 })
  | (TrainBase & { kind: 'failed'; exitCode: number | null; signal: string | null })
  | (TrainBase & { kind: 'timed-out'; timeoutSeconds: number })
  | (TrainBase & { kind: 'not-started'; reason: string });

const TAIL_LINES = 20;

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command as a person would type it, for logs and the report. */
export function displayCommand(command: string | readonly string[]): string {
  return typeof command === 'string' ? command : command.map(quoteArg).join(' ');
}

/** A line longer than this keeps its end: a report quotes the tail, not megabytes of one line. */
const MAX_LINE = 2000;

/**
 * The last lines of output, bounded in memory whatever the command prints: a carriage return
 * starts the line over as on a terminal (tqdm's progress bars are one line redrawn millions of
 * times), and an endless line keeps only its end.
 */
class Tail {
  private lines: string[] = [];
  private partial = '';
  /** The last chunk ended in `\r`: a newline next makes it CRLF, anything else redraws the line. */
  private pendingReturn = false;
  push(chunk: Buffer): void {
    const parts = chunk.toString('utf8').split('\n');
    for (let i = 0; i < parts.length; i++) {
      let part = parts[i]!;
      const ended = i < parts.length - 1;
      if (this.pendingReturn && part !== '') this.partial = '';
      if (this.pendingReturn && (part !== '' || ended)) this.pendingReturn = false;
      if (part.endsWith('\r')) {
        part = part.slice(0, -1);
        if (!ended) this.pendingReturn = true;
      }
      const redrawn = part.lastIndexOf('\r');
      this.partial = (redrawn >= 0 ? part.slice(redrawn + 1) : this.partial + part).slice(-MAX_LINE);
      if (ended) {
        this.lines.push(this.partial);
        this.partial = '';
        if (this.lines.length > TAIL_LINES * 2) this.lines.splice(0, this.lines.length - TAIL_LINES);
      }
    }
  }
  get value(): string[] {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].slice(-TAIL_LINES);
  }
}

/** Node's timers hold at most 2^31−1 ms (24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** `setTimeout` for any length: re-armed in steps a timer can hold, each step handed to `rearmed`. */
function longTimeout(callback: () => void, ms: number, rearmed: (timer: NodeJS.Timeout) => void): NodeJS.Timeout {
  if (ms <= MAX_TIMER_MS) return setTimeout(callback, ms);
  return setTimeout(() => rearmed(longTimeout(callback, ms - MAX_TIMER_MS, rearmed)), MAX_TIMER_MS);
}

/** Seconds the output pipes may stay open after the command exits, for its last writes. */
const DRAIN_SECONDS = 1;

/** Run the training command to its end. Never throws for the command's own failures: see `kind`. */
export function runTraining(input: TrainInput): Promise<TrainResult> {
  const shown = displayCommand(input.command);
  const started = performance.now();
  const tail = new Tail();
  const base = (): TrainBase => ({ command: shown, cwd: input.cwd, durationMs: Math.round(performance.now() - started), outputTail: tail.value });

  return new Promise((resolve) => {
    const [file, args, shell] =
      typeof input.command === 'string' ? [input.command, [], true] : [input.command[0] ?? '', input.command.slice(1), false];
    if (!file) {
      resolve({ ...base(), kind: 'not-started', reason: 'the training command is empty' });
      return;
    }
    // detached: its own process group, so a timeout stops the children (python workers) too.
    const child = spawn(file, args, { cwd: input.cwd, env: input.env, shell, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    let killer: NodeJS.Timeout | undefined;
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    if (input.timeoutSeconds !== undefined && input.timeoutSeconds > 0) {
      timer = longTimeout(() => {
        timedOut = true;
        signalGroup('SIGTERM');
        killer = setTimeout(() => signalGroup('SIGKILL'), (input.killGraceSeconds ?? 10) * 1000);
      }, input.timeoutSeconds * 1000, (next) => (timer = next));
    }
    const forward = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      tail.push(chunk);
      input.onOutput?.(chunk, stream);
    };
    child.stdout.on('data', forward('stdout'));
    child.stderr.on('data', forward('stderr'));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const reason = error.code === 'ENOENT' ? `'${file}' was not found (is it installed and on PATH?)` : error.message;
      resolve({ ...base(), kind: 'not-started', reason });
    });
    // The stage ends when the command exits, not when every holder of its output pipes does: a
    // `tensorboard … &` or a data loader worker left behind would hold them for ever. What it
    // started is stopped with it, as on a timeout; the pipes get a moment for the last output.
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let drainer: NodeJS.Timeout | undefined;
    const finish = (): void => {
      clearTimeout(timer);
      clearTimeout(killer);
      clearTimeout(drainer);
      const { code, signal } = exited ?? { code: null, signal: null };
      if (timedOut) resolve({ ...base(), kind: 'timed-out', timeoutSeconds: input.timeoutSeconds ?? 0 });
      else if (code === 0) resolve({ ...base(), kind: 'succeeded', exitCode: 0 });
      else resolve({ ...base(), kind: 'failed', exitCode: code, signal });
    };
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      signalGroup('SIGTERM');
      drainer = setTimeout(() => {
        signalGroup('SIGKILL');
        child.stdout.destroy();
        child.stderr.destroy();
        finish();
      }, DRAIN_SECONDS * 1000);
    });
    child.on('close', (code, signal) => {
      exited ??= { code, signal };
      finish();
    });
  });
}

/** One line saying how training ended, for logs, errors and the report. */
export function describeTraining(result: TrainResult): string {
  const seconds = (result.durationMs / 1000).toFixed(1);
  switch (result.kind) {
    case 'succeeded':
      return `\`${result.command}\` succeeded in ${seconds}s`;
    case 'failed':
      return result.signal
        ? `\`${result.command}\` was killed by ${result.signal} after ${seconds}s`
        : `\`${result.command}\` failed with exit code ${result.exitCode} after ${seconds}s`;
    case 'timed-out':
      return `\`${result.command}\` timed out after ${result.timeoutSeconds}s and was stopped`;
    case 'not-started':
      return `\`${result.command}\` could not start: ${result.reason}`;
  }
}
