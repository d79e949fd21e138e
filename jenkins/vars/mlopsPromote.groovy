/** Rolls the model out to a KServe InferenceService: canary, wait for Ready, smoke test, promote or roll back. */
void call(Map config = [:]) {
    mlopsExecute(step: 'promote', options: config, credentials: [
        // a kubeconfig file for the cluster (empty: KUBECONFIG, ~/.kube/config or in-cluster)
        [id: 'kubeconfigCredentialsId', type: 'file', variable: 'MLOPS_KUBECONFIG_FILE'],
    ])
}
