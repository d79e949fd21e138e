/**
 * A GitHub Actions run's context, from the runner's environment variables and the event payload
 * file: the event mapped onto ours, the base it implies, the pull request, the API URLs. Used by
 * the action's platform and by the CLI verbs that work inside a GitHub job (comment, image meta).
 */
import { readFile } from 'node:fs/promises';
import type { CiContext } from '../context.js';
import type { EventName } from '../options.js';

export interface EventPayload {
  repository?: { default_branch?: string };
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string; fork?: boolean } | null };
    base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
  };
  before?: string;
}

/** The URLs the runner gives the job (GitHub Enterprise Server sets its own). */
export interface ApiUrls {
  apiUrl: string;
  graphqlUrl: string;
}

export function apiUrls(env: NodeJS.ProcessEnv): ApiUrls {
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  return { apiUrl, graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/api\/v3\/?$/, '/api').replace(/\/$/, '')}/graphql` };
}

export function ciContext(env: NodeJS.ProcessEnv, payload: EventPayload): CiContext & { defaultBase?: string } {
  const { event, defaultBase } = eventContext(env.GITHUB_EVENT_NAME ?? '', payload);
  const repository = env.GITHUB_REPOSITORY || undefined;
  const pr = payload.pull_request;
  const runUrl =
    env.GITHUB_SERVER_URL && repository && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return {
    event,
    defaultBase,
    repository,
    sha: env.GITHUB_SHA || undefined,
    runUrl,
    pullRequest:
      pr?.number !== undefined && pr.head?.sha && pr.base?.sha
        ? {
            number: pr.number,
            headSha: pr.head.sha,
            baseSha: pr.base.sha,
            baseRef: pr.base.ref,
            // A deleted fork has no head repo; a fork's full name differs from the base's.
            fork: pr.head.repo?.fork === true || !pr.head.repo || pr.head.repo.full_name !== pr.base.repo?.full_name,
          }
        : undefined,
  };
}

/** The event payload file (GITHUB_EVENT_PATH); none: empty; unreadable: empty, and why, in the reader's words. */
export async function readEventPayload(path: string | undefined): Promise<{ payload: EventPayload; warning?: string }> {
  if (!path) return { payload: {} };
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { payload: data as EventPayload };
    return { payload: {}, warning: `The event payload ${path} is not a JSON object; reading the event from the environment alone.` };
  } catch (error) {
    return { payload: {}, warning: `Could not read the event payload ${path}: ${(error as Error).message}; reading the event from the environment alone.` };
  }
}

export interface EventContext {
  event: EventName;
  /** The revision to compare against when the user did not name one. */
  defaultBase?: string;
}

export function eventContext(eventName: string, payload: EventPayload): EventContext {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return { event: 'pr', defaultBase: payload.pull_request?.base?.sha };
    case 'push': {
      const before = payload.before;
      // A new branch's first push has no previous commit (all zeros): compare with its parent.
      return { event: 'push', defaultBase: before && !/^0+$/.test(before) ? before : 'HEAD~1' };
    }
    case 'schedule':
      return { event: 'schedule', defaultBase: 'HEAD' };
    default:
      return { event: 'manual', defaultBase: 'HEAD' };
  }
}

