/** The core's Logger on @actions/core: log groups, and warnings/errors as annotations. */
import * as core from '@actions/core';
import type { Logger } from '../logger.js';

export class ActionsLogger implements Logger {
  info(message: string): void {
    core.info(message);
  }
  warning(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }
  output(chunk: Buffer, stream: 'stdout' | 'stderr'): void {
    (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
  }
}
