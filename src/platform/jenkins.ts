/**
 * The CiPlatform of a Jenkins build, for `mlops step <name>` (what the shared library's runner
 * calls). The context comes from the variables Jenkins sets: CHANGE_ID / CHANGE_TARGET /
 * CHANGE_URL on a multibranch pull-request build, BRANCH_NAME, GIT_COMMIT, GIT_URL, BUILD_URL,
 * and MLOPS_EVENT=schedule that the runner sets for a cron-triggered build. Options come as JSON
 * in MLOPS_OPTIONS (action input names as keys), secrets from the variables `withCredentials`
 * binds (GITHUB_TOKEN, MLOPS_REGISTRY_USERNAME/PASSWORD, MLOPS_KUBECONFIG_FILE, MLOPS_ALERT_WEBHOOK).
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CiFacts, CiPlatform } from '../ci-platform.js';
import { readConfigFile } from '../config-file.js';
import type { CiContext } from '../context.js';
import { UsageError } from '../errors.js';
import { headRefs } from '../git.js';
import { dockerCli } from '../image/docker.js';
import type { MetaEventContext } from '../image/meta/index.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import type { Forge } from '../forge/forge.js';
import type { Logger } from '../logger.js';
import { CONFIG_FILE, RAW_KEYS, type EventName, type RawKey, type RawOptions } from '../options.js';
import { cancellation } from './cancel.js';
import { apiUrls } from './github-context.js';

/** `owner/name` of a GitHub repository from a clone URL or a pull-request URL. */
export function githubRepository(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^(?:https?:\/\/[^/]+\/|git@[^:]+:|ssh:\/\/git@[^/]+\/)([^/]+)\/([^/]+?)(?:\.git)?(?:\/pull\/\d+)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The GitHub API base for a repository URL: api.github.com, or <host>/api/v3 for Enterprise Server. */
export function githubApiUrl(url: string | undefined): string {
  const host = url ? /^(?:https?:\/\/|git@|ssh:\/\/git@)([^/:]+)/.exec(url.trim())?.[1] : undefined;
  return !host || host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`;
}

export function jenkinsContext(env: NodeJS.ProcessEnv): CiContext & { defaultBase: string; apiUrl: string } {
  const changeId = env.CHANGE_ID && /^\d+$/.test(env.CHANGE_ID) ? Number(env.CHANGE_ID) : undefined;
  const event: EventName = env.MLOPS_EVENT === 'schedule' ? 'schedule' : changeId !== undefined ? 'pr' : env.BRANCH_NAME ? 'push' : 'manual';
  const repository = githubRepository(env.CHANGE_URL) ?? githubRepository(env.GIT_URL);
  // A pull request is compared with its target branch; a branch build with the last green build
  // (Jenkins' GIT_PREVIOUS_SUCCESSFUL_COMMIT), or its parent commit when there is none.
  const defaultBase = event === 'pr' && env.CHANGE_TARGET ? `origin/${env.CHANGE_TARGET}` : event === 'push' ? env.GIT_PREVIOUS_SUCCESSFUL_COMMIT || 'HEAD~1' : 'HEAD';
  return {
    event,
    defaultBase,
    repository,
    sha: env.GIT_COMMIT || undefined,
    runUrl: env.BUILD_URL || undefined,
    apiUrl: env.GITHUB_API_URL || githubApiUrl(env.CHANGE_URL ?? env.GIT_URL),
    pullRequest: changeId !== undefined && env.GIT_COMMIT ? { number: changeId, headSha: env.GIT_COMMIT, baseSha: '', baseRef: env.CHANGE_TARGET, fork: Boolean(env.CHANGE_FORK) } : undefined,
  };
}

/** MLOPS_OPTIONS: `{"train-command": "…", "gates": ["…"], "canary-percent": 10}`. */
export function parseOptionsJson(text: string | undefined): RawOptions {
  if (!text || !text.trim()) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`MLOPS_OPTIONS is not JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError('MLOPS_OPTIONS must be a JSON object of option names to values.');
  const raw: RawOptions = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(RAW_KEYS as readonly string[]).includes(key)) throw new UsageError(`MLOPS_OPTIONS: unknown option '${camel(key)}'.`, `Known options: ${RAW_KEYS.map(camel).join(', ')}.`);
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) raw[key as RawKey] = value.map(String);
    else if (typeof value === 'object') throw new UsageError(`MLOPS_OPTIONS: '${camel(key)}' must be text, a number, true/false or a list.`);
    else raw[key as RawKey] = String(value);
  }
  return raw;
}

/** `kserve-name` → `kserveName`: how a Jenkinsfile writes an option. */
export function camel(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** What metadata-action would see for this Jenkins build. */
async function jenkinsMeta(env: NodeJS.ProcessEnv, cwd: string): Promise<MetaEventContext> {
  const local = await headRefs(cwd);
  const sha = env.GIT_COMMIT || local.sha;
  if (env.TAG_NAME) return { eventName: 'push', ref: `refs/tags/${env.TAG_NAME}`, sha, defaultBranch: local.defaultBranch };
  if (env.CHANGE_ID) return { eventName: 'pull_request', ref: `refs/pull/${env.CHANGE_ID}/merge`, sha, baseRef: env.CHANGE_TARGET, defaultBranch: local.defaultBranch };
  if (env.BRANCH_NAME) return { eventName: 'push', ref: `refs/heads/${env.BRANCH_NAME}`, sha, defaultBranch: local.defaultBranch };
  return { eventName: 'push', ref: local.ref, sha, defaultBranch: local.defaultBranch };
}

/**
 * The runner found the Checks API plugin (MLOPS_CHECKS=publishChecks): it publishes the gates'
 * check run itself with the job's GitHub App credentials (a personal token cannot create check
 * runs), from what `mlops step` writes to MLOPS_RESULT_FILE; the token only comments.
 */
export function checksByPlugin(forge: Forge): Forge {
  return {
    upsertAlertIssue: (marker, title, body, labels) => forge.upsertAlertIssue(marker, title, body, labels),
    closeAlertIssue: (marker, comment) => forge.closeAlertIssue(marker, comment),
    upsertComment: (target, marker, body) => forge.upsertComment(target, marker, body),
    createCheckRun: async () => ({ kind: 'delegated', to: "the Checks API plugin's publishChecks" }),
  };
}

/** The platform for the build `env` describes; `cwd` is where the step runs (the workspace). */
export async function jenkinsPlatform(env: NodeJS.ProcessEnv, cwd: string, logger: Logger): Promise<CiPlatform & { workingDirectory: string; raw: RawOptions }> {
  const context = jenkinsContext(env);
  const raw = parseOptionsJson(env.MLOPS_OPTIONS);
  const workingDirectory = resolve(cwd, typeof raw['working-directory'] === 'string' ? raw['working-directory'] : '.');
  const local = await headRefs(workingDirectory).catch(() => undefined);
  const facts: CiFacts = {
    ...context,
    branch: env.BRANCH_NAME || undefined,
    // Promotion only from the default branch: MLOPS_DEFAULT_BRANCH, else what origin/HEAD names.
    defaultBranch: env.MLOPS_DEFAULT_BRANCH || local?.defaultBranch,
    defaultBranchHint: 'set MLOPS_DEFAULT_BRANCH (the defaultBranch option of the step)',
    // github.com, or the Enterprise Server the repository URL names (its API is <host>/api/v3)
    serverUrl: context.repository ? context.apiUrl.replace(/^https:\/\/api\.github\.com$/, 'https://github.com').replace(/\/api\/v3$/, '') : undefined,
  };
  const kubeconfig = env.MLOPS_KUBECONFIG_FILE ? await readFile(env.MLOPS_KUBECONFIG_FILE, 'utf8') : env.MLOPS_KUBECONFIG || undefined;
  const outputs: Record<string, string> = {};
  return {
    name: 'jenkins',
    facts,
    workingDirectory,
    raw,
    options: [
      { 'registry-username': env.MLOPS_REGISTRY_USERNAME },
      await readConfigFile(resolve(workingDirectory, CONFIG_FILE)),
      { ...raw, 'working-directory': workingDirectory },
    ],
    secrets: { githubToken: env.GITHUB_TOKEN || undefined, registryPassword: env.MLOPS_REGISTRY_PASSWORD || undefined, kubeconfig, alertWebhook: env.MLOPS_ALERT_WEBHOOK || undefined, kfpToken: env.KFP_TOKEN || undefined },
    env,
    logger,
    wording: {
      option: camel,
      reportLocation: 'the report archived with the build',
      grant: (permission) => `the token of githubTokenCredentialsId \`${permission}\``,
    },
    // The runner may ask for the outputs as a JSON file (MLOPS_OUTPUT_FILE), as the action has its outputs.
    setOutput: (name, value) => {
      outputs[name] = value;
      if (env.MLOPS_OUTPUT_FILE) writeFileSync(env.MLOPS_OUTPUT_FILE, `${JSON.stringify(outputs, null, 2)}\n`);
    },
    imageEvent: () => jenkinsMeta(env, workingDirectory),
    docker: () => dockerCli(env),
    kubeClient: () => kubeClientFrom(kubeconfig),
    forge: async () => {
      if (!env.GITHUB_TOKEN) return { skip: 'no githubTokenCredentialsId was given; the report is archived with the build' };
      if (!context.repository) return { skip: 'the repository is not on GitHub (GIT_URL); the report is archived with the build' };
      const { createForge } = await import('../forge/factory.js');
      const urls = apiUrls({ GITHUB_API_URL: context.apiUrl, GITHUB_GRAPHQL_URL: env.GITHUB_GRAPHQL_URL });
      const forge = createForge({ token: env.GITHUB_TOKEN, repository: context.repository, ...urls, onWait: (message) => logger.info(message) });
      return { forge: env.MLOPS_CHECKS === 'publishChecks' ? checksByPlugin(forge) : forge };
    },
    now: () => new Date(),
    signal: cancellation(),
  };
}
