/**
 * The checks around an analysis, each at the earliest point it can run:
 * - before training (`checkAnalysisOption`): the file parses and every credential variable it
 *   names is set;
 * - before the canary is deployed (`prepareAnalysis`): Prometheus answers, the schema probe finds
 *   the cluster's request metrics in the namespace, and every custom query parses.
 */
import { resolve } from 'node:path';
import { OptionError, UsageError } from '../errors.js';
import { readAnalysisFile, renderQuery, type AnalysisConfig } from './config.js';
import { resolveAuth, type Env } from './credentials.js';
import { DEFAULT_RETRY, type HttpEndpoint, type RetryPolicy } from './http.js';
import { prometheusAt, PrometheusError, type Prometheus } from './prometheus.js';
import { probeSchema, type ProbeResult } from './schema.js';

/** The option key of the analysis file (action input, mlops.yaml key; `--analysis` on the CLI). */
export const ANALYSIS_OPTION = 'canary-analysis';

/**
 * Before training: the analysis file at `file` (relative to `cwd`) read and checked, and the
 * credential variables it names present in `env`. Without `env` (an event that will not promote,
 * such as a pull request from a fork, which gets no secrets) only the file is checked. Every
 * problem is an OptionError on canary-analysis.
 */
export async function checkAnalysisOption(file: string, { cwd, env }: { cwd: string; env?: Env }): Promise<AnalysisConfig> {
  try {
    const config = await readAnalysisFile(resolve(cwd, file), file);
    if (env) resolveAuth(config, env);
    return config;
  } catch (error) {
    if (error instanceof OptionError || !(error instanceof UsageError)) throw error;
    throw new OptionError(ANALYSIS_OPTION, error.message, error.hint);
  }
}

/** The Prometheus the file names: its URL, or a Service through the API server (with the kubeconfig text, or the usual places). */
export async function connectPrometheus(config: AnalysisConfig, env: Env, options: { kubeconfig?: string; retry?: RetryPolicy } = {}): Promise<Prometheus> {
  const auth = resolveAuth(config, env);
  const location = config.prometheus.location;
  let endpoint: HttpEndpoint;
  if (location.kind === 'url') {
    endpoint = { base: location.url, headers: auth.headers, where: location.url, secrets: auth.secrets };
  } else {
    const { serviceProxyEndpoint } = await import('./service-proxy.js');
    endpoint = await serviceProxyEndpoint(location, auth, options.kubeconfig);
  }
  return prometheusAt(endpoint, options.retry ?? DEFAULT_RETRY);
}

export interface PreparedAnalysis extends ProbeResult {
  config: AnalysisConfig;
  prometheus: Prometheus;
}

/**
 * Before the canary is deployed: probe the schema in the namespace and evaluate every custom query
 * once (with the stable revision standing in for the canary), so a query Prometheus cannot parse
 * or run is a configuration error while nothing has changed yet. Configuration problems are
 * UsageErrors; a Prometheus that does not answer is an UnreachableError.
 */
export async function prepareAnalysis(
  config: AnalysisConfig,
  prometheus: Prometheus,
  target: { namespace: string; name: string; stable: string },
  nowMs: number,
): Promise<PreparedAnalysis> {
  const probe = await probeSchema(prometheus, config.schema, target.namespace, nowMs);
  const variables = { canary: target.stable, stable: target.stable, namespace: target.namespace, name: target.name, window: config.window };
  for (const rule of config.metrics) {
    if (rule.kind !== 'custom') continue;
    const promql = renderQuery(rule.query, variables);
    try {
      await prometheus.query(promql, nowMs);
    } catch (error) {
      if (error instanceof PrometheusError && (error.status === 400 || error.status === 422)) {
        throw new UsageError(`${config.file}: metrics: ${rule.name}: ${error.message}`, 'Fix the query; try it in the Prometheus UI with the template variables filled in.');
      }
      throw error;
    }
  }
  return { ...probe, config, prometheus };
}
