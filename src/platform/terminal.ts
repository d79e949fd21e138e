/**
 * The CiPlatform of a plain terminal (`mlops run`, `mlops report`, other CIs, a laptop): the event
 * from `--event`, the rest from the local git checkout; options from the flags and mlops.yaml;
 * secrets from MLOPS_* variables; nothing is published (`mlops comment create` does that).
 */
import type { CiFacts, CiPlatform } from '../ci-platform.js';
import { MlopsError } from '../errors.js';
import { dubiousOwnership, headRefs, isGitRepository, resolveCommit } from '../git.js';
import { dockerCli } from '../image/docker.js';
import type { EventPayloadFacts, MetaEventContext } from '../image/meta/index.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import type { Logger } from '../logger.js';
import type { EventName, RawOptions } from '../options.js';
import { cancellation } from './cancel.js';
import { readEventPayload } from './github-context.js';

export interface TerminalSettings {
  event: EventName;
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Option layers, lowest first: mlops.yaml, then the flags. */
  options: RawOptions[];
  /** How this verb's flags spell option keys (`kserve-name` → `--name`); others are mlops.yaml keys. */
  flags: Partial<Record<string, string>>;
  setOutput?: (name: string, value: string) => void;
}

export async function terminalPlatform(settings: TerminalSettings): Promise<CiPlatform> {
  const { env, cwd } = settings;
  const refs = await headRefs(cwd).catch(() => undefined);
  const facts: CiFacts = {
    event: settings.event,
    sha: refs?.sha,
    branch: refs?.ref.startsWith('refs/heads/') ? refs.ref.slice('refs/heads/'.length) : undefined,
    defaultBranch: env.MLOPS_DEFAULT_BRANCH || refs?.defaultBranch,
    defaultBranchHint: 'set MLOPS_DEFAULT_BRANCH, or let origin/HEAD name it: git remote set-head origin --auto',
    // as on GitHub and Jenkins: a push is compared with the commit before it, other events with HEAD
    defaultBase: settings.event === 'push' ? 'HEAD~1' : undefined,
  };
  return {
    name: 'terminal',
    facts,
    options: [{ 'registry-username': env.MLOPS_REGISTRY_USERNAME }, ...settings.options],
    secrets: { registryPassword: env.MLOPS_REGISTRY_PASSWORD || undefined, kubeconfig: env.MLOPS_KUBECONFIG || undefined, alertWebhook: env.MLOPS_ALERT_WEBHOOK || undefined, kfpToken: env.KFP_TOKEN || undefined },
    env,
    logger: settings.logger,
    wording: {
      option: (key) => settings.flags[key] ?? `${key} (mlops.yaml)`,
      reportLocation: 'the report file',
      grant: (permission) => `the token \`${permission}\``,
    },
    setOutput: settings.setOutput,
    imageEvent: () => terminalImageEvent(env, cwd, (line) => settings.logger.warning(line)),
    docker: () => dockerCli(env),
    kubeClient: () => kubeClientFrom(env.MLOPS_KUBECONFIG || undefined),
    forge: async () => ({ skip: '`mlops run` publishes nothing itself (`mlops comment create report.md` does)' }),
    now: () => new Date(),
    signal: cancellation(),
  };
}

/**
 * The event facts: the runner's when inside GitHub Actions, else the local git checkout's (a push
 * of HEAD). With no commit to read (not a git repository, or none committed yet) they are
 * metadata-action's null event, computed from nothing but the rules, with a warning saying so.
 */
export async function terminalImageEvent(env: NodeJS.ProcessEnv, cwd: string, warn: (line: string) => void): Promise<MetaEventContext> {
  if (env.GITHUB_EVENT_NAME && env.GITHUB_REF && env.GITHUB_SHA) {
    const { payload } = await readEventPayload(env.GITHUB_EVENT_PATH);
    const { eventContextFromGitHub } = await import('../image/meta/index.js');
    return eventContextFromGitHub({ eventName: env.GITHUB_EVENT_NAME, ref: env.GITHUB_REF, sha: env.GITHUB_SHA, payload: payload as EventPayloadFacts });
  }
  const missing = await whyNoCommit(cwd);
  if (missing) {
    warn(`${missing}, so there is no commit to tag: tags come from metadata-action's rules as for an event with no ref and no sha (type=raw gives its value; ref, sha and semver rules give nothing).`);
    const { nullEventContext } = await import('../image/meta/index.js');
    return nullEventContext();
  }
  const { ref, sha, defaultBranch } = await headRefs(cwd);
  return { eventName: 'push', ref, sha, defaultBranch };
}

/** Why HEAD names no commit here, or undefined when it does. A missing git is still an error. */
async function whyNoCommit(cwd: string): Promise<string | undefined> {
  if (!(await isGitRepository(cwd))) {
    const dubious = await dubiousOwnership(cwd);
    if (dubious) throw dubious;
    return `${cwd} is not in a git repository`;
  }
  // inside a work tree, HEAD fails to resolve only before the first commit
  const resolved = await resolveCommit(cwd, 'HEAD').then(
    () => true,
    (error: unknown) => {
      if (error instanceof MlopsError) return false;
      throw error;
    },
  );
  return resolved ? undefined : `the git repository at ${cwd} has no commit yet`;
}

