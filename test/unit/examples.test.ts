/** The example workflows use only inputs action.yml declares, and keep least-privilege permissions and pinned actions. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
type Permissions = Record<string, string> | string;
interface Job {
  permissions?: Permissions;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Permissions;
  jobs: Record<string, Job>;
}

/**
 * Least privilege, job by job: what each example job's GITHUB_TOKEN must be allowed for what its
 * steps do, and nothing else (once `permissions:` is set, what it leaves out is none; metadata:
 * read is always granted). No id-token: no step authenticates with OIDC.
 */
const NEEDED: Record<string, Record<string, Record<string, string>>> = {
  'pr.yml': {
    model: {
      contents: 'read', // the checkout, with the base commit to compare with
      'pull-requests': 'write', // the sticky report comment
      checks: 'write', // the "mlops: gates" check run (gates are set)
      packages: 'write', // push: true on same-repository pull requests pushes pr-N to ghcr.io with GITHUB_TOKEN
    },
  },
  'main.yml': {
    ship: {
      contents: 'write', // pushes the production baseline ref (refs/mlops/baseline/default) to origin
      packages: 'write', // pushes the serving image to ghcr.io with GITHUB_TOKEN
      checks: 'write', // the "mlops: gates" check run on the merged commit (no pull request: no comment)
    },
  },
  'pr-fork-report.yml': {
    publish: {
      'pull-requests': 'write', // the sticky report comment on the fork's pull request
      checks: 'write', // the "mlops: gates" check run on its head commit
      actions: 'read', // list and download the finished run's report artifact
    },
  },
  'nightly.yml': {
    retrain: {
      contents: 'read', // the checkout, and fetching the baseline ref (reports only: nothing is recorded)
      issues: 'write', // the "Nightly model regression" alert issue, opened and closed
      checks: 'write', // the "mlops: gates" check run on the nightly commit (gates are set)
    },
  },
};

/** What a job's steps ask of the token, read from the triggers and the action's inputs (README: permissions). */
function neededBySteps(workflow: Workflow, job: Job): Record<string, string> {
  const triggers = Object.keys(workflow.on);
  const ours = job.steps.find((step) => step.uses?.startsWith('org/mlops-action@'))?.with ?? {};
  const text = (key: string): string => String(ours[key] ?? '');
  // Posts a fork's report from its artifact: no checkout (no contents), nothing built or pushed.
  if (text('mode') === 'publish-from-artifact') return { 'pull-requests': 'write', checks: 'write', actions: 'read' };
  const promotesNightly = triggers.includes('schedule') && text('on-improvement') === 'promote';
  // A model that ships (image pushed or rolled out on push, or promoted at night) is recorded as the baseline ref.
  const ships = (triggers.includes('push') || promotesNightly) && (text('image') !== '' || text('kserve-name') !== '');
  const needed: Record<string, string> = { contents: ships ? 'write' : 'read' };
  if (triggers.includes('pull_request') && text('comment') !== 'never') needed['pull-requests'] = 'write';
  if (text('gates') !== '') needed.checks = 'write';
  if (triggers.includes('schedule')) needed.issues = 'write';
  const pushesToGhcr = text('image').startsWith('ghcr.io/') && text('push') !== 'false' && (triggers.includes('pull_request') || ships);
  if (pushesToGhcr && /secrets\.GITHUB_TOKEN|github\.token/.test(text('registry-password'))) needed.packages = 'write';
  return needed;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const dir = join(ROOT, 'examples', '.github', 'workflows');
const workflows = readdirSync(dir).filter((file) => file.endsWith('.yml'));

test('there are the four example workflows', () => {
  expect(workflows.sort()).toEqual(['main.yml', 'nightly.yml', 'pr-fork-report.yml', 'pr.yml']);
});

test('the fork report workflow follows pr.yml by its name, from workflow_run, and checks out and runs nothing', () => {
  const pr = parse(readFileSync(join(dir, 'pr.yml'), 'utf8')) as { name: string };
  const fork = parse(readFileSync(join(dir, 'pr-fork-report.yml'), 'utf8')) as Workflow & { on: { workflow_run?: { workflows?: string[]; types?: string[] } } };
  expect(Object.keys(fork.on)).toEqual(['workflow_run']);
  expect(fork.on.workflow_run).toEqual({ workflows: [pr.name], types: ['completed'] });
  const steps = Object.values(fork.jobs).flatMap((job) => job.steps);
  expect(steps).toEqual([{ uses: 'org/mlops-action@v1', with: { mode: 'publish-from-artifact' } }]);
});

describe.each(workflows)('examples/.github/workflows/%s', (file) => {
  const workflow = parse(readFileSync(join(dir, file), 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('passes only inputs that action.yml declares', () => {
    const ours = steps.filter((step) => step.uses?.startsWith('org/mlops-action@'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) for (const key of Object.keys(step.with ?? {})) expect({ key, declared: key in action.inputs }).toEqual({ key, declared: true });
  });

  it.each(Object.keys(NEEDED[file]!))('job %s: its token gets exactly what its steps need, no write-all, no other write', (name) => {
    const job = workflow.jobs[name]!;
    // A job's own permissions replace the workflow's.
    const granted = job.permissions ?? workflow.permissions;
    expect(granted).toEqual(NEEDED[file]![name]);
  });

  it('lists its jobs, and what each needs follows from its triggers and its steps', () => {
    expect(Object.keys(workflow.jobs)).toEqual(Object.keys(NEEDED[file]!));
    for (const [name, job] of Object.entries(workflow.jobs)) expect({ name, needed: neededBySteps(workflow, job) }).toEqual({ name, needed: NEEDED[file]![name] });
  });

  it('pins third-party actions to a commit', () => {
    for (const step of steps.filter((s) => s.uses && !s.uses.startsWith('org/mlops-action@'))) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });
});

test("the examples use mlops-action by the moving major tag of package.json's version, the one scripts/release.sh moves", () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const major = `v${version.split('.')[0]}`;
  for (const file of workflows) {
    const workflow = parse(readFileSync(join(dir, file), 'utf8')) as Workflow;
    const ours = Object.values(workflow.jobs).flatMap((job) => job.steps).map((step) => step.uses).filter((uses) => uses?.startsWith('org/mlops-action@'));
    expect({ file, ours: [...new Set(ours)] }).toEqual({ file, ours: [`org/mlops-action@${major}`] });
  }
  const jenkinsfile = readFileSync(join(ROOT, 'examples', 'Jenkinsfile'), 'utf8');
  expect(jenkinsfile.match(/@Library\([^)]*\)/g)).toEqual([`@Library('mlops@${major}')`]);
});
