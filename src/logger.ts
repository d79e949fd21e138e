/**
 * How the core talks while it runs. Front ends implement it: the action with @actions/core
 * (log groups, annotations), the CLI with plain lines or GitHub's workflow commands.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Run `fn` inside a collapsible log group that ends with its duration. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** The training command's own output, passed through unchanged. */
  output(chunk: Buffer, stream: 'stdout' | 'stderr'): void;
}

/** A logger that keeps everything, for tests and for callers that want no output. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`);
    return fn();
  }
  output(chunk: Buffer): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  }
}
