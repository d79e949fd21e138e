/**
 * The InferenceService API as the rollout needs it, on @kubernetes/client-node: get, create,
 * replace (optimistic, by resourceVersion), merge-patch and watch. The kubeconfig comes as text
 * (the action input, masked) or from the usual places; it is never printed.
 */
import type * as K8s from '@kubernetes/client-node';
import { MlopsError } from '../errors.js';
import type { Bookmark, InferenceService, MergePatch, StoredInferenceService } from './inference-service.js';

export const GROUP = 'serving.kserve.io';
export const VERSION = 'v1beta1';
export const PLURAL = 'inferenceservices';

/** A write lost to a newer resourceVersion (HTTP 409): read again and retry. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export type WatchEvent =
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: StoredInferenceService }
  | { type: 'BOOKMARK'; object: Bookmark }
  | { type: 'ERROR'; code?: number; message?: string };

export interface IsvcClient {
  get(namespace: string, name: string): Promise<StoredInferenceService | undefined>;
  create(object: InferenceService): Promise<StoredInferenceService>;
  /** Replace; throws ConflictError when the object changed since its resourceVersion. */
  replace(object: StoredInferenceService): Promise<StoredInferenceService>;
  mergePatch(namespace: string, name: string, patch: MergePatch<InferenceService>): Promise<StoredInferenceService>;
  /** Watch one object from a resourceVersion; returns a function that stops it. `onEnd` fires when the stream ends. */
  watch(namespace: string, name: string, resourceVersion: string, onEvent: (event: WatchEvent) => void, onEnd: (error?: unknown) => void): Promise<() => void>;
}

function statusCode(error: unknown): number | undefined {
  return (error as { code?: number; statusCode?: number }).code ?? (error as { statusCode?: number }).statusCode;
}

function kubeMessage(error: unknown): string {
  const body = (error as { body?: unknown }).body;
  try {
    const parsed = typeof body === 'string' ? (JSON.parse(body) as { message?: string }) : (body as { message?: string } | undefined);
    if (parsed?.message) return parsed.message;
  } catch {
    // not JSON
  }
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function explain(error: unknown, what: string): never {
  const code = statusCode(error);
  if (code === 409) throw new ConflictError(kubeMessage(error));
  if (code === 401) throw new MlopsError(`Kubernetes refused the credentials while trying to ${what} (401): ${kubeMessage(error)}`, { hint: 'Check the kubeconfig (its token or certificate may have expired).' });
  if (code === 403) throw new MlopsError(`Kubernetes forbids ${what} (403): ${kubeMessage(error)}`, { hint: 'Grant the kubeconfig user get, create, update, patch and watch on inferenceservices.serving.kserve.io in that namespace.' });
  if (code === 404) throw new MlopsError(`${what}: not found (404). Is KServe installed in the cluster (the InferenceService CRD)?`);
  throw new MlopsError(`Could not ${what}: ${kubeMessage(error)}${code ? ` (HTTP ${code})` : ''}`);
}

/**
 * The Kubernetes client loads on first use: it is large, and its fetch dependency pulls in Node's
 * deprecated `punycode`, which would warn on every run of every verb.
 */
async function k8sModule(): Promise<typeof K8s> {
  quietDependencyDeprecations();
  return import('@kubernetes/client-node');
}

/**
 * client-node 1.x (the line that still runs on Node 20) fetches through node-fetch 2, which makes
 * Node print DEP0040 (punycode) and DEP0169 (url.parse) on every rollout: noise no user can act on.
 * Exactly those two codes are dropped; every other warning still prints.
 */
const DEPENDENCY_DEPRECATIONS = new Set(['DEP0040', 'DEP0169']);
let quieted = false;
function quietDependencyDeprecations(): void {
  if (quieted) return;
  quieted = true;
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    const code = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: string }).code : rest[1];
    if (typeof code === 'string' && DEPENDENCY_DEPRECATIONS.has(code)) return;
    emit(warning, ...rest);
  }) as typeof process.emitWarning;
}

/** A client from kubeconfig text (the `kubeconfig` input) or, without it, KUBECONFIG / ~/.kube/config / in-cluster. */
export async function kubeClientFrom(text?: string): Promise<IsvcClient> {
  const k8s = await k8sModule();
  return kubeIsvcClient(k8s, loadKubeConfig(k8s, text));
}

function loadKubeConfig(k8s: typeof K8s, text?: string): K8s.KubeConfig {
  const config = new k8s.KubeConfig();
  try {
    if (text && text.trim()) config.loadFromString(text);
    else config.loadFromDefault();
  } catch (error) {
    throw new MlopsError(`The kubeconfig could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { hint: 'Pass the kubeconfig file content (kubeconfig input, or MLOPS_KUBECONFIG / KUBECONFIG for the CLI).' });
  }
  if (!config.getCurrentCluster()) throw new MlopsError('The kubeconfig names no current cluster.', { hint: 'Set current-context in the kubeconfig.' });
  return config;
}

/**
 * client-node types a custom object as `any` (the parsed response body). What the API server sends
 * back is an InferenceService it has checked against the CRD's schema and given a resourceVersion
 * and generation, so this is the one place that JSON takes the type.
 */
function stored(body: unknown): StoredInferenceService {
  return body as StoredInferenceService;
}

function kubeIsvcClient(k8s: typeof K8s, config: K8s.KubeConfig): IsvcClient {
  const api = config.makeApiClient(k8s.CustomObjectsApi);
  const base = (namespace: string) => ({ group: GROUP, version: VERSION, namespace, plural: PLURAL });
  return {
    async get(namespace, name) {
      try {
        return stored(await api.getNamespacedCustomObject({ ...base(namespace), name }));
      } catch (error) {
        if (statusCode(error) === 404) return undefined;
        explain(error, `read inferenceservice ${namespace}/${name}`);
      }
    },
    async create(object) {
      try {
        return stored(await api.createNamespacedCustomObject({ ...base(object.metadata.namespace), body: object, fieldManager: 'mlops-action' }));
      } catch (error) {
        explain(error, `create inferenceservice ${object.metadata.namespace}/${object.metadata.name}`);
      }
    },
    async replace(object) {
      try {
        return stored(await api.replaceNamespacedCustomObject({ ...base(object.metadata.namespace), name: object.metadata.name, body: object, fieldManager: 'mlops-action' }));
      } catch (error) {
        explain(error, `update inferenceservice ${object.metadata.namespace}/${object.metadata.name}`);
      }
    },
    async mergePatch(namespace, name, patch) {
      try {
        return stored(await api.patchNamespacedCustomObject({ ...base(namespace), name, body: patch, fieldManager: 'mlops-action' }, k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch)));
      } catch (error) {
        explain(error, `patch inferenceservice ${namespace}/${name}`);
      }
    },
    async watch(namespace, name, resourceVersion, onEvent, onEnd) {
      const watch = new k8s.Watch(config);
      const controller = await watch.watch(
        `/apis/${GROUP}/${VERSION}/namespaces/${namespace}/${PLURAL}`,
        { fieldSelector: `metadata.name=${name}`, resourceVersion, allowWatchBookmarks: true },
        (type: string, object: unknown) => {
          if (type === 'ERROR') {
            // the object of an ERROR event is a metav1.Status
            const status = object as { code?: number; message?: string } | undefined;
            onEvent({ type: 'ERROR', code: status?.code, message: status?.message });
          } else if (type === 'BOOKMARK') onEvent({ type, object: object as Bookmark });
          else onEvent({ type: type as 'ADDED' | 'MODIFIED' | 'DELETED', object: stored(object) });
        },
        (error) => onEnd(error ?? undefined),
      );
      return () => controller.abort();
    },
  };
}
