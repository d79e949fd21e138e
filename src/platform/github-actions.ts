/**
 * The CiPlatform of a GitHub Actions job: inputs as the runner sets them (`INPUT_<NAME>`, hyphens
 * kept), the event payload, outputs and the job summary through @actions/core, log groups and
 * annotations, secrets masked before anything could print them.
 */
import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { resolve } from 'node:path';
import type { CiFacts, CiPlatform } from '../ci-platform.js';
import { readConfigFile } from '../config-file.js';
import { dockerCli } from '../image/docker.js';
import { eventContextFromGitHub, type EventPayloadFacts } from '../image/meta/index.js';
import { secretEnvNames, secretValuesToMask } from '../image/secrets.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import { mlflowAuth } from '../mlflow/credentials.js';
import type { Logger } from '../logger.js';
import { CONFIG_FILE, RAW_KEYS, type RawOptions } from '../options.js';
import { SUMMARY_LIMIT } from '../report/size-guard.js';
import { cancellation } from './cancel.js';
import { apiUrls, ciContext, readEventPayload } from './github-context.js';

/** An input as @actions/core's getInput reads it: `INPUT_<NAME>` (spaces → `_`, upper-cased), trimmed. */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Action inputs that map straight onto run options (the event comes from the runner). */
function runInputs(env: NodeJS.ProcessEnv): RawOptions {
  const raw: RawOptions = {};
  for (const key of RAW_KEYS) {
    const value = input(env, key);
    if (key !== 'event' && value !== '') raw[key] = value;
  }
  return raw;
}

class ActionsLogger implements Logger {
  info(message: string): void {
    core.info(message);
  }
  warning(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }
  output(chunk: Buffer, stream: 'stdout' | 'stderr'): void {
    (stream === 'stdout' ? process.stdout : process.stderr).write(chunk);
  }
}

/** The platform for the job `env` describes (the runner's process environment). */
export async function githubActionsPlatform(env: NodeJS.ProcessEnv): Promise<CiPlatform> {
  const secret = (name: string): string | undefined => {
    const value = input(env, name);
    if (value) core.setSecret(value);
    // The runner masks a value as a whole: each line of a kubeconfig is masked too, so that a token
    // line quoted on its own (by a library's error, say) stays hidden.
    for (const line of value.split('\n').map((part) => part.trim())) if (line.length >= 8 && line !== value) core.setSecret(line);
    return value || undefined;
  };
  const secrets = { githubToken: secret('github-token'), registryPassword: secret('registry-password'), kubeconfig: secret('kubeconfig'), alertWebhook: secret('alert-webhook'), kfpToken: secret('kfp-token') };
  // KFP_TOKEN from the job's env is the fallback (as the CLI reads it); masked like the input
  if (!secrets.kfpToken && env.KFP_TOKEN) core.setSecret((secrets.kfpToken = env.KFP_TOKEN));
  // image-secrets is an input like the others (id=value lines for the build), but its values are
  // secrets: masked here, each on its own, before the options parser could quote any of them
  for (const value of secretValuesToMask(input(env, 'image-secrets'))) core.setSecret(value);
  // image-secret-envs names variables of the step's env: what they hold is a secret too
  for (const name of secretEnvNames(input(env, 'image-secret-envs'))) if (env[name]) core.setSecret(env[name]);
  // MLflow's own credential variables (and their Basic encoding), read from the step's env by the run
  for (const value of mlflowAuth(env).secrets) core.setSecret(value);
  const logger = new ActionsLogger();
  const inputs = runInputs(env);
  const workingDirectory = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), typeof inputs['working-directory'] === 'string' ? inputs['working-directory'] : '.');
  const { payload, warning } = await readEventPayload(env.GITHUB_EVENT_PATH);
  if (warning) logger.warning(warning);
  const context = ciContext(env, payload);
  const ref = env.GITHUB_REF ?? '';
  const facts: CiFacts = {
    ...context,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    // GitHub runs scheduled workflows on the default branch; the payload names it for pushes.
    defaultBranch: payload.repository?.default_branch,
    defaultBranchHint: 'the event payload names no repository.default_branch',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
  };
  return {
    name: 'github-actions',
    facts,
    options: [await readConfigFile(resolve(workingDirectory, CONFIG_FILE)), { ...inputs, 'working-directory': workingDirectory }],
    secrets,
    env,
    logger,
    wording: {
      option: (key) => key,
      reportLocation: 'the job summary',
      grant: (permission) => `\`permissions: ${permission}\` in the workflow`,
    },
    setOutput: (name, value) => core.setOutput(name, value),
    // Appended to the file the runner names, as core.summary.write() does (which caches the path
    // of its first call for the life of the process).
    writeSummary: env.GITHUB_STEP_SUMMARY ? (markdown) => appendFile(env.GITHUB_STEP_SUMMARY!, `${markdown}${EOL}`) : undefined,
    summaryLimit: SUMMARY_LIMIT,
    imageEvent: async () =>
      eventContextFromGitHub({ eventName: env.GITHUB_EVENT_NAME ?? '', ref, sha: env.GITHUB_SHA ?? '', payload: payload as EventPayloadFacts }),
    docker: () => dockerCli(env),
    kubeClient: () => kubeClientFrom(secrets.kubeconfig),
    forge: async () => {
      if (!secrets.githubToken) return { skip: 'github-token is empty' };
      if (!context.repository) return { skip: 'GITHUB_REPOSITORY is not set' };
      // octokit is large: loaded when a run publishes
      const { createForge } = await import('../forge/factory.js');
      return { forge: createForge({ token: secrets.githubToken, repository: context.repository, ...apiUrls(env), onWait: (message) => logger.info(message) }) };
    },
    // The job's ACTIONS_RUNTIME_TOKEN uploads; loaded only when a fork's report is left.
    uploadForkReport: async (upload) => (await import('../fork/upload.js')).uploadForkReport(upload),
    now: () => new Date(),
    signal: cancellation(),
    mask: (value) => core.setSecret(value),
  };
}
