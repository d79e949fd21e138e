/** The run's context from the runner: its environment variables and the event payload file. */
import { readFile } from 'node:fs/promises';
import type { CiContext } from '../context.js';
import { eventContext } from './event.js';

export interface EventPayload {
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

/** The event payload file (GITHUB_EVENT_PATH); none or unreadable: an empty payload. */
export async function readEventPayload(path: string | undefined): Promise<EventPayload> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}
