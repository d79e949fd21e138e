/**
 * The CLI's stdout and stderr as writers. A reader that stops early (`mlops metrics show | head`)
 * closes the pipe: the CLI then ends quietly, as `cat` does, instead of Node's "Unhandled 'error'
 * event" trace. Any other write error ends it with one line.
 */
import { systemErrorWords } from '../errors.js';

export interface EndOnClose {
  /** The reader has gone (EPIPE): stop, quietly. */
  closed(): void;
  /** The stream failed otherwise (a full disk behind a redirect): stop with this message. */
  failed(message: string): void;
}

export function streamWriter(stream: NodeJS.WritableStream, end: EndOnClose): (text: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!open) return;
    open = false;
    if (error.code === 'EPIPE') end.closed();
    else end.failed(`cannot write the output: ${systemErrorWords(error)}.`);
  });
  return (text) => {
    if (open) stream.write(text);
  };
}
