/**
 * Watch one InferenceService until a decision can be made about it, resuming where the stream
 * left off when it drops (from the last resourceVersion seen), and starting over from a fresh
 * read when the server says that version is gone (410). No polling: every status change the
 * controller writes is judged as it arrives.
 */
import type { IsvcClient, WatchEvent } from './kube-client.js';
import type { StoredInferenceService } from './inference-service.js';

export type WatchOutcome<T> = { kind: 'decided'; decision: T; object: StoredInferenceService; reconnects: number } | { kind: 'timed-out'; last: StoredInferenceService | undefined; reconnects: number };

export interface WatchUntilInput<T> {
  client: IsvcClient;
  namespace: string;
  name: string;
  /** Watch from here: the resourceVersion our own write returned. */
  resourceVersion: string;
  /** The object as we last wrote or read it, judged first (it may already be decided). */
  initial?: StoredInferenceService;
  decide: (object: StoredInferenceService) => T | undefined;
  timeoutMs: number;
  /** Told about reconnects, for the log. */
  onReconnect?: (why: string) => void;
}

export function watchUntil<T>(input: WatchUntilInput<T>): Promise<WatchOutcome<T>> {
  return new Promise((resolve) => {
    let last: StoredInferenceService | undefined = input.initial;
    let resourceVersion = input.resourceVersion;
    let reconnects = 0;
    let stop: (() => void) | undefined;
    let finished = false;

    const finish = (outcome: WatchOutcome<T>): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      stop?.();
      resolve(outcome);
    };
    const judge = (object: StoredInferenceService): void => {
      last = object;
      resourceVersion = object?.metadata?.resourceVersion ?? resourceVersion;
      const decision = input.decide(object);
      if (decision !== undefined) finish({ kind: 'decided', decision, object, reconnects });
    };
    const timer = setTimeout(() => finish({ kind: 'timed-out', last, reconnects }), input.timeoutMs);

    const restartFromRead = async (why: string): Promise<void> => {
      input.onReconnect?.(why);
      const fresh = await input.client.get(input.namespace, input.name).catch(() => undefined);
      if (fresh) judge(fresh);
      if (!finished) void start();
    };

    const start = async (): Promise<void> => {
      if (finished) return;
      try {
        stop = await input.client.watch(
          input.namespace,
          input.name,
          resourceVersion,
          (event: WatchEvent) => {
            if (finished) return;
            if (event.type === 'ERROR') {
              // 410 Gone: our resourceVersion is older than the server keeps; read and watch anew.
              if (event.code === 410) {
                stop?.();
                void restartFromRead('the watch position expired (410 Gone)');
              }
              return;
            }
            if (event.type === 'BOOKMARK') {
              resourceVersion = event.object?.metadata?.resourceVersion ?? resourceVersion;
              return;
            }
            if (event.type !== 'DELETED') judge(event.object);
          },
          () => {
            if (finished) return;
            reconnects++;
            input.onReconnect?.(`the watch stream ended; resuming from resourceVersion ${resourceVersion}`);
            setTimeout(() => void start(), 100);
          },
        );
      } catch (error) {
        if (finished) return;
        reconnects++;
        input.onReconnect?.(`the watch could not start (${error instanceof Error ? error.message : String(error)}); trying again`);
        setTimeout(() => void start(), 500);
      }
    };

    if (input.initial) judge(input.initial);
    void start();
  });
}
