/**
 * Prometheus as a cluster Service, reached through the Kubernetes API server's service proxy
 * (`/api/v1/namespaces/<ns>/services/<name>:<port>/proxy/…`) with the kubeconfig's credentials and
 * TLS settings: for a Prometheus that is not exposed outside the cluster. The kubeconfig's token
 * joins the secrets no message may show.
 */
import type * as https from 'node:https';
import { MlopsError } from '../errors.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import type { PrometheusLocation } from './config.js';
import type { ResolvedAuth } from './credentials.js';
import type { HttpEndpoint } from './http.js';

export async function serviceProxyEndpoint(location: Extract<PrometheusLocation, { kind: 'service' }>, auth: ResolvedAuth, kubeconfig?: string): Promise<HttpEndpoint> {
  // kubeClientFrom loads client-node (its deprecation noise quieted) and checks the kubeconfig the same way the rollout does
  await kubeClientFrom(kubeconfig);
  const k8s = await import('@kubernetes/client-node');
  const config = new k8s.KubeConfig();
  if (kubeconfig && kubeconfig.trim()) config.loadFromString(kubeconfig);
  else config.loadFromDefault();
  const cluster = config.getCurrentCluster();
  if (!cluster) throw new MlopsError('The kubeconfig names no current cluster.', { hint: 'Set current-context in the kubeconfig.' });
  const options: https.RequestOptions = {};
  await config.applyToHTTPSOptions(options);
  const headers: Record<string, string> = { ...auth.headers };
  const secrets = [...auth.secrets];
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    if (/^authorization$/i.test(name)) secrets.push(headers[name]!, headers[name]!.replace(/^\w+\s+/, ''));
  }
  if (options.auth) {
    const encoded = Buffer.from(options.auth).toString('base64');
    headers.Authorization = `Basic ${encoded}`;
    secrets.push(encoded, options.auth.split(':').slice(1).join(':'));
  }
  const server = cluster.server.replace(/\/+$/, '');
  return {
    base: `${server}/api/v1/namespaces/${location.namespace}/services/${location.service}:${location.port}/proxy`,
    headers,
    agent: options.agent as HttpEndpoint['agent'],
    where: `service ${location.namespace}/${location.service}:${location.port} through the API server ${server}`,
    secrets,
  };
}
