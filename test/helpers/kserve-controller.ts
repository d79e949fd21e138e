/**
 * Plays KServe's controller against the local Kubernetes API test server: every new generation of
 * an InferenceService becomes a new revision that turns Ready (or never does, or fails to load)
 * after a delay, with the status fields KServe documents (revisions, traffic, conditions, modelStatus).
 */
import type { KubeJson, KubeServer } from './kube-server.js';

export type ControllerBehaviour = 'ready' | 'never-ready' | 'failed-load';

export const revision = (name: string, n: number): string => `${name}-predictor-${String(n).padStart(5, '0')}`;

export function readyStatus(name: string, namespace: string, generation: number, latest: number, rolledOut: number, canary: number | undefined, modelUrl: string) {
  const traffic =
    canary !== undefined && latest !== rolledOut
      ? [
          { revisionName: revision(name, rolledOut), percent: 100 - canary, latestRevision: false, tag: 'prev', url: modelUrl },
          { revisionName: revision(name, latest), percent: canary, latestRevision: true, tag: 'latest', url: modelUrl },
        ]
      : [{ revisionName: revision(name, latest), percent: 100, latestRevision: true, tag: 'latest', url: modelUrl }];
  return {
    observedGeneration: generation,
    url: `http://${name}.${namespace}.example.com`,
    address: { url: `http://${name}-predictor.${namespace}.svc.cluster.local` },
    conditions: ['IngressReady', 'PredictorReady', 'Ready'].map((type) => ({ type, status: 'True', lastTransitionTime: new Date().toISOString() })),
    components: { predictor: { latestCreatedRevision: revision(name, latest), latestReadyRevision: revision(name, latest), latestRolledoutRevision: revision(name, rolledOut), traffic, url: `http://${name}-predictor.${namespace}.example.com` } },
    modelStatus: { transitionStatus: 'UpToDate', states: { activeModelState: 'Loaded', targetModelState: 'Loaded' }, copies: { failedCopies: 0, totalCopies: 1 } },
  };
}

/** Start playing the controller for one InferenceService; returns a function that stops it. */
export function playController(kube: KubeServer, namespace: string, name: string, modelUrl: string, behaviour: () => ControllerBehaviour, delayMs = 150): () => void {
  // Revision n serves generation n; an existing service already rolled out its generation.
  let rolledOut = Number(kube.get(namespace, name)?.metadata.generation ?? 0);
  let seen = rolledOut;
  return kube.onChange((event) => {
    const object: KubeJson = event.object;
    if (event.type === 'DELETED' || object.metadata.name !== name) return;
    const generation = Number(object.metadata.generation);
    if (generation <= seen) return;
    seen = generation;
    const latest = generation;
    const canary = object.spec.predictor.canaryTrafficPercent as number | undefined;
    const spec = JSON.stringify(object.spec.predictor);
    setTimeout(() => {
      const now = kube.get(namespace, name);
      if (!now || JSON.stringify(now.spec.predictor) !== spec) return; // superseded by a newer write
      const mode = behaviour();
      const base = readyStatus(name, namespace, generation, latest, rolledOut || latest, canary, modelUrl);
      if (mode === 'ready') {
        if (canary === undefined || canary === 100) rolledOut = latest;
        kube.setStatus(namespace, name, readyStatus(name, namespace, generation, latest, rolledOut || latest, canary, modelUrl));
      } else if (mode === 'failed-load') {
        kube.setStatus(namespace, name, {
          ...base,
          components: { predictor: { latestCreatedRevision: revision(name, latest), latestReadyRevision: revision(name, rolledOut || 1) } },
          conditions: [{ type: 'Ready', status: 'False', reason: 'PredictorNotReady' }],
          modelStatus: { transitionStatus: 'BlockedByFailedLoad', states: { activeModelState: 'Loaded', targetModelState: 'FailedToLoad' }, lastFailureInfo: { reason: 'ModelLoadFailed', message: 'unpickling error: invalid load key', time: new Date().toISOString() } },
        });
      } else {
        kube.setStatus(namespace, name, {
          ...base,
          components: { predictor: { latestCreatedRevision: revision(name, latest), latestReadyRevision: revision(name, rolledOut || 1) } },
          conditions: [{ type: 'Ready', status: 'Unknown', reason: 'RevisionMissing' }],
          modelStatus: { transitionStatus: 'InProgress' },
        });
      }
    }, delayMs);
  });
}
