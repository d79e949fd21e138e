/** The example workflows use only inputs action.yml declares, and keep least-privilege permissions and pinned actions. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const dir = join(ROOT, 'examples', '.github', 'workflows');
const workflows = readdirSync(dir).filter((file) => file.endsWith('.yml'));

test('there are the three example workflows', () => {
  expect(workflows.sort()).toEqual(['main.yml', 'nightly.yml', 'pr.yml']);
});

describe.each(workflows)('examples/.github/workflows/%s', (file) => {
  const workflow = parse(readFileSync(join(dir, file), 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('passes only inputs that action.yml declares', () => {
    const ours = steps.filter((step) => step.uses?.startsWith('org/mlops-action@'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) for (const key of Object.keys(step.with ?? {})) expect({ key, declared: key in action.inputs }).toEqual({ key, declared: true });
  });

  it('declares its permissions and pins third-party actions to a commit', () => {
    expect(workflow.permissions).toBeDefined();
    for (const step of steps.filter((s) => s.uses && !s.uses.startsWith('org/mlops-action@'))) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });
});
