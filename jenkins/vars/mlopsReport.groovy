/** Checks the gates and writes the markdown report; archives it and posts it on the pull request. */
void call(Map config = [:]) {
    mlopsExecute(step: 'report', options: config, credentials: [
        // the sticky pull-request comment and the "mlops: gates" check run
        [id: 'githubTokenCredentialsId', type: 'string', variable: 'GITHUB_TOKEN'],
        [id: 'alertWebhookCredentialsId', type: 'string', variable: 'MLOPS_ALERT_WEBHOOK'],
    ])
}
