/**
 * The logger of the terminal and Jenkins platforms: plain lines in a terminal or a Jenkins log, GitHub workflow commands
 * (`::group::`, `::warning::`) when the CLI itself runs inside a GitHub Actions job.
 */
import type { Logger } from '../logger.js';
import { formatSeconds } from '../report/seconds.js';

export interface ConsoleSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Workflow commands must not carry raw newlines or `%` (they would end or corrupt the command). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export class ConsoleLogger implements Logger {
  constructor(
    private readonly sink: ConsoleSink,
    private readonly github: boolean,
  ) {}

  info(message: string): void {
    this.sink.stdout(`${message}\n`);
  }

  warning(message: string): void {
    this.sink.stderr(this.github ? `::warning::${escapeData(message)}\n` : `WARNING: ${message}\n`);
  }

  error(message: string): void {
    this.sink.stderr(this.github ? `::error::${escapeData(message)}\n` : `ERROR: ${message}\n`);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.sink.stdout(this.github ? `::group::${name}\n` : `▶ ${name}\n`);
    let failed = true;
    try {
      const result = await fn();
      failed = false;
      return result;
    } finally {
      const took = formatSeconds(performance.now() - started);
      if (this.github) this.sink.stdout(`::endgroup::\n${name}: ${failed ? 'failed' : 'done'} in ${took}\n`);
      else this.sink.stdout(`${failed ? '✘' : '✔'} ${name} (${took})\n\n`);
    }
  }

  output(chunk: Buffer, stream: 'stdout' | 'stderr'): void {
    const text = chunk.toString('utf8');
    if (stream === 'stdout') this.sink.stdout(text);
    else this.sink.stderr(text);
  }
}
