#!/usr/bin/env node
/** `mlops`: the command-line front end (Jenkins, other CIs, a laptop). */
import { runCli } from './cli/program.js';
import { streamWriter } from './cli/output-stream.js';

const end = {
  closed: () => process.exit(0),
  failed: (message: string) => {
    process.stderr.write(`ERROR: ${message}\n`);
    process.exit(1);
  },
};

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: streamWriter(process.stdout, end),
  stderr: streamWriter(process.stderr, { closed: end.closed, failed: () => process.exit(1) }),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
});
