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

class Tail {
  private lines: string[] = [];
  private partial = '';
  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString('utf8')).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > TAIL_LINES) this.lines.splice(0, this.lines.length - TAIL_LINES);
  }
  get value(): string[] {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].slice(-TAIL_LINES);
  }
}

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
      timer = setTimeout(() => {
        timedOut = true;
        signalGroup('SIGTERM');
        killer = setTimeout(() => signalGroup('SIGKILL'), (input.killGraceSeconds ?? 10) * 1000);
      }, input.timeoutSeconds * 1000);
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
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      if (timedOut) resolve({ ...base(), kind: 'timed-out', timeoutSeconds: input.timeoutSeconds ?? 0 });
      else if (code === 0) resolve({ ...base(), kind: 'succeeded', exitCode: 0 });
      else resolve({ ...base(), kind: 'failed', exitCode: code, signal });
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
