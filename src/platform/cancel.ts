/**
 * The job being cancelled (the runner's or Jenkins' SIGTERM, a Ctrl-C): one signal for the whole
 * process, so a stage that started remote work (a Kubeflow run) can stop it before the step ends.
 */
let controller: AbortController | undefined;

export function cancellation(): AbortSignal {
  if (!controller) {
    const created = new AbortController();
    controller = created;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => created.abort(new Error(`the job was cancelled (${signal})`)));
  }
  return controller.signal;
}
