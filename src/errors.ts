/**
 * Errors a user can cause. Each carries the exit code the CLI ends with and, where it helps,
 * one line saying what to do. Anything else that is thrown is a bug and exits 1 with its message.
 */
export class MlopsError extends Error {
  /** 1: a command, a gate or a file failed; 2: the command line or an option was wrong. */
  readonly exitCode: 1 | 2;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: 1 | 2; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'MlopsError';
    this.exitCode = options.exitCode ?? 1;
    this.hint = options.hint;
  }
}

/** A bad flag, input or option value: exit code 2, like argparse and DVC. */
export class UsageError extends MlopsError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: 2, hint });
    this.name = 'UsageError';
  }
}

/**
 * A bad value of one option. The core names the option by its key (`kserve-name`); each front
 * end spells it its own way (`kserve-name`, `--name`, `kserveName`) through `spelled`.
 */
export class OptionError extends UsageError {
  constructor(
    readonly key: string,
    readonly detail: string,
    hint?: string,
  ) {
    super(`${key}: ${detail}`, hint);
    this.name = 'OptionError';
  }

  /** The same error, naming the option as the user's front end spells it. */
  spelled(spell: (key: string) => string): UsageError {
    return new UsageError(`${spell(this.key)}: ${this.detail}`, this.hint);
  }
}

/** One line for a person, whatever was thrown (strings, objects, Errors). */
export function describeError(error: unknown): string {
  if (error instanceof MlopsError) return error.hint ? `${error.message}\n${error.hint}` : error.message;
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof MlopsError ? error.exitCode : 1;
}

const SYSTEM_ERRORS: Partial<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be too large',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of its path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'a file of that name is in the way',
  EIO: 'an input/output error',
  ELOOP: 'its links go round in a loop',
  ENAMETOOLONG: 'its name is too long',
};

/** A system error (EISDIR, EFBIG …) in words, never its code: what a person reads after "cannot write x: ". */
export function systemErrorWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return SYSTEM_ERRORS[code ?? ''] ?? (error instanceof Error ? error.message.replace(/^E[A-Z]+: /, '') : String(error));
}

/**
 * Input bytes quoted in a message are escaped: control characters, NUL and invalid UTF-8 (already
 * U+FFFD) never reach a terminal or a log raw.
 */
export function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/g, (char) =>
    char === '\ufffd' ? '\\ufffd' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  ).replace(/\n/g, '\\n');
}

const SYSCALLS: Partial<Record<string, string>> = { mkdir: 'cannot create the folder', open: 'cannot open', rename: 'cannot replace', write: 'cannot write', read: 'cannot read', unlink: 'cannot remove', scandir: 'cannot list', stat: 'cannot read' };

/**
 * A raw system error (`EISDIR: illegal operation…`) that escaped the code that should have named
 * it, said as a person would: what could not be done to which file, and why, in words.
 */
export function describeSystemError(error: unknown): string | undefined {
  const failure = error as NodeJS.ErrnoException | undefined;
  if (error instanceof MlopsError || typeof failure?.code !== 'string' || !/^E[A-Z]+$/.test(failure.code)) return undefined;
  const doing = SYSCALLS[failure.syscall ?? ''] ?? 'cannot use';
  return failure.path ? `${doing} ${escapeText(failure.path)}: ${systemErrorWords(error)}.` : `${doing} a file: ${systemErrorWords(error)}.`;
}
