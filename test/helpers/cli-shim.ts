/**
 * An `mlops` command on PATH that runs the CLI of src/ inside the test process, so a real shell
 * script (a CML user's `... >> report.md; mlops comment create report.md`) can be tested without
 * a rebundle: the shim sends its arguments, directory and environment to a server here, which runs
 * runCli in-process and answers with what it printed and its exit code.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mlops } from './cli.js';

export interface CliShim {
  /** A directory holding the `mlops` executable: put it first on PATH. */
  bin: string;
  /** Every call the shim made: its arguments. */
  calls: string[][];
  close(): Promise<void>;
}

export async function startCliShim(): Promise<CliShim> {
  const calls: string[][] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const { args, cwd, env } = JSON.parse(body) as { args: string[]; cwd: string; env: NodeJS.ProcessEnv };
      calls.push(args);
      mlops(cwd, args, env).then(
        (result) => res.end(JSON.stringify(result)),
        (error: unknown) => res.end(JSON.stringify({ code: 70, stdout: '', stderr: `shim: ${String(error)}\n` })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const bin = mkdtempSync(join(tmpdir(), 'mlops-shim-'));
  const script = `#!${process.execPath}
const body = JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), env: process.env });
const answer = await fetch('http://127.0.0.1:${port}/', { method: 'POST', body });
const { code, stdout, stderr } = await answer.json();
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
`;
  writeFileSync(join(bin, 'mlops'), script);
  // An ES module (top-level await): an extensionless file takes its package's type.
  writeFileSync(join(bin, 'package.json'), '{"type":"module"}\n');
  chmodSync(join(bin, 'mlops'), 0o755);
  return {
    bin,
    calls,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(bin, { recursive: true, force: true });
    },
  };
}
