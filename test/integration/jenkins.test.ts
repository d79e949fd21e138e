/**
 * The Jenkins shared library (jenkins/), run with real Groovy: each suite under jenkins/test is a
 * groovy script over a small pipeline harness (JenkinsPipelineUnit needs Maven Central, which is
 * not reachable here). RealCliTest runs the bundled CLI from jenkins/resources for real, so this
 * also checks the runner against the CLI's side of the contract.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';

const LIBRARY = join(ROOT, 'jenkins');
// Debian's groovy 2.4 fails without JAVA_HOME; this is where Debian puts Java 17.
const JAVA_HOME = process.env.JAVA_HOME ?? '/usr/lib/jvm/java-17-openjdk-amd64';
const suites = readdirSync(join(LIBRARY, 'test')).filter((name) => name.endsWith('Test.groovy')).sort();
// The line each suite ends with (test/harness/Suite.groovy), alone on its line.
const CLOSING = /^(\d+) passed, (\d+) failed$/m;

test('the groovy suites are there, and groovy runs', () => {
  expect(suites).toEqual(expect.arrayContaining(['ConventionsTest.groovy', 'RealCliTest.groovy', 'StepsTest.groovy']));
  expect(existsSync(JAVA_HOME)).toBe(true);
  const version = spawnSync('groovy', ['--version'], { env: { ...process.env, JAVA_HOME }, encoding: 'utf8' });
  expect(version.error).toBeUndefined(); // apt-get install -y groovy
  expect(version.stdout).toMatch(/Groovy Version: 2\.4\./);
});

describe.each(suites)('Jenkins library, run with real Groovy: %s', (suite) => {
  it('passes every test and ends with its "N passed, 0 failed" line', () => {
    const result = spawnSync('groovy', ['-cp', 'src:test/harness', `test/${suite}`], {
      cwd: LIBRARY,
      env: { ...process.env, JAVA_HOME },
      encoding: 'utf8',
      timeout: 110_000,
    });
    // The whole output on a failure: which tests failed, and why.
    const output = `${result.stdout}\n${result.stderr.split('\n').filter((line) => !line.startsWith('WARNING')).join('\n')}`;
    const closing = CLOSING.exec(result.stdout);
    expect({ status: result.status, closing: closing?.[0], output }).toEqual({ status: 0, closing: expect.stringMatching(/^[1-9]\d* passed, 0 failed$/), output: expect.any(String) });
  });
});
