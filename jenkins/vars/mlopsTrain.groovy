/** Runs the project's training command (trainCommand, else mlops.yaml's) in workingDirectory, with live output; with kfpHost, as a Kubeflow Pipelines run. */
void call(Map config = [:]) {
    // Training reaches no forge, registry or cluster; only a Kubeflow Pipelines API may need a token.
    mlopsExecute(step: 'train', options: config, credentials: [
        [id: 'kfpTokenCredentialsId', type: 'string', variable: 'KFP_TOKEN'],
    ])
}
