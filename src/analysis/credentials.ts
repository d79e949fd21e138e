/**
 * Prometheus credentials, named in the analysis file by environment variable and read from the
 * environment the front end passes in (never from the process). The values go into request headers
 * only; they are also handed to the HTTP layer so that no message can carry them.
 */
import { UsageError } from '../errors.js';
import type { AnalysisConfig } from './config.js';

/** The environment, as the front end passes it (the runner's, a Jenkins step's `withCredentials`). */
export type Env = Readonly<Record<string, string | undefined>>;

export interface ResolvedAuth {
  /** Authorization (when the file names credentials) and the file's extra headers. */
  headers: Record<string, string>;
  /** Every secret value, to scrub from any text that could reach a log or the report. */
  secrets: string[];
}

function required(config: AnalysisConfig, env: Env, key: string, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    throw new UsageError(
      `${config.file}: prometheus.${key} names ${name}, which is ${value === undefined ? 'not set' : 'empty'} in this environment.`,
      `Set ${name} in the job's environment from a secret (GitHub: env: ${name}: \${{ secrets.${name} }}; Jenkins: withCredentials).`,
    );
  }
  return value;
}

/** The request headers for the file's Prometheus; a named variable that is unset or empty is a usage error. */
export function resolveAuth(config: AnalysisConfig, env: Env): ResolvedAuth {
  const { credentials, headers } = config.prometheus;
  switch (credentials.kind) {
    case 'none':
      return { headers: { ...headers }, secrets: [] };
    case 'bearer': {
      const token = required(config, env, 'bearer-token-env', credentials.tokenEnv);
      return { headers: { ...headers, Authorization: `Bearer ${token}` }, secrets: [token] };
    }
    case 'basic': {
      const username = required(config, env, 'basic-auth-env.username', credentials.usernameEnv);
      const password = required(config, env, 'basic-auth-env.password', credentials.passwordEnv);
      const encoded = Buffer.from(`${username}:${password}`).toString('base64');
      return { headers: { ...headers, Authorization: `Basic ${encoded}` }, secrets: [password, encoded] };
    }
  }
}

/** `text` with every secret replaced by `***`, longest first (a secret may contain a shorter one). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter((value) => value.length >= 3).sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
}
