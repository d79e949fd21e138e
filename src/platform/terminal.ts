/**
 * The CiPlatform of a plain terminal (`mlops run`, `mlops report`, other CIs, a laptop): the event
 * from `--event`, the rest from the local git checkout; options from the flags and mlops.yaml;
 * secrets from MLOPS_* variables; nothing is published (`mlops comment create` does that).
 */
import type { CiFacts, CiPlatform } from '../ci-platform.js';
import { headRefs } from '../git.js';
import { dockerCli } from '../image/docker.js';
import type { MetaEventContext } from '../image/meta/index.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import type { Logger } from '../logger.js';
import type { EventName, RawOptions } from '../options.js';

export interface TerminalSettings {
  event: EventName;
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Option layers, lowest first: mlops.yaml, then the flags. */
  options: RawOptions[];
  /** How this verb's flags spell option keys (`kserve-name` → `--name`); others are mlops.yaml keys. */
  flags: Partial<Record<string, string>>;
  /** What metadata-action would see here. */
  imageEvent: () => Promise<MetaEventContext>;
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
  };
  return {
    name: 'terminal',
    facts,
    options: [{ 'registry-username': env.MLOPS_REGISTRY_USERNAME }, ...settings.options],
    secrets: { registryPassword: env.MLOPS_REGISTRY_PASSWORD || undefined, kubeconfig: env.MLOPS_KUBECONFIG || undefined, alertWebhook: env.MLOPS_ALERT_WEBHOOK || undefined },
    env,
    logger: settings.logger,
    wording: {
      option: (key) => settings.flags[key] ?? `${key} (mlops.yaml)`,
      reportLocation: 'the report file',
      grant: (permission) => `the token \`${permission}\``,
    },
    setOutput: settings.setOutput ?? (() => undefined),
    imageEvent: settings.imageEvent,
    docker: () => dockerCli(env),
    kubeClient: () => kubeClientFrom(env.MLOPS_KUBECONFIG || undefined),
    forge: async () => ({ skip: '`mlops run` publishes nothing itself (`mlops comment create report.md` does)' }),
    now: () => new Date(),
  };
}
