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
