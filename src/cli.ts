#!/usr/bin/env node
/** `mlops`: the command-line front end (Jenkins, other CIs, a laptop). */
import module from 'node:module';

/** The oldest Node.js the CLI runs on: Node 20 ended in April 2026, and the Kubernetes client's HTTP stack needs 22. */
export const NODE_FLOOR = 22;
const major = Number(process.versions.node.split('.')[0]);
if (major < NODE_FLOOR) {
  process.stderr.write(
    `ERROR: mlops needs Node.js ${NODE_FLOOR} or later; this is ${process.version}.\n` +
      'Install Node.js 22 or 24 (on a Jenkins agent, or with the NodeJS plugin and the nodejsInstallation option; `bash scripts/setup.sh` brings Node 24 into node_modules).\n',
  );
  process.exit(2);
}

// V8's compiled code is kept between runs (in the OS temp folder, or NODE_COMPILE_CACHE; off with
// NODE_DISABLE_COMPILE_CACHE=1): a second `mlops metrics diff` skips compiling the bundle. The CLI
// itself loads after this line and after the version check, so neither pays for parsing it.
module.enableCompileCache?.(); // Node 22.1 and later
const [{ runCli }, { streamWriter }] = await Promise.all([import('./cli/program.js'), import('./cli/output-stream.js')]);

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
