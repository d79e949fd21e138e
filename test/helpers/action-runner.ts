/**
 * Runs the bundled action exactly as the runner does: `node dist/index.js` with INPUT_* variables
 * (upper-cased, hyphens kept), the event payload file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files
 * and the API URLs pointing at a local server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_BUNDLE, ROOT } from './paths.js';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  files: { output: string; summary: string; event: string };
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  /** A fixture name under test/fixtures/events, with its placeholders filled. */
  fixture: string;
  shas: { base?: string; head?: string; before?: string };
  inputs: Record<string, string>;
  apiUrl?: string;
  repository?: string;
  sha?: string;
  /** More environment (DOCKER_HOST for the image tests). */
  env?: NodeJS.ProcessEnv;
  /** Change the payload after the placeholders are filled (another PR number, say). */
  edit?: (payload: Record<string, unknown>) => void;
}

export function readOutputs(file: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of readFileSync(file, 'utf8').matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) result[match[1]!] = match[3]!;
  return result;
}

/** The environment the runner gives the step, with its event payload, output and summary files. */
export function runnerEnvironment(options: ActionRunOptions): { env: NodeJS.ProcessEnv; files: ActionRun['files'] } {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-runner-'));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const template = readFileSync(join(ROOT, 'test', 'fixtures', 'events', `${options.fixture}.json`), 'utf8');
  const payload = JSON.parse(
    template.replaceAll('__BASE_SHA__', options.shas.base ?? '').replaceAll('__HEAD_SHA__', options.shas.head ?? '').replaceAll('__BEFORE_SHA__', options.shas.before ?? ''),
  ) as Record<string, unknown>;
  options.edit?.(payload);
  writeFileSync(files.event, JSON.stringify(payload, null, 2));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: options.repository ?? 'acme/housing',
    GITHUB_SHA: options.sha ?? options.shas.head ?? '',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl, GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql` } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, files };
}

export async function runBundledAction(options: ActionRunOptions): Promise<ActionRun> {
  const { env, files } = runnerEnvironment(options);
  const child = spawn(process.execPath, [ACTION_BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr, outputs: readOutputs(files.output), summary: readFileSync(files.summary, 'utf8'), files };
}
