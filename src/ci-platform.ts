/**
 * The port a CI platform implements for the one event runner (event-run.ts): the event and its
 * facts, the secrets, where outputs and the job summary go, the log, and how the platform words
 * things. GitHub Actions, Jenkins and a plain terminal implement it (src/platform/); the core
 * never asks which one it runs on.
 */
import type { CiContext } from './context.js';
import type { Forge } from './forge/forge.js';
import type { ForkReportUploader } from './fork/fork-run.js';
import type { Docker } from './image/docker.js';
import type { MetaEventContext } from './image/meta/index.js';
import type { IsvcClient } from './kserve/kube-client.js';
import type { Logger } from './logger.js';
import type { RawOptions } from './options.js';

export interface CiFacts extends CiContext {
  /** The revision to compare against when no option names one (the PR's base, the push's `before`). */
  defaultBase?: string;
  /** The branch this build is of, when it is a branch build. */
  branch?: string;
  /** The repository's default branch, when the platform knows it. */
  defaultBranch?: string;
  /** Where the default branch would have come from, to say so when it is unknown. */
  defaultBranchHint?: string;
  /** The code host's web address (GITHUB_SERVER_URL), for links to files at a commit. */
  serverUrl?: string;
}

export interface CiSecrets {
  githubToken?: string;
  registryPassword?: string;
  /** kubeconfig text; none: the usual places (KUBECONFIG, ~/.kube/config, in-cluster). */
  kubeconfig?: string;
  alertWebhook?: string;
  /** The Kubeflow Pipelines bearer token (kfp-token / KFP_TOKEN). */
  kfpToken?: string;
}

/** How a platform words what the core says about its options and its report. */
export interface CiWording {
  /** An option key as this front end spells it: `kserve-name`, `--name`, `kserveName`. */
  option(key: string): string;
  /** Where the full report can be read: "the job summary", "the report archived with the build". */
  reportLocation: string;
  /** How to grant the token a permission, e.g. "`permissions: pull-requests: write` in the workflow". */
  grant(permission: string): string;
}

export interface CiPlatform {
  readonly name: 'github-actions' | 'jenkins' | 'terminal';
  readonly facts: CiFacts;
  /** The option layers this platform contributes, lowest first (defaults, mlops.yaml, inputs). */
  readonly options: RawOptions[];
  readonly secrets: CiSecrets;
  /** The environment the training command, git and docker run in. */
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly wording: CiWording;
  /**
   * A named result (an action output; a Jenkins outputs file). Absent where nobody reads outputs
   * (a terminal): then the costly ones (`metrics-json` of a large diff) are never computed.
   */
  setOutput?(name: string, value: string): void;
  /** The job summary, where the platform has one. */
  writeSummary?(markdown: string): Promise<void>;
  /** The longest job summary the platform takes, in bytes. */
  readonly summaryLimit?: number;
  /** What metadata-action would see for this build (tags and labels of the image). */
  imageEvent(): Promise<MetaEventContext>;
  docker(): Docker;
  /** The cluster: called only when this event may promote. */
  kubeClient(): Promise<IsvcClient>;
  /** The code host to publish to, or why there is none (no token, not a GitHub repository). */
  forge(): Promise<{ forge: Forge } | { skip: string }>;
  /** Leaves a refused fork pull request's report as a workflow artifact (GitHub Actions); none: the platform keeps no artifacts. */
  uploadForkReport?: ForkReportUploader;
  now(): Date;
  /** Aborted when the job is cancelled: remote work (a Kubeflow run) is stopped. */
  readonly signal?: AbortSignal;
  /** Mask a secret read during the run (a rotated token file), where the platform masks. */
  mask?(secret: string): void;
}
