/**
 * Output that cannot be written: a reader that closes the pipe early (`mlops metrics show | head`)
 * ends the CLI quietly; a report whose write fails leaves the previous report whole.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamWriter } from '../../src/cli/output-stream.js';
import { writeFileAtomic } from '../../src/fs/atomic-write.js';

test('a reader that stops early (`| head -c 1`) ends the output quietly, with no error event left unhandled', async () => {
  // head reads a byte and goes; the shell then closes its copy of the pipe and waits, so the pipe
  // has no reader left while the process is still there (Node would otherwise close the stream itself)
  const reader = spawn('sh', ['-c', 'head -c 1 >/dev/null; exec 0<&-; sleep 30'], { stdio: ['pipe', 'ignore', 'ignore'] });
  try {
    const ended: string[] = [];
    const write = streamWriter(reader.stdin, { closed: () => ended.push('closed'), failed: (message) => ended.push(`failed: ${message}`) });
    for (let i = 0; i < 200 && ended.length === 0; i++) {
      write(`${'row '.repeat(16384)}\n`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(ended).toEqual(['closed']);
    write('more after the reader has gone\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(ended).toEqual(['closed']);
  } finally {
    reader.kill();
  }
});

describe('the report file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mlops-atomic-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('a write that fails half-way leaves the previous report whole and no temporary file', async () => {
    const report = join(folder, 'report.md');
    writeFileSync(report, '# the complete previous report\n');
    async function* halfThenFull(): AsyncGenerator<string> {
      yield '# the new report, cut off';
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    await expect(writeFileAtomic(report, halfThenFull())).rejects.toThrow(`cannot write ${report}: the disk is full; the previous file, if any, is left as it was.`);
    expect(readFileSync(report, 'utf8')).toBe('# the complete previous report\n');
    expect(readdirSync(folder)).toEqual(['report.md']);
  });

  test('a complete write replaces the report', async () => {
    const report = join(folder, 'new.md');
    await writeFileAtomic(report, '# new\n');
    expect(readFileSync(report, 'utf8')).toBe('# new\n');
    expect(existsSync(join(folder, 'new.md'))).toBe(true);
  });

  test('a report path that is a folder is named as one', async () => {
    await expect(writeFileAtomic(folder, 'x')).rejects.toThrow(`cannot write ${folder}: it is a folder.`);
  });
});
