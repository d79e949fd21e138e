/**
 * CML's own flags for `comment create|update` (bin/cml/comment/create.js and cml's global
 * options), read as CML reads them so a CML script runs unchanged: `--token`/`--driver-token`
 * (before the environment), `--driver github`, `--repo` as a URL or a slug, the hidden `--pr`,
 * `--commit-sha`/`--head-sha` and `--update`, `{workflow}`/`{run}` in `--watermark-title`, and
 * `--native`, which CML ignores on GitHub. What we cannot honour is refused (`--watch`,
 * `--rm-watermark`, another driver) or, for CML's image server, said and left unused.
 */
import { UsageError } from '../errors.js';

export interface CmlCommentFlags {
  target?: string;
  watermarkTitle: string;
  repo?: string;
  token?: string;
  driverToken?: string;
  driver?: string;
  pr?: boolean;
  commitSha?: string;
  headSha?: string;
  update?: boolean;
  watch?: boolean;
  triggerFile?: string;
  rmWatermark?: boolean;
  publishUrl?: string;
}

export interface CommentRequest {
  verb: 'create' | 'update';
  /** A `--target` value (undefined: the default, pr when there is one, else commit). */
  target?: string;
  watermarkTitle: string;
  /** owner/name. */
  repo?: string;
  /** From the command line; the environment's comes after it. */
  token?: string;
  warnings: string[];
}

/**
 * `https://github.com/acme/housing(.git)`, `git@github.com:acme/housing.git` or `acme/housing` →
 * `acme/housing`, and the host a URL names (a slug names none).
 */
export function parseRepository(value: string): { slug: string; host?: string } {
  const text = value.trim();
  const ssh = /^[\w.-]+@([^:/]+):(.+)$/.exec(text);
  let path = ssh ? ssh[2]! : text;
  let host = ssh?.[1];
  if (!ssh && /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      path = url.pathname;
      host = url.host;
    } catch {
      throw new UsageError(`--repo: '${value}' is not a repository URL.`, 'Give owner/name or https://github.com/owner/name.');
    }
  }
  const slug = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  if (!/^[^/\s]+\/[^/\s]+$/.test(slug)) throw new UsageError(`--repo: '${value}' is not owner/name or a repository URL.`, 'Give owner/name or https://github.com/owner/name.');
  return host === undefined ? { slug } : { slug, host };
}

/** The repository as owner/name; a URL on another server than this run's API is refused, never sent elsewhere. */
function repositoryOn(value: string, env: NodeJS.ProcessEnv): string {
  const { slug, host } = parseRepository(value);
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  let serverHost: string;
  try {
    serverHost = new URL(server).host;
  } catch {
    throw new UsageError(`GITHUB_SERVER_URL: '${server}' is not a URL.`);
  }
  if (host !== undefined && host.toLowerCase() !== serverHost.toLowerCase()) {
    throw new UsageError(`--repo: ${value} is on ${host}, but this run talks to ${serverHost}.`, `Set GITHUB_SERVER_URL and GITHUB_API_URL for ${host}, or give --repo ${slug} for ${serverHost}.`);
  }
  return slug;
}

export function commentRequest(verb: 'create' | 'update', flags: CmlCommentFlags, env: NodeJS.ProcessEnv): CommentRequest {
  const warnings: string[] = [];
  if (flags.driver !== undefined && flags.driver !== 'github') {
    throw new UsageError(`--driver ${flags.driver}: mlops comments on GitHub only.`, 'Drop --driver (or use --driver github); for GitLab or Bitbucket keep cml.');
  }
  if (flags.watch || flags.triggerFile !== undefined) {
    throw new UsageError(`comment ${verb} --watch: mlops does not watch the file.`, `Run \`mlops comment update\` again when the report changes.`);
  }
  if (flags.rmWatermark) {
    throw new UsageError(`comment ${verb} --rm-watermark: mlops keys the one report comment by its marker, so it cannot leave it out.`, 'Drop --rm-watermark; the marker is an invisible HTML comment.');
  }
  const commit = flags.commitSha ?? flags.headSha;
  if (flags.target !== undefined && (flags.pr || commit !== undefined)) {
    throw new UsageError(`comment ${verb}: --target cannot be given with ${flags.pr ? '--pr' : '--commit-sha'} (CML's older way to say it).`, 'Keep --target.');
  }
  if (flags.pr && commit !== undefined) {
    throw new UsageError(`comment ${verb}: --pr and --commit-sha cannot be given together.`, 'Use --target pr/<number> or --target commit/<sha>.');
  }
  if (flags.publishUrl !== undefined) {
    warnings.push(`--publish-url ${flags.publishUrl} is not used: mlops never uploads images to an image server; they are stored in this repository (committed ones linked at their commit, the others on the mlops-assets branch).`);
  }
  const target = flags.target ?? (flags.pr ? 'pr' : commit !== undefined ? `commit/${commit}` : undefined);
  // CML's Watermark: the first {workflow} and {run} become the workflow's name and the run's id
  let title = flags.watermarkTitle;
  if (env.GITHUB_WORKFLOW !== undefined) title = title.replace('{workflow}', env.GITHUB_WORKFLOW);
  if (env.GITHUB_RUN_ID !== undefined) title = title.replace('{run}', env.GITHUB_RUN_ID);
  return {
    verb: verb === 'create' && flags.update ? 'update' : verb,
    target,
    watermarkTitle: title,
    repo: flags.repo === undefined ? undefined : repositoryOn(flags.repo, env),
    token: flags.token || flags.driverToken || undefined,
    warnings,
  };
}
